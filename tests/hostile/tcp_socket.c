/*
 * tcp_socket: creates a TCP socket and connects to the loopback.  There is
 * no network for a submission: socket() must be SV.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>

int main(void)
{
	struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons(22) };
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	if (fd < 0) {
		perror("tcp_socket: socket failed instead of being blocked");
		return 2;
	}
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	connect(fd, (struct sockaddr *)&addr, sizeof(addr));
	fprintf(stderr, "tcp_socket: socket() was allowed\n");
	return 1;
}
