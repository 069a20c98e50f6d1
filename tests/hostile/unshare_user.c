/*
 * unshare_user: enters a new user namespace, where it would be "root" and
 * could reach much more kernel code.  unshare must be SV.
 */
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>

int main(void)
{
	if (unshare(CLONE_NEWUSER) == 0) {
		fprintf(stderr, "unshare_user: unshare(CLONE_NEWUSER) was allowed\n");
		return 1;
	}
	perror("unshare_user: unshare failed instead of being blocked");
	return 2;
}
