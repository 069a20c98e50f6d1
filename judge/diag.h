/*
 * diag.h: one error about an input file, with where and what to do.
 *
 * Loaders fill a diag instead of printing, so that callers decide how to
 * show it and tests can look at it.
 */
#ifndef JUDGE_DIAG_H
#define JUDGE_DIAG_H

#include <stdio.h>

struct diag {
	char file[512];
	int line;    /* 1-based; 0 when unknown */
	int column;  /* 1-based; 0 when unknown */
	char message[512];
	char hint[256]; /* what to do next; may be empty */
};

void diag_clear(struct diag *d);
/* Sets the location and message; keeps no hint. */
void diag_set(struct diag *d, const char *file, int line, int column,
	      const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void diag_hint(struct diag *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* "judge: FILE:LINE:COL: error: MESSAGE" and a hint line. */
void diag_print(const struct diag *d, FILE *f);

#endif
