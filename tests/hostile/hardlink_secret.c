/*
 * hardlink_secret: hard-links argv[1] (a readable file outside the scratch
 * directory) into the scratch directory and reads it there, where reading
 * is allowed.  The link itself must be refused.  Exits 0 when link or read
 * failed, 1 when it read the file.
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
		fprintf(stderr, "usage: hardlink_secret PATH\n");
		return 2;
	}
	if (link(argv[1], "hardlink") != 0) {
		perror("hardlink_secret: link failed as expected");
		return 0;
	}
	fd = open("hardlink", O_RDONLY | O_CLOEXEC);
	if (fd < 0 || read(fd, buf, sizeof(buf)) < 0) {
		perror("hardlink_secret: reading through the link failed as expected");
		return 0;
	}
	fprintf(stderr, "hardlink_secret: read '%s' through a hard link\n", argv[1]);
	return 1;
}
