/*
 * compare.h: comparing a solution's output with the expected output.
 *
 * The built-in checkers of docs/problem-format.md; custom checker
 * programs run in the sandbox and live in the judging engine.  Every
 * comparison takes (buf, len) pairs and never allocates more than the
 * outputs' size, so it can be fuzzed.
 */
#ifndef JUDGE_COMPARE_H
#define JUDGE_COMPARE_H

#include <stdbool.h>
#include <stddef.h>

#include "judge/problem.h"

struct compare_result {
	bool same;
	/* When not the same: a person's explanation, and the 1-based line
	 * of the expected and the actual output where they part (0 when
	 * that does not apply, as for unordered checkers). */
	char message[256];
	size_t expected_line;
	size_t actual_line;
};

/* Compares with a built-in checker (any kind but CHECKER_CUSTOM). */
void compare_output(const struct checker_spec *c, const char *expected,
		  size_t expected_len, const char *actual, size_t actual_len,
		  struct compare_result *r);

#endif
