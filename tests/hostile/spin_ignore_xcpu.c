/*
 * spin_ignore_xcpu: ignores SIGXCPU, then burns CPU.
 * A runner that relies on the soft RLIMIT_CPU signal alone would let this
 * run on to the hard limit.  Must still end as TLE/cpu close to the limit.
 */
#define _GNU_SOURCE
#include <signal.h>

int main(void)
{
	volatile unsigned long n = 0;

	signal(SIGXCPU, SIG_IGN);
	for (;;)
		n++;
}
