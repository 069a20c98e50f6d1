/*
 * runner.c: run one program in the sandbox and measure it.
 *
 * Theory of operation
 * -------------------
 * Processes.  runner_run() clone()s "init" into fresh user, pid and IPC
 * namespaces (clone with CLONE_PIDFD, so the parent holds a pidfd
 * that cannot be confused with a recycled pid).  The parent writes init's
 * uid/gid maps, then init drops to the sandbox ids, starts a new session
 * and vfork()s the program.  Init reaps every process of the run: the
 * program, its children, and any orphan (it is pid 1 of the namespace),
 * summing CPU time and taking the largest peak RSS into a shared page.
 * When the program's first process ends, init kills the rest of its
 * process group and exits once nothing is left; when init exits, the
 * kernel kills anything that remains in the pid namespace.  Where user
 * namespaces are refused, root still gets pid and IPC namespaces and a
 * setuid; an ordinary user falls back to a process group plus a
 * subreaper init (docs/sandbox.md says what that loses).  There is no
 * network namespace: it cost a quarter of the time budget per run and
 * added nothing, since seccomp refuses socket() and landlock TCP.
 *
 * Pipes.  The program's stdout and stderr are pipes read by the parent,
 * which copies them to the caller's descriptors and counts bytes: the
 * output limit is exact, nothing is buffered in memory, and the program
 * never holds the caller's files or terminal.  A SOCK_SEQPACKET control
 * socket carries setup errors (step and errno) and the seccomp listener
 * from the child; its EOF means the program was exec'd.
 *
 * Restriction order, in the program's process: descriptors, rlimits,
 * process group, no_new_privs, PDEATHSIG, landlock, seccomp, execveat.
 * Nothing but the listener hand-over runs between seccomp and exec.
 *
 * Limits.  The parent polls on the pidfd, the pipes, the control socket
 * and the seccomp listener, with a timeout that is the nearer of the
 * wall-clock deadline and the next CPU check.  CPU checks read the
 * program's CPU clock (user+sys, all threads) plus what init has reaped;
 * they are spaced by the remaining budget divided by the number of CPUs,
 * so a short run is never polled and a long one is stopped within about a
 * millisecond of its limit.  RLIMIT_CPU stays as a backstop.  To end a
 * run the parent sends SIGUSR1 to init, which SIGKILLs the program's
 * process group; if init does not exit promptly it is SIGKILLed itself,
 * which takes the whole pid namespace with it.  A blocked syscall arrives
 * as a seccomp user notification: the parent names it and ends the run.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "runner-private.h"

#ifndef CLONE_PIDFD
#define CLONE_PIDFD 0x00001000
#endif

/* How long init gets to clean up after SIGUSR1 before it is SIGKILLed. */
#define KILL_GRACE_US 500000
/* How long the pipes get to reach EOF once init is gone. */
#define DRAIN_GRACE_US 200000
#define PIPE_CHUNK 65536

static const char *const limit_names[] = {
	[RUN_LIMIT_NONE] = NULL,
	[RUN_LIMIT_CPU] = "cpu",
	[RUN_LIMIT_WALL] = "wall",
	[RUN_LIMIT_MEMORY] = "memory",
	[RUN_LIMIT_OUTPUT] = "output",
	[RUN_LIMIT_FILE_SIZE] = "file_size",
};

const char *run_limit_name(enum run_limit limit)
{
	if ((unsigned)limit >= sizeof(limit_names) / sizeof(*limit_names))
		return NULL;
	return limit_names[limit];
}

void runner_limits_default(struct run_limits *limits)
{
	limits->cpu_ms = 1000;
	limits->wall_ms = 0; /* derived from cpu_ms in effective_limits() */
	limits->memory_kb = 256 * 1024;
	limits->output_bytes = 64u << 20;
	limits->file_bytes = 64u << 20;
	limits->open_files = 64;
	limits->processes = 64;
}

void run_spec_init(struct run_spec *spec)
{
	memset(spec, 0, sizeof(*spec));
	runner_limits_default(&spec->limits);
	spec->stdin_fd = -1;
	spec->stdout_fd = -1;
	spec->stderr_fd = -1;
	spec->debug_fd = -1;
	spec->profile = RUN_PROFILE_NATIVE;
}

