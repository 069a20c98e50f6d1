/*
 * read_secret: reads argv[1], a world-readable file outside the scratch
 * directory and outside the paths the sandbox lets programs read (a
 * user's own files).  Exits 0 when open or read failed, 1 when it read
 * something.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	char buf[64];
	int fd;

	if (argc < 2) {
		fprintf(stderr, "usage: read_secret PATH\n");
		return 2;
	}
	fd = open(argv[1], O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		perror("read_secret: open failed as expected");
		return 0;
	}
	if (read(fd, buf, sizeof(buf)) < 0) {
		perror("read_secret: read failed as expected");
		return 0;
	}
	fprintf(stderr, "read_secret: read '%s'\n", argv[1]);
	return 1;
}
