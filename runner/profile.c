/*
 * profile.c: the seccomp allowlists, one per kind of program.
 *
 * Default deny: a syscall that no rule allows is reported to the parent
 * through a user-notification listener, which records its name and ends
 * the run (SV).  Only the native x86-64 ABI is allowed; 32-bit (int 0x80)
 * and x32 calls take the same path.  A few calls are answered with an
 * errno instead, where runtimes probe for them and cope with a refusal.
 *
 * Each filter is built once per process with libseccomp and kept as BPF,
 * so a run only pays for one seccomp() call.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <pthread.h>
#include <sched.h>
#include <seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include "runner-private.h"

/* libseccomp's SCMP_A0()... macros leave datum_b to zero-initialisation. */
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

/* Groups of syscalls allowed without conditions, each with its reason. */
struct syscall_group {
	const char *reason;
	const char *const *names;
};

/* A process exists, sleeps, tells time and handles signals. */
static const char *const basic_process[] = {
	"exit", "exit_group", "restart_syscall", "getpid", "getppid",
	"gettid", "getuid", "geteuid", "getgid", "getegid", "getresuid",
	"getresgid", "getgroups", "getpgrp", "getpgid", "getsid", "uname",
	"sysinfo", "getrlimit", "setrlimit", "getrusage", "times",
	"getcpu", "sched_yield", "sched_getaffinity", "sched_getparam",
	"sched_getscheduler", "sched_get_priority_max",
	"sched_get_priority_min", "nanosleep", "clock_nanosleep",
	"clock_gettime", "clock_getres", "gettimeofday", "time",
	"getrandom", "rt_sigaction", "rt_sigprocmask", "rt_sigreturn",
	"rt_sigpending", "rt_sigsuspend", "rt_sigtimedwait",
	"rt_sigqueueinfo", "sigaltstack", "pause", "alarm", "setitimer",
	"getitimer", "timer_create", "timer_settime", "timer_gettime",
	"timer_getoverrun", "timer_delete", "capget", NULL,
};

/* Memory: the allocator, the dynamic loader and JIT compilers. */
static const char *const memory[] = {
	"brk", "munmap", "mremap", "mprotect", "madvise", "mincore",
	"msync", "membarrier", "arch_prctl", "set_tid_address",
	"set_robust_list", "get_robust_list", "rseq", NULL,
};

/* Files: what landlock lets through, plus descriptors and polling. */
static const char *const files[] = {
	"read", "write", "readv", "writev", "pread64", "pwrite64",
	"preadv", "pwritev", "preadv2", "pwritev2", "open", "openat",
	"creat", "close", "close_range", "lseek", "stat", "fstat", "lstat",
	"newfstatat", "statx", "statfs", "fstatfs", "access", "faccessat",
	"faccessat2", "readlink", "readlinkat", "getdents", "getdents64",
	"fcntl", "dup", "dup2", "dup3", "pipe", "pipe2", "ftruncate",
	"truncate", "unlink", "unlinkat", "mkdir", "mkdirat", "rmdir",
	"rename", "renameat", "renameat2", "link", "linkat", "symlink",
	"symlinkat", "chmod", "fchmod", "fchmodat", "utimensat", "umask",
	"getcwd", "chdir", "fchdir", "fsync", "fdatasync", "fadvise64",
	"readahead", "flock", "sendfile", "copy_file_range", "splice",
	"tee", "poll", "ppoll", "select", "pselect6", "epoll_create",
	"epoll_create1", "epoll_ctl", "epoll_wait", "epoll_pwait",
	"epoll_pwait2", "eventfd", "eventfd2", "timerfd_create",
	"timerfd_settime", "timerfd_gettime", "inotify_init1", NULL,
};

/* Threads and child processes, bounded by the process rlimit. */
static const char *const processes[] = {
	"fork", "vfork", "wait4", "waitid", "futex", "futex_waitv",
	"set_mempolicy", "get_mempolicy",
	/* Signals stay inside: pid namespace, landlock scoping. */
	"kill", "tgkill", "tkill", NULL,
};

/* Compilers run their own tools (cc1, as, ld). */
static const char *const exec_any[] = { "execve", "execveat", NULL };

static const struct syscall_group common_groups[] = {
	{ "process basics", basic_process },
	{ "memory", memory },
	{ "files under landlock", files },
	{ "threads and processes", processes },
};

/* Terminal queries that libc and runtimes make on their streams.  The
 * streams are pipes, so these fail with ENOTTY; TIOCSTI and friends are
 * not here. */
