/*
 * fork_bomb: every process forks forever, and keeps trying when fork
 * fails.  The process limit must stop the growth and the CPU or wall limit
 * must end the run, with every process killed: never OK, quickly over.
 */
#define _GNU_SOURCE
#include <unistd.h>

int main(void)
{
	for (;;)
		fork();
}
