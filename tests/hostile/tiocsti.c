/*
 * tiocsti: pushes a character into the input queue of stdin's terminal
 * (TIOCSTI), the classic way to type commands into the user's shell from
 * a sandbox.  Contained if SV (ioctl) or if the call fails (stdin is not
 * a terminal): exits 0 when it failed, 1 when it worked.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/ioctl.h>

int main(void)
{
	char byte = '\n';

	if (ioctl(0, TIOCSTI, &byte) == 0) {
		fprintf(stderr, "tiocsti: TIOCSTI on stdin worked\n");
		return 1;
	}
	perror("tiocsti: TIOCSTI failed as expected");
	return 0;
}
