/*
 * kill_all: sends SIGKILL to every process it may signal (kill(-1)), to
 * its parent (the runner, unless a pid namespace hides it), and to the pid
 * in argv[1] (the test driver).  Processes outside the sandbox must
 * survive; the test checks a canary process of its own and itself.  Exits
 * 0 (the calls' results do not matter; the survivors do).
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	pid_t parent = getppid();

	kill(-1, SIGKILL);
	/* Pid 0 or 1 means the parent is outside our pid namespace or is
	 * the namespace's init, whose death would only end this run. */
	if (parent > 1)
		kill(parent, SIGKILL);
	if (argc > 1 && atoi(argv[1]) > 1)
		kill(atoi(argv[1]), SIGKILL);
	return 0;
}
