/*
 * keyctl: looks up the session keyring, which is shared with the user's
 * other processes (it may hold their credentials).  keyctl must be SV.
 */
#define _GNU_SOURCE
#include <linux/keyctl.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	if (syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, KEY_SPEC_SESSION_KEYRING, 0) >= 0) {
		fprintf(stderr, "keyctl: keyctl was allowed\n");
		return 1;
	}
	perror("keyctl: keyctl failed instead of being blocked");
	return 2;
}
