/*
 * report.c: a grade for people (an aligned table, colour on a terminal,
 * the first failure shown with its input and the difference) and for
 * machines (JSON, docs/run-json.md).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "json.h"
#include "plot.h"
#include "report.h"
#include "term.h"

#define RED "\033[31m"
#define GREEN "\033[32m"

static const char *col(const struct report_style *st, const char *code)
{
	return st->color ? code : "";
}

static void print_memory(FILE *f, uint64_t kb)
{
	if (kb >= 1024)
		fprintf(f, "%6.1f MiB", (double)kb / 1024);
	else
		fprintf(f, "%6llu KiB", (unsigned long long)kb);
}

/* Prints text indented under a title. */
static void print_block(FILE *f, const struct report_style *st,
			const char *title, const char *text)
{
	const char *p = text;

	fprintf(f, "%s%s%s\n", col(st, TERM_BOLD), title, col(st, TERM_RESET));
	if (!text || !*text) {
		fprintf(f, "    %s(empty)%s\n", col(st, TERM_DIM),
			col(st, TERM_RESET));
		return;
	}
	while (*p) {
		size_t n = strcspn(p, "\n");

		fprintf(f, "    %.*s\n", (int)n, p);
		p += n;
		if (*p == '\n')
			p++;
	}
}

/*
 * Prints an output excerpt with line numbers; the line `mark` (numbered
 * like the full output; 0 for none) is pointed at with '>' and, on a
 * terminal, coloured, so the first difference stands out.
 */
static void print_numbered(FILE *f, const struct report_style *st,
			   const char *title, const char *text, size_t from,
			   size_t mark, const char *color)
{
	const char *p = text;
	size_t line = from ? from : 1;

	fprintf(f, "%s%s%s\n", col(st, TERM_BOLD), title, col(st, TERM_RESET));
	if (!text || !*text) {
		fprintf(f, "    %s(empty)%s\n", col(st, TERM_DIM),
			col(st, TERM_RESET));
		return;
	}
	while (*p) {
		size_t n = strcspn(p, "\n");
		bool here = line == mark;

		if (n == 3 && !strncmp(p, "...", 3) && !p[3])
			fprintf(f, "  %s  ...%s\n", col(st, TERM_DIM),
				col(st, TERM_RESET));
		else
			fprintf(f, "  %s%5zu %c%s %s%.*s%s\n",
				col(st, TERM_DIM), line, here ? '>' : '|',
				col(st, TERM_RESET), here ? col(st, color) : "",
				(int)n, p, here ? col(st, TERM_RESET) : "");
		p += n;
		if (*p == '\n')
			p++;
		line++;
	}
}

static void print_header(FILE *f, const struct grade *g,
			 const struct report_style *st)
{
	const struct problem *p = g->problem;

	fprintf(f, "%s%s%s · %s · %s\n", col(st, TERM_BOLD), p->id,
		col(st, TERM_RESET), p->title, difficulty_name(p->difficulty));
	if (g->toolchain)
		fprintf(f, "solution  %s (%s, %s)\n", g->solution,
			g->toolchain->name, g->build.version);
	if (g->build.cached)
		fprintf(f, "compile   cached\n");
	else if (g->build.ok)
		fprintf(f, "compile   ok in %llu ms\n",
			(unsigned long long)g->build.ms);
}

static void print_table(FILE *f, const struct grade *g,
			const struct report_style *st)
{
	size_t width = 4;

	for (size_t i = 0; i < g->test_count; i++)
		if (g->tests[i].selected &&
		    strlen(g->tests[i].spec->name) > width)
			width = strlen(g->tests[i].spec->name);
	fprintf(f, "\n  %3s  %-*s  %-7s %8s %8s %10s\n", "#", (int)width,
		"test", "result", "cpu ms", "wall ms", "memory");
	for (size_t i = 0; i < g->test_count; i++) {
		const struct test_result *r = &g->tests[i];
		const char *name;

		if (!r->selected)
			continue;
		name = r->ran ? verdict_name(r->verdict) : "-";
		fprintf(f, "  %3zu  %-*s  %s%-7s%s", i + 1, (int)width,
			r->spec->name,
			r->ran ? col(st, term_status_color(name)) : "", name,
			r->ran ? col(st, TERM_RESET) : "");
		if (r->ran) {
			fprintf(f, " %8llu %8llu ", (unsigned long long)r->cpu_ms,
				(unsigned long long)r->wall_ms);
			print_memory(f, r->memory_kb);
		} else {
			fprintf(f, " %8s %8s %10s", "", "", "not run");
		}
		if (r->remeasured)
			fprintf(f, "  %s(measured alone)%s", col(st, TERM_DIM),
				col(st, TERM_RESET));
		if (r->spec->sample)
			fprintf(f, "  %ssample%s", col(st, TERM_DIM),
				col(st, TERM_RESET));
		fputc('\n', f);
	}
}

