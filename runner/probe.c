/*
 * probe.c: which sandbox layers this machine gives this user, for
 * `judge doctor`.  Every probe is harmless and quick.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runner-private.h"

static const char *const layer_names[RUN_LAYER_COUNT] = {
	[RUN_LAYER_SECCOMP] = "seccomp",
	[RUN_LAYER_LANDLOCK] = "landlock",
	[RUN_LAYER_USERNS] = "namespaces",
	[RUN_LAYER_RLIMITS] = "rlimits",
	[RUN_LAYER_UID_DROP] = "uid_drop",
};

const char *run_layer_name(enum run_layer layer)
{
	if ((unsigned)layer >= RUN_LAYER_COUNT)
		return NULL;
	return layer_names[layer];
}

static void probe_seccomp(struct run_layer_status *st)
{
	uint32_t action = SECCOMP_RET_USER_NOTIF;

	st->active = syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0,
			     &action) == 0;
	snprintf(st->detail, sizeof(st->detail), "%s",
		 st->active ? "allowlist per profile, blocked calls named "
			      "through user notification"
			    : "kernel lacks seccomp user notification (5.5+)");
}

static void probe_landlock(struct run_layer_status *st)
{
	int abi = landlock_abi();

	st->active = abi >= 1;
	if (!st->active)
		snprintf(st->detail, sizeof(st->detail),
			 "unavailable: no filesystem confinement; the program "
			 "can read what the sandbox uid can read");
	else if (abi < 4)
		snprintf(st->detail, sizeof(st->detail),
			 "ABI %d: filesystem confined; TCP and signal scoping "
			 "need ABI 4 and 6 (seccomp still blocks sockets)",
			 abi);
	else if (abi < 6)
		snprintf(st->detail, sizeof(st->detail),
			 "ABI %d: filesystem and TCP confined; signal scoping "
			 "needs ABI 6 (the pid namespace covers it)", abi);
	else
		snprintf(st->detail, sizeof(st->detail),
			 "ABI %d: filesystem, TCP, signals and abstract "
			 "sockets confined", abi);
}

static void probe_namespaces(struct run_layer_status *st)
{
	unsigned long flags = CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWIPC |
			      SIGCHLD;
	long pid = syscall(SYS_clone, flags, NULL, NULL, NULL, 0);
	int status, err = errno;

	if (pid == 0)
		_exit(0);
	if (pid > 0) {
		waitpid((pid_t)pid, &status, 0);
		st->active = true;
		snprintf(st->detail, sizeof(st->detail),
			 "user, pid and IPC namespaces per run");
		return;
	}
	if (geteuid() == 0) {
		st->active = true;
		snprintf(st->detail, sizeof(st->detail),
			 "no user namespaces (%s); as root: pid and IPC "
			 "namespaces, process limit shared by all runs",
			 strerror(err));
		return;
	}
	st->active = false;
	snprintf(st->detail, sizeof(st->detail),
		 "unavailable (%s): runs are contained by a process group; "
		 "the process limit is not enforced", strerror(err));
}

void runner_probe(struct run_layer_status status[RUN_LAYER_COUNT])
{
	memset(status, 0, sizeof(*status) * RUN_LAYER_COUNT);
	probe_seccomp(&status[RUN_LAYER_SECCOMP]);
	probe_landlock(&status[RUN_LAYER_LANDLOCK]);
	probe_namespaces(&status[RUN_LAYER_USERNS]);
	status[RUN_LAYER_RLIMITS].active = true;
	snprintf(status[RUN_LAYER_RLIMITS].detail,
		 sizeof(status[RUN_LAYER_RLIMITS].detail),
		 "CPU and wall clock watched to the millisecond; memory, "
		 "output, file size, descriptors, processes");
	status[RUN_LAYER_UID_DROP].active = geteuid() == 0;
	snprintf(status[RUN_LAYER_UID_DROP].detail,
		 sizeof(status[RUN_LAYER_UID_DROP].detail), "%s",
		 geteuid() == 0 ? "running as root: programs run as uid/gid "
				  "65534 with no supplementary groups"
				: "not root: programs run as you, confined by "
				  "the layers above");
}
