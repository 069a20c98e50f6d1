/*
 * child_prog.c: the program check_runner runs in the sandbox.  One mode
 * per way a run can end; built without sanitizers, like tests/hostile/.
 *
 *   exit N        exit with status N (exit 256 is 0 to the parent)
 *   signal N      raise signal N
 *   echo          copy stdin to stdout
 *   print TEXT    print TEXT to stdout, "err" to stderr
 *   env NAME      print the variable's value
 *   cwd           print the working directory
 *   fds           exit 0 when only 0, 1 and 2 are open, else 1
 *   spin          burn CPU forever
 *   sleep         sleep forever
 *   flood         write to stdout forever
 *   socket        call socket(), which the sandbox forbids
 *   whoami        print "uid gid groups"
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int only_std_fds(void)
{
	for (int fd = 3; fd < 4200; fd++) {
		if (fcntl(fd, F_GETFD) >= 0) {
			fprintf(stderr, "fd %d is open\n", fd);
			return 1;
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";
	const char *arg = argc > 2 ? argv[2] : "0";
	char buf[4096];
	ssize_t n;

	if (!strcmp(mode, "exit"))
		return atoi(arg);
	if (!strcmp(mode, "signal")) {
		signal(atoi(arg), SIG_DFL);
		raise(atoi(arg));
		return 100;
	}
	if (!strcmp(mode, "echo")) {
		while ((n = read(0, buf, sizeof(buf))) > 0)
			if (write(1, buf, (size_t)n) != n)
				return 2;
		return 0;
	}
	if (!strcmp(mode, "print")) {
		printf("%s", arg);
		fprintf(stderr, "err");
		return 0;
	}
	if (!strcmp(mode, "env")) {
		const char *v = getenv(arg);

		printf("%s", v ? v : "(unset)");
		return 0;
	}
	if (!strcmp(mode, "cwd"))
		return getcwd(buf, sizeof(buf)) && printf("%s", buf) > 0 ? 0 : 1;
	if (!strcmp(mode, "fds"))
		return only_std_fds();
	if (!strcmp(mode, "spin")) {
		volatile unsigned long x = 0;

		for (;;)
			x++;
	}
	if (!strcmp(mode, "sleep"))
		for (;;)
			pause();
	if (!strcmp(mode, "flood")) {
		memset(buf, 'x', sizeof(buf));
		for (;;)
			if (write(1, buf, sizeof(buf)) < 0)
				return 3;
	}
	if (!strcmp(mode, "socket"))
		return socket(AF_INET, SOCK_STREAM, 0) >= 0 ? 0 : errno;
	if (!strcmp(mode, "whoami")) {
		printf("%u %u %d", getuid(), getgid(), getgroups(0, NULL));
		return 0;
	}
	fprintf(stderr, "child_prog: unknown mode '%s'\n", mode);
	return 99;
}