static struct run_limits effective_limits(const struct run_limits *in)
{
	struct run_limits def, l = *in;

	runner_limits_default(&def);
	if (!l.cpu_ms)
		l.cpu_ms = def.cpu_ms;
	if (!l.wall_ms)
		l.wall_ms = l.cpu_ms * 2 + 1000;
	if (!l.memory_kb)
		l.memory_kb = def.memory_kb;
	if (!l.output_bytes)
		l.output_bytes = def.output_bytes;
	if (!l.file_bytes)
		l.file_bytes = def.file_bytes;
	if (!l.open_files)
		l.open_files = def.open_files;
	if (l.open_files > RUNNER_MAX_OPEN_FILES)
		l.open_files = RUNNER_MAX_OPEN_FILES;
	if (!l.processes)
		l.processes = def.processes;
	return l;
}

/* The strongest mode this machine allowed so far; only ever weakens. */
static enum run_mode current_mode = RUN_MODE_USERNS;

static unsigned long mode_clone_flags(enum run_mode mode)
{
	switch (mode) {
	case RUN_MODE_USERNS:
		return CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWIPC;
	case RUN_MODE_ROOTNS:
		return CLONE_NEWPID | CLONE_NEWIPC;
	case RUN_MODE_PLAIN:
		return 0;
	}
	return 0;
}

static bool weaker_mode(enum run_mode *mode, int err)
{
	/* Errors that mean "namespaces not allowed here". */
	if (err != EPERM && err != EINVAL && err != ENOSPC && err != EUSERS &&
	    err != EACCES)
		return false;
	if (*mode == RUN_MODE_USERNS) {
		*mode = geteuid() == 0 ? RUN_MODE_ROOTNS : RUN_MODE_PLAIN;
		return true;
	}
	if (*mode == RUN_MODE_ROOTNS) {
		*mode = RUN_MODE_PLAIN;
		return true;
	}
	return false;
}

int runner_prepare_scratch(const char *dir)
{
	if (geteuid() != 0)
		return 0;
	if (chown(dir, RUNNER_SANDBOX_UID, RUNNER_SANDBOX_GID) ||
	    chmod(dir, 0700))
		return -errno;
	return 0;
}

/* One run's resources and measurements; runner_run owns all of it. */
struct run {
	const struct run_spec *spec;
	struct run_limits limits;
	struct run_outcome *out;
	struct run_shared *shared;
	enum run_mode mode;
	pid_t pid;
	int pidfd;
	int out_r, err_r, ctl, listener;
	int devnull;
	uint64_t start_us, end_us;
	bool init_exited;
	bool killed;
	uint64_t kill_sent_us;
	bool escalated;
	int setup_err;
	char setup_step[48];
	uint64_t output_bytes;
};

static void send_to_init(struct run *r, int sig)
{
	syscall(SYS_pidfd_send_signal, r->pidfd, sig, NULL, 0);
}

static void end_run(struct run *r, enum run_limit why)
{
	if (r->killed)
		return;
	r->killed = true;
	r->out->limit = why;
	r->kill_sent_us = monotonic_us();
	send_to_init(r, SIGUSR1);
}

/* Copies what one pipe has to its destination, counting against the
 * output limit.  Returns false at EOF or error. */
static bool pump(struct run *r, int fd, int dest)
{
	char buf[PIPE_CHUNK];
	ssize_t n = read(fd, buf, sizeof(buf));

	if (n < 0)
		return errno == EINTR || errno == EAGAIN;
	if (n == 0)
		return false;
	if (r->output_bytes < r->limits.output_bytes) {
		uint64_t room = r->limits.output_bytes - r->output_bytes;
		size_t keep = (uint64_t)n < room ? (size_t)n : (size_t)room;

		if (dest >= 0)
			(void)write_all(dest, buf, keep);
	}
	r->output_bytes += (uint64_t)n;
	if (r->output_bytes > r->limits.output_bytes) {
		end_run(r, RUN_LIMIT_OUTPUT);
		return false; /* stop reading: the writers are being killed */
	}
	return true;
}

