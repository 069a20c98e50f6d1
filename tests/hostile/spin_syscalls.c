/*
 * spin_syscalls: burns CPU mostly in the kernel (getppid and one-byte
 * writes to /dev/null).  System time must count towards the CPU limit:
 * must end as TLE/cpu.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <unistd.h>

int main(void)
{
	int fds[2];
	char byte = 'x';
	int fd = open("/dev/null", O_WRONLY | O_CLOEXEC);

	if (fd >= 0) {
		for (;;) {
			getppid();
			if (write(fd, &byte, 1) < 0)
				return 2;
		}
	}
	/* /dev/null may be outside what the sandbox lets us open: a pipe
	 * to ourselves keeps the loop in the kernel just as well. */
	if (pipe(fds) != 0)
		return 2;
	for (;;) {
		getppid();
		if (write(fds[1], &byte, 1) < 0 || read(fds[0], &byte, 1) < 0)
			return 2;
	}
}
