/*
 * landlock.c: the filesystem, network and signal layer.
 *
 * The parent builds a ruleset per run (system paths of the profile, the
 * program itself, the caller's extra read paths, the scratch directory)
 * and the child only calls landlock_restrict_self().  Rights that the
 * running kernel does not know are left out, so one binary works from
 * ABI 1 (5.13) upwards; what each ABI adds is listed in docs/sandbox.md.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/landlock.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "runner-private.h"

/* Newer than the uapi headers of Debian 12. */
#ifndef LANDLOCK_ACCESS_FS_TRUNCATE
#define LANDLOCK_ACCESS_FS_TRUNCATE (1ULL << 14)
#endif
#ifndef LANDLOCK_ACCESS_FS_IOCTL_DEV
#define LANDLOCK_ACCESS_FS_IOCTL_DEV (1ULL << 15)
#endif
#define LL_ACCESS_NET_BIND_TCP (1ULL << 0)
#define LL_ACCESS_NET_CONNECT_TCP (1ULL << 1)
#define LL_SCOPE_ABSTRACT_UNIX_SOCKET (1ULL << 0)
#define LL_SCOPE_SIGNAL (1ULL << 1)

/* The ruleset attribute as of ABI 6; older kernels accept it as long as
 * the fields they do not know are zero. */
struct ll_ruleset_attr {
	uint64_t handled_access_fs;
	uint64_t handled_access_net;
	uint64_t scoped;
};

#define FS_READ (LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_READ_FILE | \
		 LANDLOCK_ACCESS_FS_READ_DIR)
#define FS_FILE_ONLY (LANDLOCK_ACCESS_FS_EXECUTE | \
		      LANDLOCK_ACCESS_FS_WRITE_FILE | \
		      LANDLOCK_ACCESS_FS_READ_FILE | \
		      LANDLOCK_ACCESS_FS_TRUNCATE | LANDLOCK_ACCESS_FS_IOCTL_DEV)

int landlock_abi(void)
{
	static int abi = -2;

	if (abi == -2) {
		long v = syscall(SYS_landlock_create_ruleset, NULL, 0,
				 LANDLOCK_CREATE_RULESET_VERSION);
		abi = v < 0 ? 0 : (int)v;
	}
	return abi;
}

static uint64_t handled_fs(int abi)
{
	uint64_t fs = (1ULL << 13) - 1; /* ABI 1: bits 0..12 */

	if (abi >= 2)
		fs |= LANDLOCK_ACCESS_FS_REFER;
	if (abi >= 3)
		fs |= LANDLOCK_ACCESS_FS_TRUNCATE;
	if (abi >= 5)
		fs |= LANDLOCK_ACCESS_FS_IOCTL_DEV;
	return fs;
}

/* Adds a rule for the object at fd; rights are trimmed to what a file
 * can carry when it is not a directory. */
static int add_fd_rule(int ruleset, int fd, uint64_t access, uint64_t handled)
{
	struct landlock_path_beneath_attr attr = { .parent_fd = fd };
	struct stat st;

	if (fstat(fd, &st))
		return -errno;
	if (!S_ISDIR(st.st_mode))
		access &= FS_FILE_ONLY;
	attr.allowed_access = access & handled;
	if (!attr.allowed_access)
		return 0;
	if (syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH,
		    &attr, 0))
		return -errno;
	return 0;
}

/* Missing system paths are skipped: not every machine has /lib64. */
static int add_path_rule(int ruleset, const char *path, uint64_t access,
			 uint64_t handled, bool must_exist)
{
	int fd = open(path, O_PATH | O_CLOEXEC);
	int rc;

	if (fd < 0)
		return must_exist ? -errno : 0;
	rc = add_fd_rule(ruleset, fd, access, handled);
	close(fd);
	return rc;
}

int landlock_build(const struct run_spec *spec, int exec_fd,
		   const char **failing_path)
{
	int abi = landlock_abi();
	struct ll_ruleset_attr attr = { 0 };
	uint64_t scratch_rights;
	const char *const *p;
	int ruleset, rc;

	if (abi < 1)
		return -1;
	attr.handled_access_fs = handled_fs(abi);
	/* ABI 4: no TCP at all, on top of seccomp's socket rules. */
	if (abi >= 4)
		attr.handled_access_net =
			LL_ACCESS_NET_BIND_TCP | LL_ACCESS_NET_CONNECT_TCP;
	/* ABI 6: no signals to, and no abstract sockets of, processes
	 * outside the sandbox, even without a pid namespace. */
	if (abi >= 6)
		attr.scoped = LL_SCOPE_ABSTRACT_UNIX_SOCKET | LL_SCOPE_SIGNAL;
	ruleset = (int)syscall(SYS_landlock_create_ruleset, &attr, sizeof(attr),
			       0);
	if (ruleset < 0) {
		*failing_path = "(ruleset)";
		return -errno;
	}

	for (p = profile_read_paths(spec->profile); *p; p++) {
		/* /dev/null is written to as often as read. */
		uint64_t rights = FS_READ;

		if (!strncmp(*p, "/dev/", 5))
			rights |= LANDLOCK_ACCESS_FS_WRITE_FILE;
		rc = add_path_rule(ruleset, *p, rights, attr.handled_access_fs,
				   false);
		if (rc) {
			*failing_path = *p;
			goto fail;
		}
	}
	for (size_t i = 0; i < spec->read_path_count; i++) {
		rc = add_path_rule(ruleset, spec->read_paths[i], FS_READ,
				   attr.handled_access_fs, true);
		if (rc) {
			*failing_path = spec->read_paths[i];
			goto fail;
		}
	}
	rc = add_fd_rule(ruleset, exec_fd, FS_READ, attr.handled_access_fs);
	if (rc) {
		*failing_path = spec->argv[0];
		goto fail;
	}
	/* Scratch: everything but executing files and making devices,
	 * pipes or sockets. */
	scratch_rights = attr.handled_access_fs &
			 ~(LANDLOCK_ACCESS_FS_EXECUTE |
			   LANDLOCK_ACCESS_FS_MAKE_CHAR |
			   LANDLOCK_ACCESS_FS_MAKE_BLOCK |
			   LANDLOCK_ACCESS_FS_MAKE_FIFO |
			   LANDLOCK_ACCESS_FS_MAKE_SOCK);
	rc = add_path_rule(ruleset, spec->scratch_dir, scratch_rights,
			   attr.handled_access_fs, true);
	if (rc) {
		*failing_path = spec->scratch_dir;
		goto fail;
	}
	return ruleset;
fail:
	close(ruleset);
	return rc;
}
