/*
 * io_uring: sets up an io_uring.  Its submissions run in kernel workers
 * that seccomp never sees, so io_uring_setup must be SV.
 */
#define _GNU_SOURCE
#include <linux/io_uring.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	struct io_uring_params params = { 0 };
	long fd = syscall(SYS_io_uring_setup, 8, &params);

	if (fd >= 0) {
		fprintf(stderr, "io_uring: io_uring_setup was allowed\n");
		return 1;
	}
	perror("io_uring: io_uring_setup failed instead of being blocked");
	return 2;
}
