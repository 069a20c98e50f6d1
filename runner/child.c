/*
 * child.c: the two sandboxed processes, init and the program.
 *
 * init is what runner_run() clone()s: pid 1 of a fresh pid namespace when
 * the machine allows it.  It drops to the sandbox uid, becomes a session
 * leader (no controlling terminal), vfork()s the program and reaps every
 * process of the run, adding up their CPU time and peak memory for the
 * parent.  When the program's first process ends, init kills the rest of
 * its process group, so a double-forked daemon dies with the run.
 *
 * The program's path is one straight line of small steps in the order
 * style.md gives: descriptors, rlimits, process group, no_new_privs,
 * PDEATHSIG, landlock, seccomp, execveat.  After seccomp only two syscalls
 * run, both allowed by rules that only ever match our own fixed fds: the
 * sendmsg() that hands the seccomp listener to the parent and the
 * execveat() of the program.
 *
 * Everything here runs after a raw clone() of a possibly multithreaded
 * judge, or in a vfork child sharing init's memory: no malloc, no stdio,
 * no return, and raw syscalls wherever glibc would involve other threads.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runner-private.h"

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

/* The program's process group, as init sees it; 0 until it exists. */
static volatile pid_t program_pgid;

static _Noreturn void fail(int ctl_fd, const char *step, int err)
{
	struct ctl_msg msg = { .kind = CTL_ERROR, .err = err };

	strncpy(msg.step, step, sizeof(msg.step) - 1);
	(void)!write(ctl_fd, &msg, sizeof(msg));
	_exit(127);
}

static int set_limit(int resource, uint64_t soft, uint64_t hard)
{
	struct rlimit rl = { .rlim_cur = soft, .rlim_max = hard };

	return setrlimit(resource, &rl);
}

/* Rlimits are per process; the tree as a whole is bounded by init. */
static int apply_rlimits(const struct child_ctx *ctx)
{
	const struct run_limits *lim = ctx->limits;

	/* RLIMIT_CPU counts whole seconds: a backstop only, the parent
	 * enforces the precise limit. */
	uint64_t cpu_s = lim->cpu_ms / 1000 + 2;

	if (set_limit(RLIMIT_CPU, cpu_s, cpu_s + 1) ||
	    /* Memory is judged on peak RSS; this is the backstop. */
	    set_limit(RLIMIT_DATA, ctx->data_bytes, ctx->data_bytes) ||
	    set_limit(RLIMIT_STACK, ctx->stack_bytes, ctx->stack_bytes) ||
	    set_limit(RLIMIT_FSIZE, lim->file_bytes, lim->file_bytes) ||
	    set_limit(RLIMIT_NOFILE, lim->open_files, lim->open_files) ||
	    /* Counted per user namespace; without one it would count
	     * every process of the user (docs/sandbox.md). */
	    /* every process and thread counts, init too: hence the +1. */
	    (ctx->mode != RUN_MODE_PLAIN &&
	     set_limit(RLIMIT_NPROC, lim->processes + 1,
		       lim->processes + 1)) ||
	    set_limit(RLIMIT_CORE, 0, 0) ||
	    set_limit(RLIMIT_MEMLOCK, 0, 0) ||
	    set_limit(RLIMIT_MSGQUEUE, 0, 0))
		return -errno;
	return 0;
}

static void hand_over_listener(int listener)
{
	struct ctl_msg msg = { .kind = CTL_READY };
	char cbuf[CMSG_SPACE(sizeof(int))];
	struct iovec iov = { .iov_base = &msg, .iov_len = sizeof(msg) };
	struct msghdr mh = {
		.msg_iov = &iov,
		.msg_iovlen = 1,
		.msg_control = cbuf,
		.msg_controllen = sizeof(cbuf),
	};
	struct cmsghdr *cm;

	memset(cbuf, 0, sizeof(cbuf));
	cm = CMSG_FIRSTHDR(&mh);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	cm->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(cm), &listener, sizeof(int));
	(void)!sendmsg(RUNNER_CTL_FD, &mh, MSG_NOSIGNAL);
}

