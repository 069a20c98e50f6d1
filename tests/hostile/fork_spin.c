/*
 * fork_spin: splits its CPU use over eight processes.
 * A per-process RLIMIT_CPU alone lets the tree as a whole use eight times
 * the limit.  The limit is on the whole tree, so this must end as TLE/cpu
 * with cpu_ms near the limit.
 */
#define _GNU_SOURCE
#include <unistd.h>

int main(void)
{
	volatile unsigned long n = 0;

	for (int i = 0; i < 8; i++)
		if (fork() <= 0)
			break; /* children and a failed fork spin too */
	for (;;)
		n++;
}
