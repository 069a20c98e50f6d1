/*
 * flood_stdout: writes 1 GiB to a descriptor (stdout, or the one named in
 * argv[1]) in 1 MiB chunks.  Must be OLE with limit "output", stopped soon
 * after the limit, not after the whole GiB has been copied.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CHUNK (1024 * 1024)

static char chunk[CHUNK];

int main(int argc, char **argv)
{
	int fd = argc > 1 ? atoi(argv[1]) : 1;

	memset(chunk, 'y', sizeof(chunk));
	for (int i = 0; i < 1024; i++) {
		size_t done = 0;

		while (done < sizeof(chunk)) {
			ssize_t n = write(fd, chunk + done, sizeof(chunk) - done);

			if (n < 0)
				return 2;
			done += (size_t)n;
		}
	}
	return 0;
}