static _Noreturn void program_main(const struct child_ctx *ctx)
{
	sigset_t none;
	int listener, err;

	/* init blocked SIGUSR1 around vfork(); exec keeps the mask. */
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	/* Own process group: init kills it as a whole.  seccomp forbids
	 * setsid/setpgid afterwards, so nothing can leave it. */
	if (setpgid(0, 0))
		fail(ctx->ctl_fd, "setpgid", errno);

	/* Descriptors: the three streams, the two fixed fds, and nothing
	 * else survives exec. */
	if (dup2(ctx->stdin_fd, 0) < 0 || dup2(ctx->stdout_fd, 1) < 0 ||
	    dup2(ctx->stderr_fd, 2) < 0)
		fail(ctx->ctl_fd, "dup2", errno);
	if (dup3(ctx->exec_fd, RUNNER_EXEC_FD, O_CLOEXEC) < 0 ||
	    dup3(ctx->ctl_fd, RUNNER_CTL_FD, O_CLOEXEC) < 0)
		fail(ctx->ctl_fd, "dup3", errno);
	if (syscall(SYS_close_range, 3, ~0U, CLOSE_RANGE_CLOEXEC))
		fail(RUNNER_CTL_FD, "close_range", errno);

	if (chdir(ctx->scratch_dir))
		fail(RUNNER_CTL_FD, "chdir", errno);
	err = apply_rlimits(ctx);
	if (err)
		fail(RUNNER_CTL_FD, "setrlimit", -err);

	/* No setuid or file-capability gains, and a precondition of both
	 * landlock and an unprivileged seccomp filter. */
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
		fail(RUNNER_CTL_FD, "no_new_privs", errno);
	/* If init dies (killed by the parent), the program goes too. */
	if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0))
		fail(RUNNER_CTL_FD, "pdeathsig", errno);
	if (ctx->ruleset_fd >= 0 &&
	    syscall(SYS_landlock_restrict_self, ctx->ruleset_fd, 0))
		fail(RUNNER_CTL_FD, "landlock_restrict_self", errno);

	listener = (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
				SECCOMP_FILTER_FLAG_NEW_LISTENER, ctx->filter);
	if (listener < 0)
		fail(RUNNER_CTL_FD, "seccomp", errno);
	hand_over_listener(listener);
	syscall(SYS_execveat, RUNNER_EXEC_FD, "", ctx->argv, ctx->envp,
		AT_EMPTY_PATH);
	fail(RUNNER_CTL_FD, "execve", errno);
}

/* SIGUSR1 from the parent: a limit was hit, end the run now. */
static void on_kill_request(int sig)
{
	(void)sig;
	if (program_pgid > 0)
		kill(-program_pgid, SIGKILL);
}

static void drop_privileges(const struct child_ctx *ctx)
{
	if (ctx->mode == RUN_MODE_USERNS) {
		char byte;

		/* Wait until the parent has written our uid/gid maps. */
		if (read(ctx->sync_fd, &byte, 1) != 1)
			fail(ctx->ctl_fd, "sync", EPIPE);
	}
	/* Raw syscalls: glibc's wrappers broadcast the change to every
	 * thread it believes the process has, and after a raw clone() from
	 * a threaded judge those threads are the parent's, so the wrapper
	 * would wait for them forever.  We are the only thread here. */
	if (ctx->as_root && syscall(SYS_setgroups, 0, NULL))
		fail(ctx->ctl_fd, "setgroups", errno);
	if (syscall(SYS_setresgid, ctx->gid, ctx->gid, ctx->gid))
		fail(ctx->ctl_fd, "setresgid", errno);
	if (syscall(SYS_setresuid, ctx->uid, ctx->uid, ctx->uid))
		fail(ctx->ctl_fd, "setresuid", errno);
}

static void account(struct run_shared *shared, const struct rusage *ru)
{
	uint64_t us = (uint64_t)ru->ru_utime.tv_sec * 1000000 +
		      (uint64_t)ru->ru_utime.tv_usec +
		      (uint64_t)ru->ru_stime.tv_sec * 1000000 +
		      (uint64_t)ru->ru_stime.tv_usec;

	shared->cpu_us += us;
	if ((uint64_t)ru->ru_maxrss > shared->maxrss_kb)
		shared->maxrss_kb = (uint64_t)ru->ru_maxrss;
}

_Noreturn void child_init_main(const struct child_ctx *ctx)
{
	struct sigaction sa;
	sigset_t usr1;
	pid_t pid;

	drop_privileges(ctx);
	/* A new session: no controlling terminal to open or ioctl. */
	if (setsid() < 0)
		fail(ctx->ctl_fd, "setsid", errno);
	if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0))
		fail(ctx->ctl_fd, "pdeathsig", errno);
	/* Without a pid namespace, orphans must still come back to us. */
	if (ctx->mode == RUN_MODE_PLAIN &&
	    prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0))
		fail(ctx->ctl_fd, "subreaper", errno);

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_kill_request;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGUSR1, &sa, NULL))
		fail(ctx->ctl_fd, "sigaction", errno);

	/* A kill request that arrives before program_pgid is known must
	 * wait for it, not be lost. */
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigprocmask(SIG_BLOCK, &usr1, NULL);
	pid = vfork();
	if (pid < 0)
		fail(ctx->ctl_fd, "vfork", errno);
	if (pid == 0)
		program_main(ctx);
	program_pgid = pid;
	sigprocmask(SIG_UNBLOCK, &usr1, NULL);
	/* The program has exec'd (or failed); our copy of the control
	 * socket must go so that the parent sees EOF. */
	close(ctx->ctl_fd);

	for (;;) {
		struct rusage ru;
		int status;
		pid_t got = wait4(-1, &status, __WALL, &ru);

		if (got < 0) {
			if (errno == EINTR)
				continue;
			break; /* ECHILD: everything is reaped */
		}
		account(ctx->shared, &ru);
		if (got == pid) {
			ctx->shared->main_status = status;
			ctx->shared->main_done = 1;
			/* The run ends with its first process. */
			kill(-pid, SIGKILL);
		}
	}
	ctx->shared->init_done = 1;
	_exit(0);
}