static void read_control(struct run *r)
{
	struct ctl_msg msg;
	char cbuf[CMSG_SPACE(sizeof(int))];
	struct iovec iov = { .iov_base = &msg, .iov_len = sizeof(msg) };
	struct msghdr mh = {
		.msg_iov = &iov,
		.msg_iovlen = 1,
		.msg_control = cbuf,
		.msg_controllen = sizeof(cbuf),
	};
	struct cmsghdr *cm;
	ssize_t n;

	memset(&msg, 0, sizeof(msg));
	n = recvmsg(r->ctl, &mh, MSG_CMSG_CLOEXEC);
	if (n < 0 && errno == EINTR)
		return;
	if (n <= 0) {
		close_and_reset(&r->ctl);
		return;
	}
	for (cm = CMSG_FIRSTHDR(&mh); cm; cm = CMSG_NXTHDR(&mh, cm)) {
		if (cm->cmsg_level == SOL_SOCKET &&
		    cm->cmsg_type == SCM_RIGHTS) {
			int fd;

			memcpy(&fd, CMSG_DATA(cm), sizeof(int));
			if (msg.kind == CTL_READY && r->listener < 0)
				r->listener = fd;
			else
				close(fd);
		}
	}
	if (msg.kind == CTL_ERROR && !r->setup_err) {
		r->setup_err = msg.err ? msg.err : EIO;
		memcpy(r->setup_step, msg.step, sizeof(r->setup_step) - 1);
		end_run(r, RUN_LIMIT_NONE);
	}
}

static void read_notification(struct run *r)
{
	struct seccomp_notif_sizes sizes;
	struct seccomp_notif *req;

	if (syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes))
		sizes.seccomp_notif = sizeof(*req);
	if (sizes.seccomp_notif < sizeof(*req))
		sizes.seccomp_notif = sizeof(*req);
	req = calloc(1, sizes.seccomp_notif);
	if (!req) {
		end_run(r, RUN_LIMIT_NONE);
		return;
	}
	if (ioctl(r->listener, SECCOMP_IOCTL_NOTIF_RECV, req) == 0 &&
	    !r->out->blocked) {
		r->out->blocked = true;
		r->out->syscall_nr = req->data.nr;
		profile_syscall_name(req->data.arch, req->data.nr,
				     r->out->syscall, sizeof(r->out->syscall));
		end_run(r, RUN_LIMIT_NONE);
	} else if (errno == ENOENT || errno == EINTR) {
		/* the caller died meanwhile; nothing to name */
	} else if (!r->out->blocked) {
		close_and_reset(&r->listener);
	}
	free(req);
}

/* Adds the pids listed in one children file to the queue. */
static void queue_children(const char *path, pid_t *queue, size_t *tail,
			   size_t cap)
{
	char buf[4096], *p, *end;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return;
	buf[n] = '\0';
	for (p = buf; *tail < cap; p = end) {
		long pid = strtol(p, &end, 10);

		if (end == p)
			break;
		queue[(*tail)++] = (pid_t)pid;
	}
}

/*
 * CPU time of every live process of the run, found by walking the tree
 * below init through /proc/PID/task/TID/children and read from each
 * process's CPU clock (user+sys, all threads, nanosecond resolution).
 */
static uint64_t live_cpu_us(pid_t init)
{
	enum { CAP = 1024 };
	pid_t queue[CAP];
	size_t head = 0, tail = 0;
	uint64_t us = 0;

	queue[tail++] = init;
	while (head < tail) {
		pid_t pid = queue[head++];
		char path[64];
		struct dirent *de;
		struct timespec ts;
		clockid_t clk;
		DIR *tasks;

		snprintf(path, sizeof(path), "/proc/%d/task", pid);
		tasks = opendir(path);
		if (!tasks)
			continue;
		while ((de = readdir(tasks))) {
			char children[320];

			if (de->d_name[0] == '.')
				continue;
			snprintf(children, sizeof(children),
				 "/proc/%d/task/%s/children", pid, de->d_name);
			queue_children(children, queue, &tail, CAP);
		}
		closedir(tasks);
		if (pid != init && clock_getcpuclockid(pid, &clk) == 0 &&
		    clock_gettime(clk, &ts) == 0)
			us += (uint64_t)ts.tv_sec * 1000000 +
			      (uint64_t)ts.tv_nsec / 1000;
	}
	return us;
}

