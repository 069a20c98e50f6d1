/*
 * fd_leak: checks that descriptors 3..1023 are all closed, so nothing the
 * judge had open (its files, the other ends of pipes) reaches the
 * program.  Exits 0 when all are closed, else names the open ones and
 * exits 1.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>

int main(void)
{
	int leaked = 0;

	for (int fd = 3; fd < 1024; fd++) {
		if (fcntl(fd, F_GETFD) != -1) {
			fprintf(stderr, "fd_leak: descriptor %d is open\n", fd);
			leaked = 1;
		}
	}
	return leaked;
}
