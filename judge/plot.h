/*
 * plot.h: how a solution's time grows with n, next to the reference's
 * and the complexity budget, drawn for a terminal and as an SVG file.
 *
 * Both axes are logarithmic.  Only finite values > 0 are drawn; anything
 * else (not measured, zero, NaN) is skipped, so any input draws without
 * dividing by zero.  Neither function allocates, keeps state or exits;
 * both only read *p, which stays owned by the caller.
 */
#ifndef JUDGE_PLOT_H
#define JUDGE_PLOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct plot_point {
	double n;             /* the size, > 0 */
	double solution_ms;   /* the solution's time at n; < 0: not measured */
	double reference_ms;  /* the reference's time at n; < 0: not measured */
	double budget_ms;     /* the budget's curve at n, already scaled by the
			       * caller to sit on the reference; < 0: none */
	bool solution_capped; /* the solution was stopped at solution_ms: its
			       * time is at least that */
};

struct plot {
	const char *title;            /* "two-sum: sol.py against the O(n) budget" */
	const char *solution_label;   /* "sol.py"; NULL: "solution" */
	const char *reference_label;  /* "reference (ref.py)"; NULL: "reference" */
	const char *budget_label;     /* "O(n)"; NULL: no budget curve */
	const struct plot_point *points; /* ascending n */
	size_t count;
};

/*
 * Draws the chart in a plot area of width x height character cells (clamped
 * to 8..200 x 2..80), with time labels on its left, size labels below, the
 * title above and a legend line below: height + 4 lines of at most
 * width + 16 columns.  Markers: solution 'o' ('^' where it was stopped at
 * the cap), reference '+', budget '.'; where they meet the solution's wins.
 * ANSI colour only when colour is true.  Control characters and invalid
 * UTF-8 in the labels are shown as '?'.  Write errors are left in
 * ferror(out).
 */
void plot_text(FILE *out, const struct plot *p, int width, int height,
	       bool colour);

/*
 * Writes a standalone 640x400 SVG document: log-log axes with decade
 * gridlines and tick labels ("10k", "100 µs"), the reference and the
 * solution as lines with markers, the budget dashed, capped solution points
 * as open markers with an upward arrow, the title, axis titles and a
 * legend.  Text is escaped; control characters and invalid UTF-8 become '?'.
 * Returns 0, or -errno when writing to out failed (the document is then
 * incomplete).
 */
int plot_svg(FILE *out, const struct plot *p);

#endif
