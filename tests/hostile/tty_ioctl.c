/*
 * tty_ioctl: terminal probing as stdio and runtimes do it (isatty, which
 * is TCGETS, and TIOCGWINSZ).  The program sees pipes, so these fail with
 * ENOTTY instead of being SV, and then it prints "hello".  Must be OK with
 * that output; exits 1 if stdout looks like a terminal.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

int main(void)
{
	struct termios term;
	struct winsize size;

	if (isatty(1)) {
		fprintf(stderr, "tty_ioctl: stdout is a terminal\n");
		return 1;
	}
	if (ioctl(1, TCGETS, &term) == 0) {
		fprintf(stderr, "tty_ioctl: TCGETS on stdout worked\n");
		return 1;
	}
	if (ioctl(1, TIOCGWINSZ, &size) == 0) {
		fprintf(stderr, "tty_ioctl: TIOCGWINSZ on stdout worked\n");
		return 1;
	}
	printf("hello\n");
	return 0;
}
