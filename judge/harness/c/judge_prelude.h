/*
 * judge_prelude.h: what LeetCode's C environment gives a solution.
 *
 * Included before the solution (docs/function-problems.md): the standard
 * C headers, uthash and LeetCode's ListNode and TreeNode, so that a
 * solution written for LeetCode compiles unmodified.  Nothing else is
 * declared here: solutions define their own max, min and friends, and
 * any short name declared here could clash with theirs.  Headers whose
 * macros take common short names (complex.h's I, iso646.h's and/or/not,
 * stdnoreturn.h's noreturn) are left out for the same reason.  The
 * driver's own code comes after the solution, in judge_runtime.h.
 */
#ifndef JUDGE_PRELUDE_H
#define JUDGE_PRELUDE_H

#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <uthash.h>

/* LeetCode's definitions, exactly (its C stubs show them commented out). */
struct ListNode {
	int val;
	struct ListNode *next;
};

struct TreeNode {
	int val;
	struct TreeNode *left;
	struct TreeNode *right;
};

#endif
