/*
 * write_scratch: positive control for the filesystem cases.  Writes a file
 * in the working directory (the scratch directory), reads it back and
 * removes it.  Must be OK with exit 0: a sandbox that refuses everything
 * would pass the other filesystem cases too.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	static const char text[] = "scratch works\n";
	char buf[sizeof(text)] = { 0 };
	int fd = open("note.txt", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);

	if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text) || close(fd) != 0) {
		perror("write_scratch: writing 'note.txt'");
		return 1;
	}
	fd = open("note.txt", O_RDONLY | O_CLOEXEC);
	if (fd < 0 || read(fd, buf, sizeof(buf) - 1) != (ssize_t)strlen(text) || strcmp(buf, text) != 0) {
		perror("write_scratch: reading back 'note.txt'");
		return 1;
	}
	close(fd);
	if (unlink("note.txt") != 0) {
		perror("write_scratch: removing 'note.txt'");
		return 1;
	}
	return 0;
}
