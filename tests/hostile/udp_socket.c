/*
 * udp_socket: creates a UDP socket and sends a datagram to the loopback.
 * socket() must be SV.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>

int main(void)
{
	struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons(9) };
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	if (fd < 0) {
		perror("udp_socket: socket failed instead of being blocked");
		return 2;
	}
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	sendto(fd, "x", 1, 0, (struct sockaddr *)&addr, sizeof(addr));
	fprintf(stderr, "udp_socket: socket() was allowed\n");
	return 1;
}