static const unsigned long safe_ioctls[] = {
	TCGETS, TIOCGWINSZ, TIOCGPGRP, FIONREAD, FIONBIO, FIOCLEX, FIONCLEX,
};

/* The classic terminal ioctls, 'T' << 8: TCGETS (0x5401) to FIOQSIZE. */
#define TERMINAL_IOCTL_FIRST 0x5400
#define TERMINAL_IOCTL_LAST 0x54ff

/* prctl options that change nothing outside the calling process. */
static const int safe_prctls[] = {
	PR_SET_NAME, PR_GET_NAME, PR_GET_DUMPABLE, PR_SET_NO_NEW_PRIVS,
	PR_GET_NO_NEW_PRIVS, PR_SET_PDEATHSIG, PR_GET_PDEATHSIG,
	PR_SET_VMA, PR_CAPBSET_READ, PR_GET_TIMERSLACK,
};

struct profile_def {
	const char *name;
	/* Single-threaded programs get a stack as large as the memory
	 * limit, for deep recursion; runtimes with threads keep 8 MiB,
	 * since glibc sizes every thread's stack by RLIMIT_STACK. */
	bool big_stack;
	/* Writable memory the runtime reserves up front without touching
	 * it (the JVM's collector tables and code cache), added to the
	 * RLIMIT_DATA backstop; peak RSS is still what is judged. */
	uint64_t reserve_bytes;
	bool exec_any;      /* may exec other programs (compilers) */
	/* socket() fails with EACCES instead of ending the run, and
	 * socketpair(AF_UNIX) works: the JVM's libnet probes sockets when it
	 * loads, NIO needs a local pair, and glibc asks nscd for names. */
	bool socket_errno;
	bool io_uring_errno;    /* io_uring_setup fails instead of SV */
	const char *const read_paths[24];
};

/* Paths every runtime reads: the libraries and the loader's config. */
#define SYSTEM_PATHS "/usr", "/lib", "/lib64", "/bin", "/sbin", \
	"/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", \
	"/etc/localtime", "/dev/null", "/dev/zero", "/dev/urandom", \
	"/dev/random", "/sys/devices/system/cpu"

static const struct profile_def profiles[RUN_PROFILE_COUNT] = {
	[RUN_PROFILE_NATIVE] = {
		.name = "native", .big_stack = true,
		.read_paths = { SYSTEM_PATHS, NULL },
	},
	[RUN_PROFILE_PYTHON] = {
		.name = "python", .big_stack = true,
		.read_paths = { SYSTEM_PATHS, "/etc/python3", NULL },
	},
	/* The JVM reads /proc for memory, cgroups and its own maps. */
	[RUN_PROFILE_JVM] = {
		.name = "jvm", .socket_errno = true,
		.reserve_bytes = 1ULL << 30,
		.read_paths = { SYSTEM_PATHS, "/etc/java-17-openjdk", "/proc",
				NULL },
	},
	/* libuv tries io_uring and falls back to its thread pool. */
	[RUN_PROFILE_NODE] = {
		.name = "node", .socket_errno = true,
		.io_uring_errno = true,
		.read_paths = { SYSTEM_PATHS, "/proc", "/etc/ssl", NULL },
	},
	/* javac is a JVM, with its configuration in /etc; node --check
	 * reads OpenSSL's configuration before it looks at the source. */
	[RUN_PROFILE_COMPILER] = {
		.name = "compiler", .exec_any = true, .socket_errno = true,
		.read_paths = { SYSTEM_PATHS, "/etc/alternatives",
				"/etc/java-17-openjdk", "/etc/ssl", NULL },
	},
};

const char *run_profile_name(enum run_profile profile)
{
	if ((unsigned)profile >= RUN_PROFILE_COUNT)
		return NULL;
	return profiles[profile].name;
}

int run_profile_parse(const char *name, enum run_profile *out)
{
	for (int i = 0; i < RUN_PROFILE_COUNT; i++) {
		if (!strcmp(name, profiles[i].name)) {
			*out = (enum run_profile)i;
			return 0;
		}
	}
	return -EINVAL;
}

uint64_t profile_stack_bytes(enum run_profile profile,
			     const struct run_limits *limits)
{
	uint64_t small = 8u << 20, mem = limits->memory_kb * 1024;

	if (profiles[profile].big_stack || mem < small)
		return mem;
	return small;
}