/* Checks the CPU budget; returns when to check next (absolute us). */
static uint64_t check_cpu(struct run *r, uint64_t now)
{
	static long ncpu;
	uint64_t limit_us = r->limits.cpu_ms * 1000;
	/* A process reaped between the two reads is counted twice at
	 * worst, never missed: the check errs towards stopping early by
	 * one process's time, never towards running late. */
	uint64_t used = live_cpu_us(r->pid) + r->shared->cpu_us;
	uint64_t wait;

	if (!ncpu) {
		ncpu = sysconf(_SC_NPROCESSORS_ONLN);
		if (ncpu < 1)
			ncpu = 1;
	}
	if (used >= limit_us) {
		end_run(r, RUN_LIMIT_CPU);
		return UINT64_MAX;
	}
	wait = (limit_us - used) / (uint64_t)ncpu;
	return now + (wait < 1000 ? 1000 : wait);
}

static int poll_timeout_ms(uint64_t now, uint64_t when)
{
	uint64_t ms;

	if (when == UINT64_MAX)
		return -1;
	if (when <= now)
		return 0;
	ms = (when - now + 999) / 1000;
	return ms > 60000 ? 60000 : (int)ms;
}

static void on_init_exit(struct run *r)
{
	r->init_exited = true;
	r->end_us = monotonic_us();
	close_and_reset(&r->pidfd);
}

static void event_loop(struct run *r)
{
	uint64_t wall_deadline = r->start_us + r->limits.wall_ms * 1000;
	uint64_t next_cpu = r->start_us + r->limits.cpu_ms * 1000 / 2;
	uint64_t drain_deadline = UINT64_MAX;

	for (;;) {
		struct pollfd pfd[5];
		int n = 0, idx_pid = -1, idx_out = -1, idx_err = -1;
		int idx_ctl = -1, idx_lis = -1;
		uint64_t now = monotonic_us(), when;
		int rc;

		/* Done when init is gone and every channel reached EOF: a
		 * setup error can still be queued on the control socket. */
		if (r->init_exited && r->out_r < 0 && r->err_r < 0 &&
		    r->ctl < 0)
			break;
		if (!r->init_exited) {
			if (!r->killed && now >= wall_deadline)
				end_run(r, RUN_LIMIT_WALL);
			if (!r->killed && now >= next_cpu)
				next_cpu = check_cpu(r, now);
			if (r->killed && !r->escalated &&
			    now >= r->kill_sent_us + KILL_GRACE_US) {
				/* init did not clean up: take the whole
				 * namespace down instead. */
				send_to_init(r, SIGKILL);
				r->escalated = true;
			}
		} else if (drain_deadline == UINT64_MAX) {
			drain_deadline = now + DRAIN_GRACE_US;
		} else if (now >= drain_deadline) {
			break; /* a writer outlived init: stop waiting */
		}

		if (r->pidfd >= 0) {
			idx_pid = n;
			pfd[n++] = (struct pollfd){ .fd = r->pidfd,
						    .events = POLLIN };
		}
		if (r->out_r >= 0) {
			idx_out = n;
			pfd[n++] = (struct pollfd){ .fd = r->out_r,
						    .events = POLLIN };
		}
		if (r->err_r >= 0) {
			idx_err = n;
			pfd[n++] = (struct pollfd){ .fd = r->err_r,
						    .events = POLLIN };
		}
		if (r->ctl >= 0) {
			idx_ctl = n;
			pfd[n++] = (struct pollfd){ .fd = r->ctl,
						    .events = POLLIN };
		}
		if (r->listener >= 0) {
			idx_lis = n;
			pfd[n++] = (struct pollfd){ .fd = r->listener,
						    .events = POLLIN };
		}

		if (r->init_exited)
			when = drain_deadline;
		else if (r->killed)
			when = r->escalated ? UINT64_MAX
					    : r->kill_sent_us + KILL_GRACE_US;
		else
			when = wall_deadline < next_cpu ? wall_deadline
							: next_cpu;
		rc = poll(pfd, (nfds_t)n, poll_timeout_ms(now, when));
		if (rc < 0) {
			if (errno == EINTR)
				continue;
			end_run(r, RUN_LIMIT_NONE);
			break;
		}
		if (idx_lis >= 0 && pfd[idx_lis].revents) {
			if (pfd[idx_lis].revents & POLLIN)
				read_notification(r);
			else
				close_and_reset(&r->listener);
		}
		if (idx_ctl >= 0 && pfd[idx_ctl].revents)
			read_control(r);
		if (idx_out >= 0 && pfd[idx_out].revents &&
		    !pump(r, r->out_r, r->spec->stdout_fd))
			close_and_reset(&r->out_r);
		if (idx_err >= 0 && pfd[idx_err].revents &&
		    !pump(r, r->err_r, r->spec->stderr_fd))
			close_and_reset(&r->err_r);
		if (idx_pid >= 0 && pfd[idx_pid].revents)
			on_init_exit(r);
	}
}

