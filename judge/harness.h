/*
 * harness.h: what function and design problems add to a build: the
 * driver's files for the language, the solution's name, and for C and C++
 * a main generated from the signature (docs/function-problems.md).
 */
#ifndef JUDGE_HARNESS_H
#define JUDGE_HARNESS_H

#include "build.h"
#include "diag.h"
#include "judge/problem.h"
#include "lang.h"

/* The signature as the driver protocol writes it, from "function" or
 * "design" to "end\n".  Caller frees; NULL when out of memory. */
char *harness_signature_block(const struct problem *p);
/* The same, with the parameter names of a design's constructor and methods
 * as "names WHAT NAME..." lines (for starter files, not drivers). */
char *harness_signature_block_named(const struct problem *p);

/* Owns the texts a build_extra points at. */
struct harness_files {
	char *names[16];
	char *texts[16];
	size_t count;
	char klass[128];
	char *suffix;   /* appended to the solution (Java's Node), or NULL */
};

/*
 * Fills x (pointing into hf) for building a solution of p with t.
 * Returns 0, or -1 with d set when the language has no harness or a
 * driver file is missing.
 */
int harness_prepare(const struct problem *p, const struct toolchain *t,
		    struct harness_files *hf, struct build_extra *x,
		    struct diag *d);
void harness_files_release(struct harness_files *hf);

#endif
