/*
 * reboot: calls reboot.  Must be SV.  The second magic number is wrong on
 * purpose, so that even a call that got through does nothing (EINVAL).
 */
#define _GNU_SOURCE
#include <linux/reboot.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	if (syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, 0, LINUX_REBOOT_CMD_CAD_OFF, NULL) == 0) {
		fprintf(stderr, "reboot: reboot was allowed\n");
		return 1;
	}
	perror("reboot: reboot failed instead of being blocked");
	return 2;
}
