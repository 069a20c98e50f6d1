/*
 * clone_newns: raw clone with CLONE_NEWNS (a new mount namespace).  Plain
 * fork-style clone is allowed, namespace flags are not: must be SV clone.
 */
#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	long pid = syscall(SYS_clone, CLONE_NEWNS | SIGCHLD, 0, 0, 0, 0);

	if (pid == 0)
		_exit(1);
	if (pid > 0) {
		fprintf(stderr, "clone_newns: clone(CLONE_NEWNS) created a child\n");
		return 1;
	}
	perror("clone_newns: clone failed instead of being blocked");
	return 2;
}
