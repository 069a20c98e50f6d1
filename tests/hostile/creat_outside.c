/*
 * creat_outside: creates the file argv[1], outside the scratch directory
 * (the test puts it in a world-writable directory, so only the sandbox can
 * stop it).  Exits 0 when creat failed, 1 when it succeeded.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: creat_outside PATH\n");
		return 2;
	}
	if (creat(argv[1], 0644) < 0) {
		perror("creat_outside: creat failed as expected");
		return 0;
	}
	fprintf(stderr, "creat_outside: created '%s'\n", argv[1]);
	return 1;
}
