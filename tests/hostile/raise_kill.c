/*
 * raise_kill: kills itself with SIGKILL.  Must be RE with signal SIGKILL
 * and no limit: a SIGKILL the runner did not send is not a time limit.
 */
#define _GNU_SOURCE
#include <signal.h>

int main(void)
{
	raise(SIGKILL);
	return 2;
}
