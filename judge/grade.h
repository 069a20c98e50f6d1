/*
 * grade.h: judging one solution against one problem.
 *
 * Compiles (through the cache), prepares generated tests, runs every test
 * in the sandbox (in parallel when asked), checks outputs, and decides the
 * verdict.  The result is plain data for report.c.
 */
#ifndef JUDGE_GRADE_H
#define JUDGE_GRADE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "build.h"
#include "compare.h"
#include "diag.h"
#include "growth.h"
#include "judge/problem.h"
#include "judge/verdict.h"
#include "lang.h"

struct grade_opts {
	unsigned jobs;          /* tests at once; 0 means one per CPU */
	bool stop_on_failure;
	const char *only;       /* NULL, "sample", or one test's name */
	const char *lang;       /* toolchain id; NULL: from the extension */
	/* Run without comparing: every test that runs cleanly is AC and
	 * keeps its output (for --input, which has no expected output). */
	bool capture;
	/* The complexity check (docs/complexity.md), for problems with a
	 * budget: skip it, or run only it (no tests). */
	bool no_complexity;
	bool complexity_only;
	/* Called when the complexity check starts; may be NULL. */
	void (*stage)(void *ctx, const char *what);
	/* Called from worker threads as tests finish; may be NULL. */
	void (*progress)(void *ctx, size_t done, size_t total);
	void *progress_ctx;
};

/* Bytes of input, expected and actual output kept to show a failure. */
#define GRADE_EXCERPT 2048

struct test_result {
	const struct test_spec *spec;
	bool selected;          /* part of this run (--only) */
	bool ran;
	bool remeasured;        /* close to a limit: measured again alone */
	enum verdict verdict;
	uint64_t cpu_ms, wall_ms, memory_kb;
	char message[320];      /* why it did not pass */
	struct compare_result check;
	/* For a failed test: excerpts around the first difference, and the
	 * line numbers their first lines have in the full texts. */
	char *input, *expected, *actual, *stderr_text;
	size_t expected_from, actual_from;
	char *output_text;      /* with grade_opts.capture: the output */
	/* For a failed test: its input and expected output files, which
	 * outlive the judging (judge run --keep-failed copies them). */
	char *input_path, *answer_path;
};

/* Sizes the complexity check can try: n doubles from the problem's
 * smallest size, and 2^24 is past any budget's largest. */
#define COMPLEXITY_MAX_POINTS 24

struct complexity_result {
	bool ran;              /* measured (not skipped, not failed) */
	char budget[64];       /* "O(n log n)" */
	char reference[256];   /* the reference solution it was timed against */
	bool per_op;           /* design problems: the budget is per call */
	double floor_ms;       /* the smallest time that means something */
	double cap_ms;         /* a solution's call was stopped at this */
	struct growth_point points[COMPLEXITY_MAX_POINTS];
	size_t point_count;
	struct growth_result growth;
	uint64_t wall_ms;      /* the time the check took */
	char skipped[160];     /* why it did not run, or "" */
};

struct grade {
	const struct problem *problem;
	const struct toolchain *toolchain;
	char solution[4096];
	struct build build;
	enum verdict verdict;
	size_t first_failure;   /* index into tests, or SIZE_MAX */
	char message[512];      /* for CE and IE: what happened */
	struct test_result *tests;
	size_t test_count;
	size_t selected_count;
	uint64_t wall_ms;       /* the whole judging */
	struct complexity_result complexity;
};

/*
 * Judges solution.  Returns 0 with g filled in, whatever the verdict (an
 * internal error during judging is verdict IE with g->message).  Returns
 * -1 with d set for bad input: no toolchain for the file, an unknown
 * --lang, a test name --only does not know.
 */
int grade_solution(const struct problem *p, const struct toolchains *tc,
		   const char *solution, const struct grade_opts *opts,
		   struct grade *g, struct diag *d);
void grade_release(struct grade *g);

#endif
