/*
 * verdict.h: the verdicts of design.md, shared by the judging core, its
 * reports and the problem format (a solution's expected verdict).
 */
#ifndef JUDGE_VERDICT_H
#define JUDGE_VERDICT_H

#include <stdbool.h>

enum verdict {
	VERDICT_AC,  /* accepted */
	VERDICT_WA,  /* wrong answer */
	VERDICT_TLE, /* time limit exceeded (CPU or wall) */
	VERDICT_MLE, /* memory limit exceeded */
	VERDICT_OLE, /* output limit exceeded */
	VERDICT_RE,  /* runtime error: signal or non-zero exit */
	VERDICT_SV,  /* security violation: the sandbox blocked a syscall */
	VERDICT_CE,  /* compile error */
	VERDICT_CLE, /* complexity limit exceeded */
	VERDICT_IE,  /* internal error: the judge's fault, never the solution's */
	VERDICT_COUNT
};

/* "AC", "WA", ...; NULL when out of range. */
const char *verdict_name(enum verdict v);
/* A short phrase: "accepted", "wrong answer", ... */
const char *verdict_description(enum verdict v);
/* Returns 0 and sets *out for "AC" .. "IE" (exact case), else -1. */
int verdict_parse(const char *name, enum verdict *out);

#endif
