/*
 * set_clock: sets the system clock (which would skew every timing the
 * judge takes).  clock_settime must be SV.  The call is raw because glibc
 * rejects the invalid time below itself, without a syscall; the kernel
 * would reject it too (negative nanoseconds), so even a call that got
 * through changes nothing.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	struct timespec ts = { .tv_sec = 0, .tv_nsec = -1 };

	if (syscall(SYS_clock_settime, CLOCK_REALTIME, &ts) == 0) {
		fprintf(stderr, "set_clock: clock_settime was allowed\n");
		return 1;
	}
	perror("set_clock: clock_settime failed instead of being blocked");
	return 2;
}
