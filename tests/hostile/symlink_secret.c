/*
 * symlink_secret: makes a symlink in the scratch directory pointing at
 * argv[1] (a readable file outside it) and reads through the link.  The
 * sandbox must judge the link's target, not its name.  Exits 0 when the
 * read failed, 1 when it succeeded.
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
		fprintf(stderr, "usage: symlink_secret PATH\n");
		return 2;
	}
	if (symlink(argv[1], "link") != 0) {
		perror("symlink_secret: symlink failed as expected");
		return 0;
	}
	fd = open("link", O_RDONLY | O_CLOEXEC);
	if (fd < 0 || read(fd, buf, sizeof(buf)) < 0) {
		perror("symlink_secret: reading through the link failed as expected");
		return 0;
	}
	fprintf(stderr, "symlink_secret: read '%s' through a symlink\n", argv[1]);
	return 1;
}
