/*
 * runner.h: the contract between judge/ and the sandbox library runner/.
 *
 * A run spec goes in (program, environment, scratch directory, standard
 * streams, limits, syscall profile); a run outcome comes out (how the
 * program ended and what it used).  The runner measures; it never names a
 * verdict.  Everything here is plain data so that the judge can build specs
 * without knowing how the sandbox works.
 */
#ifndef JUDGE_RUNNER_H
#define JUDGE_RUNNER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Syscall and filesystem profiles.  Each one is an allowlist sized for one
 * kind of program; runner/profile.c says why each syscall group is there.
 */
enum run_profile {
	RUN_PROFILE_NATIVE,   /* C, C++ and other static or libc programs */
	RUN_PROFILE_PYTHON,   /* CPython 3 */
	RUN_PROFILE_JVM,      /* Java: many threads, large reservations */
	RUN_PROFILE_NODE,     /* Node.js: threads, JIT, large reservations */
	RUN_PROFILE_COMPILER, /* compilers: may fork and exec their tools */
	RUN_PROFILE_COUNT
};

/* Returns the profile's name ("native", ...), or NULL when out of range. */
const char *run_profile_name(enum run_profile profile);
/* Returns 0 and sets *out when name is a profile name, or -EINVAL. */
int run_profile_parse(const char *name, enum run_profile *out);

/*
 * Limits.  Zero means "the runner's default" (runner_limits_default), never
 * "unlimited": a sandbox always has every limit.
 */
struct run_limits {
	uint64_t cpu_ms;       /* CPU time of the whole process tree, user+sys */
	uint64_t wall_ms;      /* wall-clock time from start to the last exit */
	uint64_t memory_kb;    /* peak resident memory of any one process */
	uint64_t output_bytes; /* stdout plus stderr */
	uint64_t file_bytes;   /* largest file the program may write */
	uint32_t open_files;   /* descriptors per process */
	uint32_t processes;    /* processes and threads together */
};

/* Fills in the defaults: 1 s CPU, 3 s wall, 256 MiB, 64 MiB output, ... */
void runner_limits_default(struct run_limits *limits);

/* Which limit ended the run, if any. */
enum run_limit {
	RUN_LIMIT_NONE,
	RUN_LIMIT_CPU,
	RUN_LIMIT_WALL,
	RUN_LIMIT_MEMORY,
	RUN_LIMIT_OUTPUT,
	RUN_LIMIT_FILE_SIZE,
};

/* Returns "cpu", "wall", "memory", "output", "file_size", or NULL for none. */
const char *run_limit_name(enum run_limit limit);

struct run_spec {
	/* Program and arguments; argv[0] must be an absolute path. */
	const char *const *argv;
	/* Complete environment, NULL-terminated; NULL means an empty one. */
	const char *const *envp;
	/*
	 * Scratch directory: the working directory and the only place the
	 * program may write.  Must exist.  The runner does not remove it.
	 */
	const char *scratch_dir;
	/* Extra paths the program may read (files or directory trees). */
	const char *const *read_paths;
	size_t read_path_count;

	/*
	 * Standard streams, borrowed (the runner never closes them).
	 * stdin_fd: -1 gives the program /dev/null.
	 * stdout_fd, stderr_fd: where the output goes; -1 discards it.  The
	 * program itself only ever sees pipes, never these descriptors, so
	 * it cannot seek, truncate or ioctl the caller's files or terminal.
	 */
	int stdin_fd;
	int stdout_fd;
	int stderr_fd;

	struct run_limits limits;
	enum run_profile profile;
	/*
	 * Verbose diagnostics of the sandbox setup go here when >= 0 (the
	 * seccomp filter as PFC text, the layers in force); -1 for none.
	 */
	int debug_fd;
};

/* Initialises a spec with default limits, no streams, the native profile. */
void run_spec_init(struct run_spec *spec);

enum run_end {
	RUN_EXITED,   /* exit_code is valid */
	RUN_SIGNALED, /* signal is valid */
};

struct run_outcome {
	enum run_end end;
	int exit_code;
	int signal;
	uint64_t cpu_ms;       /* whole tree, user+sys, from the kernel */
	uint64_t cpu_us;       /* the same in microseconds */
	uint64_t wall_ms;
	uint64_t wall_us;
	uint64_t memory_kb;    /* peak resident set of the largest process */
	uint64_t output_bytes; /* stdout plus stderr, as written */
	enum run_limit limit;  /* the limit that ended the run, or NONE */
	/*
	 * Set when the sandbox stopped a forbidden syscall: its name (for a
	 * foreign ABI, prefixed "i386:" or "x32:") and number.
	 */
	bool blocked;
	int syscall_nr;
	char syscall[48];
};

/* Layers of the sandbox, for runner_probe() and judge doctor. */
enum run_layer {
	RUN_LAYER_SECCOMP,
	RUN_LAYER_LANDLOCK,
	RUN_LAYER_USERNS,   /* user + pid + ipc namespaces */
	RUN_LAYER_RLIMITS,
	RUN_LAYER_UID_DROP, /* as root: run as an unprivileged uid */
	RUN_LAYER_COUNT
};

struct run_layer_status {
	bool active;
	char detail[160]; /* what is in force, or why it is missing */
};

/*
 * Reports which layers this machine and this user get.  Never fails: a
 * missing layer is reported, not an error.
 */
void runner_probe(struct run_layer_status status[RUN_LAYER_COUNT]);
const char *run_layer_name(enum run_layer layer);

/*
 * Runs spec->argv in the sandbox and waits until every process it created
 * is gone.
 *
 * Returns 0 when the program ran to an outcome, whatever that outcome is
 * (exit, signal, limit, blocked syscall): *out is filled in.
 * Returns a negative errno when the sandbox itself failed (bad spec, setup
 * failure, the program could not be executed); *out is then unspecified and
 * err (err_len bytes, may be 0) holds a one-line message.  Such a failure is
 * never the program's fault.  The caller's descriptors are untouched.
 *
 * As root, the program runs as uid/gid 65534 with no supplementary groups,
 * so the program and scratch directory must be accessible to that uid
 * (runner_prepare_scratch does this for the scratch directory).
 */
int runner_run(const struct run_spec *spec, struct run_outcome *out,
	       char *err, size_t err_len);

/*
 * Makes dir usable as a scratch directory by the sandboxed uid (as root:
 * hands it to uid 65534).  Returns 0 or -errno.
 */
int runner_prepare_scratch(const char *dir);

/* The uid and gid a root caller's programs run as. */
#define RUNNER_SANDBOX_UID 65534
#define RUNNER_SANDBOX_GID 65534

#endif