static void fill_outcome(struct run *r, const struct rusage *init_ru)
{
	struct run_outcome *o = r->out;
	int status = r->shared->main_status;
	uint64_t mem_limit_kb = r->limits.memory_kb;

	if (r->shared->init_done) {
		o->cpu_us = r->shared->cpu_us;
		o->memory_kb = r->shared->maxrss_kb;
	} else {
		/* init was killed before it could report: its own usage is
		 * the best we have, and includes a copy of ours. */
		o->cpu_us = (uint64_t)init_ru->ru_utime.tv_sec * 1000000 +
			    (uint64_t)init_ru->ru_utime.tv_usec +
			    (uint64_t)init_ru->ru_stime.tv_sec * 1000000 +
			    (uint64_t)init_ru->ru_stime.tv_usec;
		o->memory_kb = (uint64_t)init_ru->ru_maxrss;
	}
	o->cpu_ms = o->cpu_us / 1000;
	o->wall_us = r->end_us - r->start_us;
	o->wall_ms = o->wall_us / 1000;
	o->output_bytes = r->output_bytes;

	if (r->shared->main_done && WIFEXITED(status)) {
		o->end = RUN_EXITED;
		o->exit_code = WEXITSTATUS(status);
	} else if (r->shared->main_done && WIFSIGNALED(status)) {
		o->end = RUN_SIGNALED;
		o->signal = WTERMSIG(status);
	} else {
		o->end = RUN_SIGNALED;
		o->signal = SIGKILL;
	}

	if (o->limit != RUN_LIMIT_NONE || o->blocked)
		return;
	/* No limit ended the run early; did it still exceed one? */
	if (o->end == RUN_SIGNALED && o->signal == SIGXFSZ)
		o->limit = RUN_LIMIT_FILE_SIZE;
	else if (o->memory_kb > mem_limit_kb)
		o->limit = RUN_LIMIT_MEMORY;
	else if (o->cpu_us > r->limits.cpu_ms * 1000 ||
		 (o->end == RUN_SIGNALED && o->signal == SIGXCPU))
		o->limit = RUN_LIMIT_CPU;
}

/* Writes init's id maps: the sandbox uid alone, nothing else mapped. */
static int write_id_maps(pid_t pid, bool as_root, uid_t uid, gid_t gid)
{
	char path[64], map[64];
	int rc;

	if (!as_root) {
		/* An unprivileged map needs setgroups denied first. */
		snprintf(path, sizeof(path), "/proc/%d/setgroups", pid);
		rc = write_file(path, "deny");
		if (rc && rc != -ENOENT)
			return rc;
	}
	snprintf(path, sizeof(path), "/proc/%d/uid_map", pid);
	snprintf(map, sizeof(map), "%u %u 1\n", uid, uid);
	rc = write_file(path, map);
	if (rc)
		return rc;
	snprintf(path, sizeof(path), "/proc/%d/gid_map", pid);
	snprintf(map, sizeof(map), "%u %u 1\n", gid, gid);
	return write_file(path, map);
}

static void debug_log(const struct run_spec *spec, enum run_mode mode,
		      int ruleset)
{
	static const char *const mode_names[] = {
		[RUN_MODE_USERNS] = "user+pid+ipc namespaces",
		[RUN_MODE_ROOTNS] = "pid+ipc namespaces (root, no userns)",
		[RUN_MODE_PLAIN] = "no namespaces (process group only)",
	};

	if (spec->debug_fd < 0)
		return;
	dprintf(spec->debug_fd, "runner: isolation: %s\n", mode_names[mode]);
	dprintf(spec->debug_fd, "runner: landlock: %s (abi %d)\n",
		ruleset >= 0 ? "on" : "off", landlock_abi());
	dprintf(spec->debug_fd, "runner: seccomp profile '%s':\n",
		run_profile_name(spec->profile));
	profile_dump(spec->profile, spec->debug_fd);
}

