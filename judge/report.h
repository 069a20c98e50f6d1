/*
 * report.h: showing a grade to people and to machines.
 */
#ifndef JUDGE_REPORT_H
#define JUDGE_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "grade.h"
#include "problem.h"

struct report_style {
	bool color;
};

/* The terminal report: header, test table, verdict, first failure. */
void report_text(FILE *f, const struct grade *g,
		 const struct report_style *st);
/* One JSON object (docs/run-json.md). */
void report_json(FILE *f, const struct grade *g);
/* The complexity check's chart as an SVG document (--plot).  0, or
 * -errno when writing failed; -ENODATA when the check did not run. */
int report_plot_svg(FILE *f, const struct grade *g);

#endif
