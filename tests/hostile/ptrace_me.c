/*
 * ptrace_me: asks to be traced by its parent (the runner), then tries to
 * attach to the parent.  ptrace must be SV: a traced sandbox, or a
 * sandbox that traces, could rewrite syscalls past the filter.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/ptrace.h>
#include <unistd.h>

int main(void)
{
	if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) == 0) {
		fprintf(stderr, "ptrace_me: PTRACE_TRACEME was allowed\n");
		return 1;
	}
	if (ptrace(PTRACE_ATTACH, getppid(), NULL, NULL) == 0) {
		fprintf(stderr, "ptrace_me: PTRACE_ATTACH to the parent was allowed\n");
		return 1;
	}
	perror("ptrace_me: ptrace failed instead of being blocked");
	return 2;
}
