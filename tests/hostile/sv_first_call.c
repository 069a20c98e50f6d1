/*
 * sv_first_call: makes a forbidden syscall (socket) as its very first
 * instruction: no libc, no dynamic loader, straight from _start.  The
 * sandbox hears of it within microseconds of the exec, while its own
 * processes may still be settling; the run must still end at once as SV
 * socket, not after the runner's escalation timeout.
 *
 * Built with -nostdlib -static (see CMakeLists.txt); x86-64 only.
 */
#include <stddef.h>

#define NR_SOCKET 41
#define NR_EXIT_GROUP 231
#define AF_INET_ 2
#define SOCK_STREAM_ 1

static long raw_syscall3(long nr, long a, long b, long c)
{
	long ret;

	__asm__ volatile("syscall"
			 : "=a"(ret)
			 : "a"(nr), "D"(a), "S"(b), "d"(c)
			 : "rcx", "r11", "memory");
	return ret;
}

void _start(void);

void _start(void)
{
	raw_syscall3(NR_SOCKET, AF_INET_, SOCK_STREAM_, 0);
	/* Still here: socket was not blocked. */
	raw_syscall3(NR_EXIT_GROUP, 1, 0, 0);
	for (;;)
		;
}
