/*
 * daemon: leaves a grandchild behind.  The original process exits 0 at
 * once; the grandchild tries setsid (the sandbox refuses it with EPERM),
 * closes its standard streams unless argv[1] is "keep-stdio" (so the
 * runner cannot wait for end of file on the pipes), and rewrites the file
 * "marker" in the working directory every 50 ms for 30 s.  Must be OK,
 * over quickly, and the grandchild must be dead when the run ends: the
 * test removes "marker" and checks it does not come back.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void rewrite_marker(void)
{
	char text[32];
	int len = snprintf(text, sizeof(text), "%ld\n", (long)getpid());
	int fd = open("marker", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);

	if (fd >= 0) {
		if (write(fd, text, (size_t)len) < 0)
			_exit(3);
		close(fd);
	}
}

int main(int argc, char **argv)
{
	const struct timespec pause_50ms = { .tv_sec = 0, .tv_nsec = 50 * 1000 * 1000 };
	int keep_stdio = argc > 1 && strcmp(argv[1], "keep-stdio") == 0;
	pid_t pid = fork();

	if (pid < 0)
		return 2;
	if (pid > 0)
		return 0;
	if (fork() != 0)
		_exit(0);
	/* Grandchild: detach as far as we are let. */
	(void)setsid();
	signal(SIGHUP, SIG_IGN);
	signal(SIGTERM, SIG_IGN);
	signal(SIGPIPE, SIG_IGN);
	if (!keep_stdio) {
		close(0);
		close(1);
		close(2);
	}
	for (int i = 0; i < 600; i++) {
		rewrite_marker();
		nanosleep(&pause_50ms, NULL);
	}
	_exit(0);
}
