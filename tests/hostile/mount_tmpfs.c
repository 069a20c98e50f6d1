/*
 * mount_tmpfs: mounts a tmpfs over its working directory.  mount must be
 * SV (inside a user namespace it could otherwise succeed).
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/mount.h>

int main(void)
{
	if (mount("none", ".", "tmpfs", 0, "size=1m") == 0) {
		fprintf(stderr, "mount_tmpfs: mount was allowed\n");
		return 1;
	}
	perror("mount_tmpfs: mount failed instead of being blocked");
	return 2;
}
