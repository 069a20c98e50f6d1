/*
 * block_read: blocks in read() on a pipe whose write end it holds itself,
 * so no end of file ever comes.  Must be TLE with limit "wall".
 */
#define _GNU_SOURCE
#include <unistd.h>

int main(void)
{
	int fds[2];
	char byte;

	if (pipe(fds) != 0)
		return 2;
	for (;;)
		if (read(fds[0], &byte, 1) < 0)
			return 2;
}
