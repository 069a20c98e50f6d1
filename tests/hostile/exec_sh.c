/*
 * exec_sh: replaces itself with /bin/sh.  The program may not run other
 * programs: execve must be SV.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	static char name[] = "sh", flag[] = "-c", script[] = "echo exec_sh: shell ran >&2; exit 1";
	char *const argv[] = { name, flag, script, NULL };
	char *const envp[] = { NULL };

	execve("/bin/sh", argv, envp);
	perror("exec_sh: execve failed instead of being blocked");
	return 2;
}
