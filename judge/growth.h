/*
 * growth.h: deciding from measurements whether a solution's time grows
 * faster than its complexity budget allows (docs/complexity.md).
 *
 * Pure arithmetic on the points measure.c collects: no clocks, no
 * processes, so every rule is unit-tested on made-up data.
 */
#ifndef JUDGE_GROWTH_H
#define JUDGE_GROWTH_H

#include <stdbool.h>
#include <stddef.h>

#include "bigo.h"

/* One size: the fastest of the repeated times, in ms. */
struct growth_point {
	double n;
	double sol_ms;     /* < 0: not measured at this n */
	bool sol_capped;   /* stopped at the cap: at least sol_ms */
	double ref_ms;     /* < 0: not measured */
	double budget;     /* the budget's formula at n (any scale), > 0 */
};

/* Below this many floors a time is noise more than work. */
#define GROWTH_MEASURABLE 4

/* Sizes needed to compare with the reference (over a range of 4x or
 * more): with three, one disturbed measurement decides. */
#define GROWTH_MIN_SIZES 4

/* Against the reference: CLE when the solution's time, divided by the
 * reference's, grows at least as fast as n^GROWTH_REF_SLOPE and by at
 * least GROWTH_REF_EXCESS times over the sizes compared. */
#define GROWTH_REF_SLOPE 0.5
#define GROWTH_REF_EXCESS 3.0
/* Against the budget's formula, when the reference cannot be measured
 * where the solution can: a wider margin, since the formula knows nothing
 * of caches and start-up. */
#define GROWTH_BUDGET_SLOPE 0.7
#define GROWTH_BUDGET_EXCESS 8.0

enum growth_verdict {
	GROWTH_WITHIN,   /* grows as the budget allows */
	GROWTH_OVER,     /* grows faster: CLE */
	GROWTH_UNKNOWN,  /* too few measurable sizes to tell */
};

enum growth_basis { GROWTH_BY_REFERENCE, GROWTH_BY_BUDGET, GROWTH_BY_NONE };

struct growth_result {
	enum growth_verdict verdict;
	enum growth_basis basis;
	size_t lo, hi;         /* the points compared: [lo, hi] */
	double span;           /* n[hi] / n[lo] */
	double sol_growth;     /* the solution's time at hi over at lo */
	double base_growth;    /* the reference's (or the budget's) */
	double excess;         /* fitted growth of their ratio over span */
	double slope;          /* the same as a power of n */
	double slower;         /* times slower than the reference; 0: unknown */
	int estimate;          /* enum bigo_class, or -1: could not tell */
	int estimate_other;    /* the class it could also be, or -1 */
	char why[300];         /* one or two sentences for people */
};

/*
 * Decides from count points (ascending n).  floor_ms is the smallest time
 * that means something (timer resolution and call overhead); per_op says
 * the budget is per operation (design problems: the estimate is of the
 * time per operation).
 */
void growth_decide(const struct growth_point *pts, size_t count,
		   double floor_ms, bool per_op, struct growth_result *out);

#endif
