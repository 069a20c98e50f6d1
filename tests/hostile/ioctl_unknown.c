/*
 * ioctl_unknown: an ioctl request no driver knows, on stdout.  The sandbox
 * answers ioctls outside its list with ENOTTY (what the kernel says for a
 * request the file does not support), so runtimes that probe their
 * streams keep working.  Exits 0 on ENOTTY, 2 on another error, 1 if the
 * call succeeded.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>

/* A request no driver assigns; a pipe answers any such one with ENOTTY. */
#define UNKNOWN_REQUEST _IO('J', 0x42)

int main(void)
{
	if (ioctl(1, UNKNOWN_REQUEST) == 0) {
		fprintf(stderr, "ioctl_unknown: the request succeeded\n");
		return 1;
	}
	if (errno == ENOTTY)
		return 0;
	fprintf(stderr, "ioctl_unknown: expected ENOTTY, got %s\n", strerror(errno));
	return 2;
}
