/*
 * growth.c: the complexity decision (growth.h).
 *
 * The rule compares growth, never absolute speed.  Over the sizes where
 * both the solution and the reference take a measurable time, it fits
 * the slope of log(solution / reference) against log n (Theil-Sen: the
 * median of the slopes between every two points, which one odd point
 * cannot drag).  A solution of the budget's class keeps a constant ratio
 * to the reference, whatever its constant factor; one a class above sees
 * the ratio grow like n (or n / log n).  Effects that are not the
 * algorithm's (caches, allocators, start-up) change the ratio by a
 * bounded factor, which the two margins in growth.h cover: a slope of
 * one half and a total excess of three times.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "growth.h"

#define MAX_FIT 64

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Theil-Sen slope of y on x over k points; 0 for fewer than two. */
static double theil_sen(const double *x, const double *y, size_t k)
{
	double slopes[MAX_FIT * (MAX_FIT - 1) / 2];
	size_t m = 0;

	for (size_t i = 0; i < k; i++)
		for (size_t j = i + 1; j < k; j++)
			if (x[j] > x[i])
				slopes[m++] = (y[j] - y[i]) / (x[j] - x[i]);
	if (!m)
		return 0;
	qsort(slopes, m, sizeof(*slopes), cmp_double);
	return m % 2 ? slopes[m / 2] : (slopes[m / 2 - 1] + slopes[m / 2]) / 2;
}

/* Least-squares slope of y on x, with its standard error. */
static double least_squares(const double *x, const double *y, size_t k,
			    double *se)
{
	double mx = 0, my = 0, sxx = 0, sxy = 0, rss = 0, b;

	for (size_t i = 0; i < k; i++) {
		mx += x[i] / (double)k;
		my += y[i] / (double)k;
	}
	for (size_t i = 0; i < k; i++) {
		sxx += (x[i] - mx) * (x[i] - mx);
		sxy += (x[i] - mx) * (y[i] - my);
	}
	b = sxx > 0 ? sxy / sxx : 0;
	for (size_t i = 0; i < k; i++) {
		double r = y[i] - my - b * (x[i] - mx);

		rss += r * r;
	}
	*se = k > 2 && sxx > 0 ? sqrt(rss / (double)(k - 2) / sxx) : INFINITY;
	return b;
}

static bool measured(double ms)
{
	return ms >= 0 && isfinite(ms);
}

/*
 * The class of the solution's own curve: the slope of log time against
 * log n, next to what each class's formula gives over the same sizes.
 * Two classes within reach of the slope's uncertainty: could not tell.
 */
static void estimate(const struct growth_point *pts, size_t count,
		     double floor_ms, bool per_op, struct growth_result *out)
{
	double x[MAX_FIT], y[MAX_FIT], fy[MAX_FIT], d[BIGO_CLASS_COUNT];
	double se, b, tol;
	size_t k = 0;

	out->estimate = out->estimate_other = -1;
	for (size_t i = 0; i < count && k < MAX_FIT; i++) {
		if (!measured(pts[i].sol_ms) || pts[i].sol_capped ||
		    pts[i].sol_ms < GROWTH_MEASURABLE * floor_ms)
			continue;
		x[k] = log(pts[i].n);
		y[k] = log(pts[i].sol_ms) - (per_op ? log(pts[i].n) : 0);
		k++;
	}
	if (k < 3 || x[k - 1] - x[0] < log(4))
		return;
	/* Growth is asymptotic: with enough sizes, the smallest third
	 * (where call overhead still shows) is left out. */
	if (k >= 6) {
		size_t drop = k / 3;

		memmove(x, x + drop, (k - drop) * sizeof(*x));
		memmove(y, y + drop, (k - drop) * sizeof(*y));
		k -= drop;
	}
	b = least_squares(x, y, k, &se);
	tol = fmax(0.15, 2 * se);
	for (int c = 0; c < BIGO_CLASS_COUNT; c++) {
		double fse;

		for (size_t i = 0; i < k; i++)
			fy[i] = bigo_class_log((enum bigo_class)c, exp(x[i]));
		d[c] = fabs(least_squares(x, fy, k, &fse) - b);
		if (out->estimate < 0 || d[c] < d[out->estimate])
			out->estimate = c;
	}
	if (d[out->estimate] > 0.35) {
		out->estimate = -1;
		return;
	}
	/* A neighbour as close, within the noise: could not tell which. */
	for (int c = out->estimate - 1; c <= out->estimate + 1; c += 2)
		if (c >= 0 && c < BIGO_CLASS_COUNT && d[c] <= tol &&
		    (out->estimate_other < 0 || d[c] < d[out->estimate_other]))
			out->estimate_other = c;
}