uint64_t profile_data_bytes(enum run_profile profile,
			    const struct run_limits *limits)
{
	/* Above the limit, so a program that overshoots is measured rather
	 * than crashed; bounded, so one that runs away cannot take the
	 * machine. */
	return limits->memory_kb * 1024 * 2 + (16u << 20) +
	       profiles[profile].reserve_bytes;
}

const char *const *profile_read_paths(enum run_profile profile)
{
	return profiles[profile].read_paths;
}

static int allow_names(scmp_filter_ctx ctx, const char *const *names)
{
	for (; *names; names++) {
		int nr = seccomp_syscall_resolve_name(*names);
		int rc;

		if (nr == __NR_SCMP_ERROR)
			continue; /* not on this architecture */
		rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, nr, 0);
		if (rc)
			return rc;
	}
	return 0;
}

/* Rules that look at arguments. */
static int add_conditional_rules(scmp_filter_ctx ctx,
				 const struct profile_def *def)
{
	/* Namespace flags in clone() would build a new sandbox inside
	 * ours; plain fork and thread creation are fine. */
	const uint64_t ns_flags = CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC |
				  CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET |
				  CLONE_NEWCGROUP | CLONE_NEWTIME;
	int rc = 0;

	rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(clone), 1,
			       SCMP_A0(SCMP_CMP_MASKED_EQ, ns_flags, 0));
	/* clone3 passes its flags in memory, out of seccomp's sight:
	 * ENOSYS makes glibc fall back to clone(), which we can check. */
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS),
			       SCMP_SYS(clone3), 0);
	/* openat2 likewise hides its flags; nothing needs it. */
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS),
			       SCMP_SYS(openat2), 0);
	/* Leaving the process group would escape the final kill. */
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(setsid),
			       0);
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM),
			       SCMP_SYS(setpgid), 0);
	/* Shared anonymous memory is not counted by RLIMIT_DATA; private
	 * or file-backed mappings are. */
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(mmap), 1,
			       SCMP_A3(SCMP_CMP_MASKED_EQ, MAP_SHARED, 0));
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(mmap), 1,
			       SCMP_A3(SCMP_CMP_MASKED_EQ, MAP_ANONYMOUS, 0));
	/* Reading any process's limits is harmless; changing another
	 * process's is not. */
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(prlimit64), 1,
			       SCMP_A0(SCMP_CMP_EQ, 0));
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(prlimit64), 1,
			       SCMP_A2(SCMP_CMP_EQ, 0));
	for (size_t i = 0; i < sizeof(safe_ioctls) / sizeof(*safe_ioctls); i++)
		rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1,
				       SCMP_A1(SCMP_CMP_EQ, safe_ioctls[i]));
	/* Other terminal ioctls (TIOCSTI, TIOCLINUX, ...) are refused as a
	 * violation; requests outside the terminal range only fail, since
	 * the streams are pipes and runtimes probe with such requests. */
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOTTY), SCMP_SYS(ioctl), 1,
			       SCMP_A1(SCMP_CMP_LT, TERMINAL_IOCTL_FIRST));
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOTTY), SCMP_SYS(ioctl), 1,
			       SCMP_A1(SCMP_CMP_GT, TERMINAL_IOCTL_LAST));
	for (size_t i = 0; i < sizeof(safe_prctls) / sizeof(*safe_prctls); i++)
		rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(prctl), 1,
				       SCMP_A0(SCMP_CMP_EQ, safe_prctls[i]));
	/* Our own setup, once: the fds are above the program's
	 * RLIMIT_NOFILE, so the program cannot reuse these rules. */
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(sendmsg), 1,
			       SCMP_A0(SCMP_CMP_EQ, RUNNER_CTL_FD));
	if (!def->exec_any)
		rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW,
				       SCMP_SYS(execveat), 2,
				       SCMP_A0(SCMP_CMP_EQ, RUNNER_EXEC_FD),
				       SCMP_A4(SCMP_CMP_EQ, AT_EMPTY_PATH));
	if (def->socket_errno) {
		/* No socket can be made, so nothing can connect anywhere. */
		rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES),
				       SCMP_SYS(socket), 0);
		rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW,
				       SCMP_SYS(socketpair), 1,
				       SCMP_A0(SCMP_CMP_EQ, AF_UNIX));
	}
	if (def->io_uring_errno)
		rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS),
				       SCMP_SYS(io_uring_setup), 0);
	/* V8 probes memory protection keys and copes without them. */
	rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS),
			       SCMP_SYS(pkey_alloc), 0);
	return rc;
}