static int start_child(struct run *r, struct child_ctx *ctx, int sync_w)
{
	for (;;) {
		unsigned long flags = mode_clone_flags(r->mode) | CLONE_PIDFD |
				      SIGCHLD;
		long pid;

		ctx->mode = r->mode;
		r->start_us = monotonic_us();
		pid = syscall(SYS_clone, flags, NULL, &r->pidfd, NULL, 0);
		if (pid == 0)
			child_init_main(ctx);
		if (pid > 0) {
			r->pid = (pid_t)pid;
			break;
		}
		if (!weaker_mode(&r->mode, errno))
			return -errno;
		current_mode = r->mode;
	}
	if (r->mode == RUN_MODE_USERNS) {
		int rc = write_id_maps(r->pid, ctx->as_root, ctx->uid,
				       ctx->gid);

		if (rc)
			return rc; /* the child sees EOF on sync and fails */
		if (write(sync_w, "x", 1) != 1)
			return -errno;
	}
	return 0;
}

static int check_spec(const struct run_spec *spec, char *err, size_t len)
{
	if (!spec->argv || !spec->argv[0] || spec->argv[0][0] != '/') {
		snprintf(err, len, "the program path must be absolute");
		return -EINVAL;
	}
	if (!spec->scratch_dir) {
		snprintf(err, len, "no scratch directory given");
		return -EINVAL;
	}
	if ((unsigned)spec->profile >= RUN_PROFILE_COUNT) {
		snprintf(err, len, "unknown profile");
		return -EINVAL;
	}
	return 0;
}

static int open_program(const char *path, char *err, size_t len)
{
	struct stat st;
	int fd = open(path, O_PATH | O_CLOEXEC);

	if (fd < 0) {
		int e = errno;

		snprintf(err, len, "cannot open '%s': %s", path, strerror(e));
		return -e;
	}
	if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		snprintf(err, len, "'%s' is not a regular file", path);
		close(fd);
		return -EACCES;
	}
	return fd;
}

