/*
 * raise_sigsys: sends itself SIGSYS, the signal a seccomp kill uses.  No
 * syscall was blocked, so it must be RE with signal SIGSYS, not SV.
 */
#define _GNU_SOURCE
#include <signal.h>

int main(void)
{
	raise(SIGSYS);
	return 2;
}