/* Fits log(sol) - log(base) over the chosen points: the growth of the
 * ratio, as an excess over the span and a power of n. */
static void fit_excess(const struct growth_point *pts, const size_t *idx,
		       size_t k, double floor_ms, bool by_ref,
		       struct growth_result *out)
{
	double x[MAX_FIT], y[MAX_FIT];
	const struct growth_point *lo, *hi;
	size_t kept[MAX_FIT];

	/* A capped time is a lower bound, often far below the truth: with
	 * enough sizes measured in full, the capped ones are left out. */
	if (k > 0 && pts[idx[k - 1]].sol_capped) {
		size_t full = 0;

		for (size_t i = 0; i < k; i++)
			full += !pts[idx[i]].sol_capped;
		if (full >= GROWTH_MIN_SIZES) {
			size_t j = 0;

			for (size_t i = 0; i < k; i++)
				if (!pts[idx[i]].sol_capped)
					kept[j++] = idx[i];
			idx = kept;
			k = j;
		}
	}
	/* Growth is asymptotic: with six sizes or more, the smallest third,
	 * where a call's fixed overhead hides the work, is left out of the
	 * comparison with the reference.  (Against the formula, which only
	 * ever finds OVER, the overhead can only hide growth: all sizes
	 * count.) */
	if (by_ref && k >= 6) {
		idx += k / 3;
		k -= k / 3;
	}
	lo = &pts[idx[0]];
	hi = &pts[idx[k - 1]];
	for (size_t i = 0; i < k; i++) {
		const struct growth_point *p = &pts[idx[i]];
		double base = by_ref ? p->ref_ms + floor_ms : p->budget;

		x[i] = log(p->n);
		y[i] = log(p->sol_ms + floor_ms) - log(base);
	}
	out->lo = idx[0];
	out->hi = idx[k - 1];
	out->span = hi->n / lo->n;
	out->slope = theil_sen(x, y, k);
	out->excess = exp(out->slope * log(out->span));
	out->sol_growth = (hi->sol_ms + floor_ms) / (lo->sol_ms + floor_ms);
	out->base_growth = by_ref ? (hi->ref_ms + floor_ms) /
					    (lo->ref_ms + floor_ms)
				  : hi->budget / lo->budget;
}

static void describe(const struct growth_point *pts,
		     struct growth_result *out)
{

	const char *base = out->basis == GROWTH_BY_REFERENCE
				   ? "the reference's"
				   : "the budget's formula";

	if (out->verdict == GROWTH_UNKNOWN) {
		snprintf(out->why, sizeof(out->why),
			 "too few sizes took a measurable time to compare "
			 "growth; not judged");
		return;
	}
	if (out->basis == GROWTH_BY_NONE) {
		snprintf(out->why, sizeof(out->why),
			 "its time stayed below what can be measured from "
			 "n=%.0f to n=%.0f: within the budget",
			 pts[out->lo].n, pts[out->hi].n);
		return;
	}
	snprintf(out->why, sizeof(out->why),
		 "from n=%.0f to n=%.0f the solution's time grew x%.3g%s, "
		 "%s x%.3g: %.2g times the growth, %s",
		 pts[out->lo].n, pts[out->hi].n, out->sol_growth,
		 pts[out->hi].sol_capped ? " or more (stopped at the cap)" : "",
		 base,
		 out->base_growth, out->excess,
		 out->verdict == GROWTH_OVER ? "more than the budget allows"
					     : "within the budget");
}