int runner_run(const struct run_spec *spec, struct run_outcome *out,
	       char *err, size_t err_len)
{
	static const char *const empty_env[] = { NULL };
	struct run r = {
		.spec = spec, .out = out, .pidfd = -1, .out_r = -1,
		.err_r = -1, .ctl = -1, .listener = -1, .devnull = -1,
	};
	int outp[2] = { -1, -1 }, errp[2] = { -1, -1 };
	int ctlp[2] = { -1, -1 }, syncp[2] = { -1, -1 };
	int exec_fd = -1, ruleset = -1, rc, status;
	const struct sock_fprog *filter;
	const char *failing_path = NULL;
	struct child_ctx ctx;
	struct rusage init_ru;

	if (!err_len)
		err = NULL;
	char dummy[1];
	if (!err) {
		err = dummy;
		err_len = sizeof(dummy);
	}
	err[0] = '\0';
	memset(out, 0, sizeof(*out));
	out->syscall_nr = -1;
	rc = check_spec(spec, err, err_len);
	if (rc)
		return rc;
	r.limits = effective_limits(&spec->limits);
	r.mode = current_mode;

	rc = profile_filter(spec->profile, &filter, err, err_len);
	if (rc)
		return rc;
	exec_fd = open_program(spec->argv[0], err, err_len);
	if (exec_fd < 0)
		return exec_fd;
	ruleset = landlock_build(spec, exec_fd, &failing_path);
	if (ruleset < -1) {
		rc = ruleset;
		snprintf(err, err_len, "landlock rule for '%s': %s",
			 failing_path, strerror(-rc));
		goto out;
	}
	debug_log(spec, r.mode, ruleset);

	r.shared = mmap(NULL, sizeof(*r.shared), PROT_READ | PROT_WRITE,
			MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (r.shared == MAP_FAILED) {
		r.shared = NULL;
		rc = -errno;
		snprintf(err, err_len, "mmap: %s", strerror(-rc));
		goto out;
	}
	if (spec->stdin_fd < 0) {
		r.devnull = open("/dev/null", O_RDONLY | O_CLOEXEC);
		if (r.devnull < 0) {
			rc = -errno;
			snprintf(err, err_len, "/dev/null: %s", strerror(-rc));
			goto out;
		}
	}
	if (pipe2(outp, O_CLOEXEC) || pipe2(errp, O_CLOEXEC) ||
	    pipe2(syncp, O_CLOEXEC) ||
	    socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, ctlp)) {
		rc = -errno;
		snprintf(err, err_len, "pipes: %s", strerror(-rc));
		goto out;
	}

	ctx = (struct child_ctx){
		.as_root = geteuid() == 0,
		.uid = geteuid() == 0 ? RUNNER_SANDBOX_UID : geteuid(),
		.gid = geteuid() == 0 ? RUNNER_SANDBOX_GID : getegid(),
		.sync_fd = syncp[0],
		.ctl_fd = ctlp[1],
		.exec_fd = exec_fd,
		.ruleset_fd = ruleset,
		.stdin_fd = spec->stdin_fd >= 0 ? spec->stdin_fd : r.devnull,
		.stdout_fd = outp[1],
		.stderr_fd = errp[1],
		.scratch_dir = spec->scratch_dir,
		.argv = (char *const *)spec->argv,
		.envp = (char *const *)(spec->envp ? spec->envp : empty_env),
		.limits = &r.limits,
		.stack_bytes = profile_stack_bytes(spec->profile, &r.limits),
		.data_bytes = profile_data_bytes(spec->profile, &r.limits),
		.filter = filter,
		.shared = r.shared,
	};
	rc = start_child(&r, &ctx, syncp[1]);
	/* The child's ends are the child's now. */
	close_and_reset(&syncp[0]);
	close_and_reset(&syncp[1]);
	close_and_reset(&ctlp[1]);
	close_and_reset(&outp[1]);
	close_and_reset(&errp[1]);
	close_and_reset(&exec_fd);
	close_and_reset(&ruleset);
	close_and_reset(&r.devnull);
	r.out_r = outp[0];
	r.err_r = errp[0];
	r.ctl = ctlp[0];
	outp[0] = errp[0] = ctlp[0] = -1;
	if (rc && r.pid <= 0) {
		snprintf(err, err_len, "clone: %s", strerror(-rc));
		goto out;
	}
	if (rc)
		end_run(&r, RUN_LIMIT_NONE);

	event_loop(&r);
	if (wait4(r.pid, &status, 0, &init_ru) < 0)
		memset(&init_ru, 0, sizeof(init_ru));
	if (!r.end_us)
		r.end_us = monotonic_us();

	if (rc) {
		snprintf(err, err_len, "writing the uid map: %s",
			 strerror(-rc));
	} else if (r.setup_err) {
		rc = -r.setup_err;
		if (!strcmp(r.setup_step, "execve"))
			snprintf(err, err_len, "cannot execute '%s': %s%s",
				 spec->argv[0], strerror(r.setup_err),
				 geteuid() == 0 && r.setup_err == EACCES
					 ? " (as root, programs run as uid "
					   "65534 and must be executable by it)"
					 : "");
		else
			snprintf(err, err_len, "sandbox setup failed at %s: %s",
				 r.setup_step, strerror(r.setup_err));
	} else if (!r.shared->main_done && !r.killed && !r.out->blocked) {
		rc = -EIO;
		snprintf(err, err_len, "the sandbox's init ended unexpectedly");
	} else {
		fill_outcome(&r, &init_ru);
	}
out:
	close_and_reset(&r.out_r);
	close_and_reset(&r.err_r);
	close_and_reset(&r.ctl);
	close_and_reset(&r.listener);
	close_and_reset(&r.pidfd);
	close_and_reset(&r.devnull);
	close_and_reset(&outp[0]);
	close_and_reset(&outp[1]);
	close_and_reset(&errp[0]);
	close_and_reset(&errp[1]);
	close_and_reset(&ctlp[0]);
	close_and_reset(&ctlp[1]);
	close_and_reset(&syncp[0]);
	close_and_reset(&syncp[1]);
	close_and_reset(&exec_fd);
	close_and_reset(&ruleset);
	if (r.shared)
		munmap(r.shared, sizeof(*r.shared));
	return rc;
}
