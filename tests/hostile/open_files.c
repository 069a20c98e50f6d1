/*
 * open_files: opens /dev/null until the descriptor limit says EMFILE.
 * Exits 0 when EMFILE came before argv[1] descriptors were open (the
 * limit is in force), 1 when it could open that many.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long most = argc > 1 ? atol(argv[1]) : 1024;

	for (long opened = 0; opened < most; opened++) {
		int fd = open("/dev/null", O_RDONLY);

		/* If /dev/null is not ours to open, copies of stdin hit the
		 * same per-process limit. */
		if (fd < 0 && errno != EMFILE)
			fd = dup(0);
		if (fd < 0 && errno == EMFILE)
			return 0;
		if (fd < 0) {
			fprintf(stderr, "open_files: %s after %ld\n", strerror(errno), opened);
			return 2;
		}
	}
	fprintf(stderr, "open_files: opened %ld descriptors without EMFILE\n", most);
	return 1;
}
