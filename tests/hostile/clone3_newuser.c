/*
 * clone3_newuser: raw clone3 with CLONE_NEWUSER.  seccomp cannot look into
 * clone3's flags (they sit behind a pointer), so the sandbox answers clone3
 * with ENOSYS and glibc falls back to clone, whose flags it can check.
 * Exits 0 on ENOSYS, 1 if a child was created, 2 on any other error.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	struct clone_args args = { .flags = CLONE_NEWUSER, .exit_signal = SIGCHLD };
	long pid = syscall(SYS_clone3, &args, sizeof(args));

	if (pid == 0)
		_exit(1);
	if (pid > 0) {
		fprintf(stderr, "clone3_newuser: clone3(CLONE_NEWUSER) created a child\n");
		return 1;
	}
	if (errno == ENOSYS)
		return 0;
	fprintf(stderr, "clone3_newuser: expected ENOSYS, got %s\n", strerror(errno));
	return 2;
}
