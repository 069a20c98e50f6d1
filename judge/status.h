/*
 * status.h: what a run's outcome means, as `judge exec` reports it.
 *
 * The runner measures and this file decides: a blocked syscall is SV, a
 * CPU or wall limit TLE, memory MLE, output or file size OLE, a signal or
 * a non-zero exit RE, anything else OK.
 */
#ifndef JUDGE_STATUS_H
#define JUDGE_STATUS_H

#include "judge/runner.h"

const char *run_status(const struct run_outcome *outcome);
/* "SIGSEGV" and so on; NULL when the run did not end by a signal. */
const char *run_signal_name(const struct run_outcome *outcome);

#endif
