/*
 * setns: joins another namespace.  setns must be SV.  The descriptor is
 * stdin (not a namespace), so the call would fail even if it got through.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	if (syscall(SYS_setns, 0, 0) == 0) {
		fprintf(stderr, "setns: setns was allowed\n");
		return 1;
	}
	perror("setns: setns failed instead of being blocked");
	return 2;
}