void growth_decide(const struct growth_point *pts, size_t count,
		   double floor_ms, bool per_op, struct growth_result *out)
{
	double least = GROWTH_MEASURABLE * floor_ms, ratio_log = 0;
	size_t idx[MAX_FIT], k = 0, first_ref = count, ratios = 0;

	memset(out, 0, sizeof(*out));
	out->verdict = GROWTH_UNKNOWN;
	out->basis = GROWTH_BY_NONE;
	if (count > MAX_FIT)
		count = MAX_FIT;
	estimate(pts, count, floor_ms, per_op, out);

	/* Against the reference: where it takes a measurable time, and the
	 * solution ran (a capped time is a lower bound, which only ever
	 * understates the growth). */
	for (size_t i = 0; i < count; i++)
		if (measured(pts[i].ref_ms) && pts[i].ref_ms >= least) {
			first_ref = i;
			break;
		}
	/* A reference below measurement at every size (O(1), O(log n)) is
	 * compared as it is: the floor added to both bounds what its
	 * unmeasurable growth could hide to a factor of GROWTH_MEASURABLE
	 * + 1, well inside the margins. */
	if (first_ref == count)
		first_ref = 0;
	for (size_t i = first_ref; i < count; i++) {
		if (!measured(pts[i].ref_ms) || !measured(pts[i].sol_ms))
			continue;
		idx[k++] = i;
		if (!pts[i].sol_capped) {
			ratio_log += log((pts[i].sol_ms + floor_ms) /
					 (pts[i].ref_ms + floor_ms));
			ratios++;
		}
	}
	if (ratios)
		out->slower = exp(ratio_log / (double)ratios);
	if (k >= GROWTH_MIN_SIZES && pts[idx[k - 1]].n / pts[idx[0]].n >= 4) {
		out->basis = GROWTH_BY_REFERENCE;
		fit_excess(pts, idx, k, floor_ms, true, out);
		out->verdict = out->slope >= GROWTH_REF_SLOPE &&
					       out->excess >= GROWTH_REF_EXCESS
				       ? GROWTH_OVER
				       : GROWTH_WITHIN;
		describe(pts, out);
		return;
	}
	/* Too few sizes against the reference: the solution hit the cap
	 * before the reference became measurable (an exponential solution
	 * against a cheap DP).  Its own growth where it is measurable,
	 * against the budget's formula, with wider margins. */
	k = 0;
	for (size_t i = 0; i < count; i++)
		if (measured(pts[i].sol_ms) && pts[i].sol_ms >= least &&
		    pts[i].budget > 0) {
			idx[k++] = i;
			}
	if (k >= 2 && pts[idx[k - 1]].n / pts[idx[0]].n >= 2) {
		struct growth_result by_budget = *out;

		by_budget.basis = GROWTH_BY_BUDGET;
		fit_excess(pts, idx, k, floor_ms, false, &by_budget);
		/* Only ever OVER: a solution stopped at the cap after a few
		 * sizes shows too little of its growth to be called within
		 * the budget. */
		if (by_budget.slope >= GROWTH_BUDGET_SLOPE &&
		    by_budget.excess >= GROWTH_BUDGET_EXCESS) {
			by_budget.verdict = GROWTH_OVER;
			*out = by_budget;
		}
	} else {
		size_t lo = count, hi = 0;
		bool below = true;

		/* Never measurable at all, over a wide range of sizes: it
		 * does not grow, as O(1) and O(log n) do not. */
		for (size_t i = 0; i < count; i++) {
			if (!measured(pts[i].sol_ms))
				continue;
			below &= pts[i].sol_ms < least && !pts[i].sol_capped;
			lo = lo < count ? lo : i;
			hi = i;
		}
		if (below && lo < count && pts[hi].n / pts[lo].n >= 16) {
			out->verdict = GROWTH_WITHIN;
			out->lo = lo;
			out->hi = hi;
			out->span = pts[hi].n / pts[lo].n;
		}
	}
	describe(pts, out);
}
