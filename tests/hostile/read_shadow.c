/*
 * read_shadow: reads /etc/shadow.  Exits 0 when open or read failed, 1
 * when it read something.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	char buf[64];
	int fd = open("/etc/shadow", O_RDONLY | O_CLOEXEC);

	if (fd < 0) {
		perror("read_shadow: open failed as expected");
		return 0;
	}
	if (read(fd, buf, sizeof(buf)) < 0) {
		perror("read_shadow: read failed as expected");
		return 0;
	}
	fprintf(stderr, "read_shadow: read /etc/shadow\n");
	return 1;
}
