/*
 * runner-private.h: what the files of runner/ share and nobody else sees.
 */
#ifndef RUNNER_PRIVATE_H
#define RUNNER_PRIVATE_H

#include <linux/filter.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "judge/runner.h"

/*
 * Fixed descriptor numbers in the sandboxed child.  Both are above the
 * hard RLIMIT_NOFILE the child gets (RUNNER_MAX_OPEN_FILES), so once the
 * program runs it can never create a descriptor with either number again:
 * the seccomp rules that allow execveat() on EXEC_FD and sendmsg() on
 * CTL_FD are therefore usable exactly once, by our own setup code.
 */
#define RUNNER_MAX_OPEN_FILES 4096
#define RUNNER_EXEC_FD 4100
#define RUNNER_CTL_FD 4101

/* Messages from the child on the control socket. */
enum ctl_kind {
	CTL_READY = 1, /* carries the seccomp listener fd (SCM_RIGHTS) */
	CTL_ERROR = 2, /* setup failed: step name and errno */
};

struct ctl_msg {
	int kind;
	int err; /* errno for CTL_ERROR */
	char step[48];
};

/*
 * State that init (pid 1 of the sandbox) fills in for the parent, in a
 * MAP_SHARED page: the parent cannot get it from wait4() on init without
 * counting init's own copy of the judge's memory as the program's.
 */
struct run_shared {
	volatile int main_done;   /* the program's first process was reaped */
	volatile int main_status; /* its wait status */
	volatile int init_done;   /* init reaped everything and is exiting */
	volatile uint64_t cpu_us; /* user+sys of every reaped process */
	volatile uint64_t maxrss_kb;
};

/* How the child is isolated, from strongest to weakest. */
enum run_mode {
	RUN_MODE_USERNS,  /* user+pid+ipc namespaces */
	RUN_MODE_ROOTNS,  /* root without userns: pid+ipc, setuid */
	RUN_MODE_PLAIN,   /* no namespaces: process group + subreaper */
};

/* Everything the child needs, prepared by the parent before clone(). */
struct child_ctx {
	enum run_mode mode;
	bool as_root;
	uid_t uid;
	gid_t gid;
	int sync_fd;     /* read end: parent wrote the id maps */
	int ctl_fd;      /* child end of the control socket */
	int exec_fd;     /* O_PATH descriptor of the program */
	int ruleset_fd;  /* landlock ruleset, or -1 */
	int stdin_fd;
	int stdout_fd;   /* write end of the stdout pipe */
	int stderr_fd;
	const char *scratch_dir;
	char *const *argv;
	char *const *envp;
	const struct run_limits *limits;
	uint64_t stack_bytes; /* RLIMIT_STACK: also glibc's thread stack */
	uint64_t data_bytes;  /* RLIMIT_DATA: the memory backstop */
	const struct sock_fprog *filter;
	struct run_shared *shared;
};

/* child.c: runs in the clone()d child; never returns. */
_Noreturn void child_init_main(const struct child_ctx *ctx);

/* profile.c */
int profile_filter(enum run_profile profile, const struct sock_fprog **out,
		   char *err, size_t err_len);
void profile_dump(enum run_profile profile, int fd);
void profile_syscall_name(uint32_t arch, int nr, char *buf, size_t len);
/* The main thread's stack limit for a run of this profile. */
uint64_t profile_stack_bytes(enum run_profile profile,
			     const struct run_limits *limits);
/* The RLIMIT_DATA backstop for a run of this profile. */
uint64_t profile_data_bytes(enum run_profile profile,
			    const struct run_limits *limits);
/* NULL-terminated list of paths the profile's runtime needs to read. */
const char *const *profile_read_paths(enum run_profile profile);

/* landlock.c */
int landlock_abi(void);
/*
 * Builds a ruleset for one run.  Returns the ruleset fd (caller owns it),
 * -1 when Landlock is unavailable, or -errno (with *failing_path set)
 * when a rule could not be added.
 */
int landlock_build(const struct run_spec *spec, int exec_fd,
		   const char **failing_path);

/* sys.c */
void close_and_reset(int *fd);
uint64_t monotonic_us(void);
int write_all(int fd, const void *buf, size_t len);
int write_file(const char *path, const char *text);

#endif
