/*
 * unix_connect: connects to a Unix socket (argv[1], default the systemd
 * journal's) to talk to a local daemon.  socket() must be SV.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "/run/systemd/journal/socket";
	struct sockaddr_un addr = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_STREAM, 0);

	if (fd < 0) {
		perror("unix_connect: socket failed instead of being blocked");
		return 2;
	}
	strncpy(addr.sun_path, path, sizeof(addr.sun_path) - 1);
	connect(fd, (struct sockaddr *)&addr, sizeof(addr));
	fprintf(stderr, "unix_connect: socket() was allowed\n");
	return 1;
}