static scmp_filter_ctx build_ctx(enum run_profile profile)
{
	const struct profile_def *def = &profiles[profile];
	scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_NOTIFY);
	int rc = 0;

	if (!ctx)
		return NULL;
	/* Foreign ABIs (int 0x80, x32) are refused like any unknown call. */
	rc |= seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_NOTIFY);
	/* The child sets no_new_privs itself, at its step in the order. */
	rc |= seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0);
	/* A binary tree of syscall numbers: fewer instructions per call
	 * than the default linear list. */
	rc |= seccomp_attr_set(ctx, SCMP_FLTATR_CTL_OPTIMIZE, 2);
	for (size_t i = 0; i < sizeof(common_groups) / sizeof(*common_groups);
	     i++)
		rc |= allow_names(ctx, common_groups[i].names);
	if (def->exec_any)
		rc |= allow_names(ctx, exec_any);
	rc |= add_conditional_rules(ctx, def);
	if (rc) {
		seccomp_release(ctx);
		return NULL;
	}
	return ctx;
}

/* Exports ctx's BPF through a memfd, since libseccomp 2.5 only writes
 * to descriptors. */
static int export_bpf(scmp_filter_ctx ctx, struct sock_fprog *prog)
{
	int fd = memfd_create("seccomp-bpf", MFD_CLOEXEC);
	off_t size;
	void *buf;
	int rc = -errno;

	if (fd < 0)
		return rc;
	rc = seccomp_export_bpf(ctx, fd);
	if (rc)
		goto out;
	size = lseek(fd, 0, SEEK_END);
	buf = malloc((size_t)size);
	if (size <= 0 || !buf) {
		free(buf);
		rc = -ENOMEM;
		goto out;
	}
	if (pread(fd, buf, (size_t)size, 0) != size) {
		free(buf);
		rc = -EIO;
		goto out;
	}
	prog->filter = buf;
	prog->len = (unsigned short)((size_t)size / sizeof(struct sock_filter));
	rc = 0;
out:
	close(fd);
	return rc;
}

int profile_filter(enum run_profile profile, const struct sock_fprog **out,
		   char *err, size_t err_len)
{
	/* Built once, kept for the life of the process; runs may start
	 * from several threads. */
	static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
	static struct sock_fprog cache[RUN_PROFILE_COUNT];
	scmp_filter_ctx ctx;
	int rc = 0;

	if ((unsigned)profile >= RUN_PROFILE_COUNT)
		return -EINVAL;
	pthread_mutex_lock(&lock);
	if (cache[profile].filter)
		goto out;
	ctx = build_ctx(profile);
	if (!ctx) {
		snprintf(err, err_len, "cannot build the seccomp filter for "
			 "profile '%s'", profiles[profile].name);
		rc = -EINVAL;
		goto out;
	}
	rc = export_bpf(ctx, &cache[profile]);
	seccomp_release(ctx);
	if (rc)
		snprintf(err, err_len, "cannot export the seccomp filter: %s",
			 strerror(-rc));
out:
	pthread_mutex_unlock(&lock);
	if (!rc)
		*out = &cache[profile];
	return rc;
}

void profile_dump(enum run_profile profile, int fd)
{
	scmp_filter_ctx ctx = build_ctx(profile);

	if (ctx) {
		seccomp_export_pfc(ctx, fd);
		seccomp_release(ctx);
	}
}

void profile_syscall_name(uint32_t arch, int nr, char *buf, size_t len)
{
	const uint32_t x32_bit = 0x40000000;
	char *name = NULL;
	const char *prefix = "";

	if (arch == AUDIT_ARCH_I386) {
		prefix = "i386:";
		name = seccomp_syscall_resolve_num_arch(SCMP_ARCH_X86, nr);
	} else if (arch == AUDIT_ARCH_X86_64 && ((uint32_t)nr & x32_bit)) {
		prefix = "x32:";
		name = seccomp_syscall_resolve_num_arch(
			SCMP_ARCH_X86_64, (int)((uint32_t)nr & ~x32_bit));
	} else if (arch == AUDIT_ARCH_X86_64) {
		name = seccomp_syscall_resolve_num_arch(SCMP_ARCH_X86_64, nr);
	} else {
		prefix = "foreign:";
	}
	if (name)
		snprintf(buf, len, "%s%s", prefix, name);
	else
		snprintf(buf, len, "%s%d", prefix, nr);
	free(name);
}
