/*
 * userfaultfd: creates a userfaultfd, the usual tool for stalling the
 * kernel mid-copy in race exploits.  Must be SV.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	if (syscall(SYS_userfaultfd, O_CLOEXEC) >= 0) {
		fprintf(stderr, "userfaultfd: userfaultfd was allowed\n");
		return 1;
	}
	perror("userfaultfd: userfaultfd failed instead of being blocked");
	return 2;
}