static void print_failure(FILE *f, const struct grade *g,
			  const struct report_style *st)
{
	const struct test_result *r = &g->tests[g->first_failure];

	fprintf(f, "\n");
	print_block(f, st, "input", r->input);
	if (r->verdict == VERDICT_WA && r->expected) {
		print_numbered(f, st, "expected", r->expected, r->expected_from,
			       r->check.expected_line, GREEN);
		print_numbered(f, st, "got", r->actual, r->actual_from,
			       r->check.actual_line, RED);
	}
	if (r->stderr_text && r->stderr_text[0])
		print_block(f, st, g->problem->kind == PROBLEM_STDIO
					   ? "stderr"
					   : "stdout (what the solution printed)",
			    r->stderr_text);
}

/* ---- the complexity check */

/* The budget's formula scaled to meet the reference's curve (least
 * squares in log space over the points where the reference was
 * measured), so the two can be compared by eye; -1 without a reference. */
static double budget_ms(const struct complexity_result *c, size_t k)
{
	double sum = 0;
	size_t n = 0;

	for (size_t i = 0; i < c->point_count; i++) {
		const struct growth_point *pt = &c->points[i];

		if (pt->ref_ms > 0 && pt->budget > 0) {
			sum += log(pt->ref_ms) - log(pt->budget);
			n++;
		}
	}
	if (!n || c->points[k].budget <= 0)
		return -1;
	return c->points[k].budget * exp(sum / (double)n);
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

static size_t plot_points(const struct grade *g, bool with_problem,
			  struct plot *pl, struct plot_point *pts, char *title,
			  size_t title_len, char *ref_label, size_t ref_len)
{
	const struct complexity_result *c = &g->complexity;

	for (size_t k = 0; k < c->point_count; k++) {
		pts[k].n = c->points[k].n;
		pts[k].solution_ms = c->points[k].sol_ms;
		pts[k].solution_capped = c->points[k].sol_capped;
		pts[k].reference_ms = c->points[k].ref_ms;
		pts[k].budget_ms = budget_ms(c, k);
	}
	/* The terminal's report already names the problem above. */
	if (with_problem)
		snprintf(title, title_len, "%.80s: %.100s against the %s "
			 "budget%s", g->problem->id, base_name(g->solution),
			 c->budget, c->per_op ? " per call" : "");
	else
		snprintf(title, title_len, "%.100s against %s%s",
			 base_name(g->solution), c->budget,
			 c->per_op ? " per call" : "");
	snprintf(ref_label, ref_len, "reference (%.200s)",
		 base_name(c->reference));
	memset(pl, 0, sizeof(*pl));
	pl->title = title;
	pl->solution_label = base_name(g->solution);
	pl->reference_label = ref_label;
	pl->budget_label = c->budget;
	pl->points = pts;
	pl->count = c->point_count;
	return c->point_count;
}

int report_plot_svg(FILE *f, const struct grade *g)
{
	struct plot_point pts[COMPLEXITY_MAX_POINTS];
	char title[320], ref[300];
	struct plot pl;

	if (!g->complexity.ran)
		return -ENODATA;
	plot_points(g, true, &pl, pts, title, sizeof(title), ref, sizeof(ref));
	return plot_svg(f, &pl);
}

static const char *estimate_text(const struct growth_result *gr, char *buf,
				 size_t len)
{
	if (gr->estimate < 0)
		return "could not tell";
	if (gr->estimate_other >= 0)
		snprintf(buf, len, "%s or %s (could not tell which)",
			 bigo_class_name((enum bigo_class)gr->estimate),
			 bigo_class_name((enum bigo_class)gr->estimate_other));
	else
		snprintf(buf, len, "%s",
			 bigo_class_name((enum bigo_class)gr->estimate));
	return buf;
}

static void print_complexity(FILE *f, const struct grade *g,
			     const struct report_style *st)
{
	const struct complexity_result *c = &g->complexity;
	const struct growth_result *gr = &c->growth;
	struct plot_point pts[COMPLEXITY_MAX_POINTS];
	char title[320], ref[300], est[96];
	const char *word;
	struct plot pl;

	if (!g->problem->complexity)
		return;
	if (!c->ran) {
		if (c->skipped[0])
			fprintf(f, "\n%scomplexity  not checked: %s%s\n",
				col(st, TERM_DIM), c->skipped,
				col(st, TERM_RESET));
		return;
	}
	word = gr->verdict == GROWTH_OVER     ? "over the budget"
	       : gr->verdict == GROWTH_WITHIN ? "within the budget"
					      : "not judged";
	fprintf(f, "\n%scomplexity%s  budget %s%s · estimate %s · %s%s%s\n",
		col(st, TERM_BOLD), col(st, TERM_RESET), c->budget,
		c->per_op ? " per call" : "",
		estimate_text(gr, est, sizeof(est)),
		col(st, term_status_color(gr->verdict == GROWTH_OVER ? "CLE"
								      : "AC")),
		word, col(st, TERM_RESET));
	fprintf(f, "    %s\n", gr->why);
	if (gr->slower > 0) {
		double x = gr->slower >= 1 ? gr->slower : 1 / gr->slower;

		fprintf(f, "    %.*f times %s than the reference (%s) on the "
			   "same inputs · %llu ms for the check\n",
			x < 10 ? 1 : 0, x, gr->slower >= 1 ? "slower" : "faster",
			base_name(c->reference),
			(unsigned long long)c->wall_ms);
	}
	plot_points(g, false, &pl, pts, title, sizeof(title), ref,
		    sizeof(ref));
	fputc('\n', f);
	plot_text(f, &pl, 56, 10, st->color);
}

static bool any_ran(const struct grade *g)
{
	for (size_t i = 0; i < g->test_count; i++)
		if (g->tests[i].ran)
			return true;
	return false;
}

void report_text(FILE *f, const struct grade *g,
		 const struct report_style *st)
{
	const char *v = verdict_name(g->verdict);
	uint64_t cpu = 0, mem = 0;
	size_t passed = 0;

	print_header(f, g, st);
	if (g->verdict == VERDICT_CE) {
		fprintf(f, "\n%s%s%s  %s: %s\n", col(st, term_status_color(v)), v,
			col(st, TERM_RESET), verdict_description(g->verdict),
			g->message);
		if (g->build.log && g->build.log[0])
			print_block(f, st, "compiler output", g->build.log);
		return;
	}
	if (g->test_count && g->tests)
		print_table(f, g, st);
	for (size_t i = 0; i < g->test_count; i++) {
		const struct test_result *r = &g->tests[i];

		if (!r->ran)
			continue;
		passed += r->verdict == VERDICT_AC;
		cpu = r->cpu_ms > cpu ? r->cpu_ms : cpu;
		mem = r->memory_kb > mem ? r->memory_kb : mem;
	}
	fprintf(f, "\n%s%s%s  %s", col(st, term_status_color(v)), v,
		col(st, TERM_RESET), verdict_description(g->verdict));
	if (g->verdict == VERDICT_IE) {
		fprintf(f, ": %s\n", g->message);
		fprintf(f, "    this is the judge's fault, not the solution's; "
			   "'judge doctor' checks the sandbox\n");
		return;
	}
	if (g->first_failure != SIZE_MAX) {
		const struct test_result *r = &g->tests[g->first_failure];

		fprintf(f, " on test %zu (%s): %s", g->first_failure + 1,
			r->spec->name, r->message);
	} else if (g->verdict != VERDICT_AC && g->message[0]) {
		fprintf(f, ": %s", g->message);
	}
	if (passed == 0 && !any_ran(g))
		fprintf(f, "\n    tests not run · %llu ms in all\n",
			(unsigned long long)g->wall_ms);
	else
		fprintf(f, "\n    %zu/%zu tests passed · max cpu %llu ms · max "
			   "memory %.1f MiB · %llu ms in all\n",
			passed, g->selected_count, (unsigned long long)cpu,
			(double)mem / 1024, (unsigned long long)g->wall_ms);
	print_complexity(f, g, st);
	if (g->first_failure != SIZE_MAX) {
		print_failure(f, g, st);
	} else if (g->problem->kind != PROBLEM_STDIO) {
		/* Accepted: still show what the solution printed, as
		 * LeetCode's stdout panel does. */
		for (size_t i = 0; i < g->test_count; i++) {
			const struct test_result *r = &g->tests[i];

			if (r->ran && r->stderr_text && r->stderr_text[0]) {
				fputc('\n', f);
				print_block(f, st, "stdout (what the solution "
					    "printed)", r->stderr_text);
				break;
			}
		}
	}
}

static void json_complexity(struct json_writer *w, const struct grade *g)
{
	static const char *const verdicts[] = { "within", "over", "unknown" };
	static const char *const bases[] = { "reference", "budget", NULL };
	const struct complexity_result *c = &g->complexity;
	const struct growth_result *gr = &c->growth;

	if (!g->problem->complexity) {
		json_null(w, "complexity");
		return;
	}
	json_begin_object(w, "complexity");
	json_string(w, "budget", c->budget[0] ? c->budget
					      : g->problem->complexity->time);
	json_bool(w, "per_call", c->per_op);
	json_bool(w, "ran", c->ran);
	json_string(w, "skipped", c->skipped[0] ? c->skipped : NULL);
	if (c->ran) {
		json_string(w, "reference", c->reference);
		json_string(w, "decision", verdicts[gr->verdict]);
		json_string(w, "basis", bases[gr->basis]);
		json_string(w, "estimate",
			    gr->estimate >= 0
				    ? bigo_class_name((enum bigo_class)gr->estimate)
				    : NULL);
		json_string(w, "estimate_or",
			    gr->estimate_other >= 0
				    ? bigo_class_name(
					      (enum bigo_class)gr->estimate_other)
				    : NULL);
		json_double(w, "excess", gr->excess);
		json_double(w, "excess_slope", gr->slope);
		json_double(w, "slower_than_reference", gr->slower);
		json_string(w, "explanation", gr->why);
		json_double(w, "floor_ms", c->floor_ms);
		json_double(w, "cap_ms", c->cap_ms);
		json_uint(w, "wall_ms", c->wall_ms);
		json_begin_array(w, "points");
		for (size_t k = 0; k < c->point_count; k++) {
			const struct growth_point *pt = &c->points[k];
			double b = budget_ms(c, k);

			json_begin_object(w, NULL);
			json_uint(w, "n", (uint64_t)pt->n);
			if (pt->sol_ms >= 0)
				json_double(w, "solution_ms", pt->sol_ms);
			else
				json_null(w, "solution_ms");
			json_bool(w, "solution_capped", pt->sol_capped);
			if (pt->ref_ms >= 0)
				json_double(w, "reference_ms", pt->ref_ms);
			else
				json_null(w, "reference_ms");
			if (b >= 0)
				json_double(w, "budget_ms", b);
			else
				json_null(w, "budget_ms");
			json_end_object(w);
		}
		json_end_array(w);
	}
	json_end_object(w);
}

void report_json(FILE *f, const struct grade *g)
{
	struct json_writer w;

	json_init(&w, f);
	json_begin_object(&w, NULL);
	json_string(&w, "problem", g->problem->id);
	json_string(&w, "solution", g->solution);
	json_string(&w, "language", g->toolchain ? g->toolchain->id : NULL);
	json_string(&w, "toolchain", g->build.version[0] ? g->build.version
							 : NULL);
	json_string(&w, "verdict", verdict_name(g->verdict));
	json_string(&w, "message", g->message[0] ? g->message : NULL);
	json_begin_object(&w, "compile");
	json_bool(&w, "ok", g->build.ok);
	json_bool(&w, "cached", g->build.cached);
	json_uint(&w, "ms", g->build.ms);
	json_string(&w, "log", g->build.log ? g->build.log : "");
	json_end_object(&w);
	if (g->first_failure != SIZE_MAX)
		json_string(&w, "first_failure",
			    g->tests[g->first_failure].spec->name);
	else
		json_null(&w, "first_failure");
	json_uint(&w, "wall_ms", g->wall_ms);
	json_begin_array(&w, "tests");
	for (size_t i = 0; i < g->test_count; i++) {
		const struct test_result *r = &g->tests[i];

		if (!r->selected)
			continue;
		json_begin_object(&w, NULL);
		json_string(&w, "name", r->spec->name);
		json_string(&w, "verdict", r->ran ? verdict_name(r->verdict)
						  : NULL);
		json_bool(&w, "sample", r->spec->sample);
		json_uint(&w, "cpu_ms", r->cpu_ms);
		json_uint(&w, "wall_ms", r->wall_ms);
		json_uint(&w, "memory_kb", r->memory_kb);
		json_bool(&w, "remeasured", r->remeasured);
		json_string(&w, "message", r->message[0] ? r->message : NULL);
		json_end_object(&w);
	}
	json_end_array(&w);
	json_complexity(&w, g);
	json_end_object(&w);
}
