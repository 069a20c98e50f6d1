/*
 * status.c: mapping a run outcome to a status.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "status.h"

const char *run_status(const struct run_outcome *o)
{
	if (o->blocked)
		return "SV";
	switch (o->limit) {
	case RUN_LIMIT_CPU:
	case RUN_LIMIT_WALL:
		return "TLE";
	case RUN_LIMIT_MEMORY:
		return "MLE";
	case RUN_LIMIT_OUTPUT:
	case RUN_LIMIT_FILE_SIZE:
		return "OLE";
	case RUN_LIMIT_NONE:
		break;
	}
	if (o->end == RUN_SIGNALED || o->exit_code != 0)
		return "RE";
	return "OK";
}

const char *run_signal_name(const struct run_outcome *o)
{
	static char buf[16];
	const char *abbrev;

	if (o->end != RUN_SIGNALED)
		return NULL;
	abbrev = sigabbrev_np(o->signal);
	if (!abbrev)
		snprintf(buf, sizeof(buf), "SIG%d", o->signal);
	else
		snprintf(buf, sizeof(buf), "SIG%s", abbrev);
	return buf;
}
