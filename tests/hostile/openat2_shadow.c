/*
 * openat2_shadow: opens /etc/shadow through openat2, whose flags seccomp
 * cannot inspect.  The sandbox answers openat2 with ENOSYS (glibc then
 * uses openat); any failure is containment.  Exits 0 when the open
 * failed, 1 when it succeeded.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	struct open_how how = { .flags = O_RDONLY | O_CLOEXEC };
	long fd = syscall(SYS_openat2, AT_FDCWD, "/etc/shadow", &how, sizeof(how));

	if (fd < 0) {
		perror("openat2_shadow: openat2 failed as expected");
		return 0;
	}
	fprintf(stderr, "openat2_shadow: opened /etc/shadow\n");
	return 1;
}
