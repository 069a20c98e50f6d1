/*
 * big_file: writes a 1 GiB file "big" in the scratch directory, in 1 MiB
 * chunks.  Must be OLE with limit "file_size" (SIGXFSZ or EFBIG at the
 * file-size limit), not fill the disk.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define CHUNK (1024 * 1024)

static char chunk[CHUNK];

int main(void)
{
	int fd = open("big", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);

	if (fd < 0) {
		perror("big_file: open");
		return 2;
	}
	memset(chunk, 'z', sizeof(chunk));
	for (int i = 0; i < 1024; i++) {
		if (write(fd, chunk, sizeof(chunk)) != (ssize_t)sizeof(chunk)) {
			perror("big_file: write");
			return 3;
		}
	}
	return 0;
}
