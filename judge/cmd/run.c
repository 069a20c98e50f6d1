/*
 * run.c: `judge run PROBLEM SOLUTION`, judging one solution.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "exitcode.h"
#include "grade.h"
#include "problem.h"
#include "report.h"
#include "term.h"
#include "units.h"
#include "compare.h"
#include "fsutil.h"
#include "json.h"
#include "value.h"

static const char run_usage[] =
	"usage: judge run [options] PROBLEM SOLUTION\n"
	"\n"
	"Judge SOLUTION against PROBLEM's tests: compile it, run every test\n"
	"in the sandbox, and report the verdict.  For a problem with a\n"
	"complexity budget, an accepted solution is then timed on growing\n"
	"inputs against the reference (docs/complexity.md): CLE when its time\n"
	"grows faster than the budget allows.\n"
	"\n"
	"  --only sample|NAME   run only the samples, or one test\n"
	"  --stop-on-failure    stop at the first test that fails\n"
	"  --jobs N             tests at once (default: one per CPU)\n"
	"  --lang ID            c, cpp, python, java or javascript (default:\n"
	"                       from the file's extension)\n"
	"  --keep-failed        add the first failing test to your own tests,\n"
	"                       run with the problem's from then on\n"
	"  --input ARGS|FILE    run on your own input instead of the tests\n"
	"                       (a function's arguments one per line, or a\n"
	"                       program's stdin) and show the reference's\n"
	"                       answer beside yours\n"
	"  --no-complexity      skip the complexity check\n"
	"  --complexity-only    run only the complexity check, not the tests\n"
	"  --plot FILE.svg      write the complexity check's chart to FILE\n"
	"  --problems DIR       look for PROBLEM in DIR first (repeatable)\n"
	"  --json               one JSON object on stdout (docs/run-json.md)\n"
	"  -h, --help           this text\n"
	"\n"
	"PROBLEM is an id ('judge list') or a path to a problem folder.\n"
	"\n"
	"exit: 0 accepted, 1 judged and not accepted, 2 bad usage or a bad\n"
	"      problem or solution file, 3 internal error\n";

enum { OPT_ONLY = 256, OPT_STOP, OPT_JOBS, OPT_LANG, OPT_PROBLEMS, OPT_JSON,
       OPT_INPUT, OPT_KEEP, OPT_NO_COMPLEXITY, OPT_COMPLEXITY_ONLY,
       OPT_PLOT };

struct progress {
	bool on;
};

static void show_progress(void *ctx, size_t done, size_t total)
{
	struct progress *p = ctx;

	if (p->on)
		fprintf(stderr, "\r  testing %zu/%zu ", done, total);
}

static void show_stage(void *ctx, const char *what)
{
	struct progress *p = ctx;

	if (p->on)
		fprintf(stderr, "\r\033[K  %s... ", what);
}

/* The text of --input: a file's contents, or the argument itself, with
 * "\\n" standing for a line break and a final line break added. */
static char *custom_text(const char *arg, size_t *len)
{
	char *text = NULL, *out;
	size_t n = 0;

	if (access(arg, R_OK) == 0 && fs_read_file(arg, 64u << 20, &text, len) == 0)
		return text;
	out = malloc(strlen(arg) + 2);
	if (!out)
		return NULL;
	for (const char *c = arg; *c; c++) {
		if (c[0] == '\\' && c[1] == 'n') {
			out[n++] = '\n';
			c++;
		} else {
			out[n++] = *c;
		}
	}
	if (!n || out[n - 1] != '\n')
		out[n++] = '\n';
	out[n] = '\0';
	*len = n;
	return out;
}

/* The solution whose answers count: the generator's reference, or the
 * first solution declared AC. */
static const char *reference_of(const struct problem *p)
{
	if (p->reference)
		return p->reference;
	for (size_t i = 0; i < p->solution_count; i++)
		if (p->solutions[i].expect & (1u << VERDICT_AC))
			return p->solutions[i].path;
	return NULL;
}

/* Runs one program on the custom test; returns its output (caller frees)
 * or NULL with why set. */
static char *capture(const struct problem *q, const struct toolchains *tc,
		     const char *file, const struct grade_opts *base,
		     char *why, size_t why_len, uint64_t *cpu_ms)
{
	struct grade_opts opts = *base;
	struct grade g;
	struct diag d;
	char *out = NULL;

	opts.capture = true;
	opts.only = NULL;
	opts.progress = NULL;
	if (grade_solution(q, tc, file, &opts, &g, &d)) {
		snprintf(why, why_len, "%s", d.message);
		return NULL;
	}
	if (g.verdict == VERDICT_AC && g.tests[0].output_text) {
		out = g.tests[0].output_text;
		g.tests[0].output_text = NULL;
		*cpu_ms = g.tests[0].cpu_ms;
	} else if (g.verdict == VERDICT_CE) {
		snprintf(why, why_len, "CE: %.400s",
			 g.build.log ? g.build.log : g.message);
	} else {
		snprintf(why, why_len, "%s: %.400s", verdict_name(g.verdict),
			 g.first_failure != SIZE_MAX
				 ? g.tests[g.first_failure].message
				 : g.message);
	}
	grade_release(&g);
	return out;
}

static bool same_answer(const struct problem *p, const char *want,
			const char *got)
{
	if (p->kind == PROBLEM_STDIO) {
		struct compare_result r;

		if (p->checker.kind == CHECKER_CUSTOM)
			return !strcmp(want, got);
		compare_output(&p->checker, want, strlen(want), got,
			       strlen(got), &r);
		return r.same;
	} else {
		struct value a, b;
		const char *why;
		size_t at;
		bool same = false;

		if (value_parse(want, strlen(want), &a, &at, &why))
			return false;
		if (!value_parse(got, strlen(got), &b, &at, &why)) {
			same = value_equal(&a, &b, (enum value_order)p->compare,
					   p->compare_abs, p->compare_rel);
			value_release(&b);
		}
		value_release(&a);
		return same;
	}
}

static void print_indented(const char *title, const char *text)
{
	if (title[0])
		printf("%s\n", title);
	for (const char *c = text; *c;) {
		size_t n = strcspn(c, "\n");

		printf("    %.*s\n", (int)n, c);
		c += n + (c[n] == '\n');
	}
}

/* judge run --input: your answer and the reference's, side by side. */
static int run_custom(const struct problem *p, const struct toolchains *tc,
		      const char *solution, const char *arg,
		      const struct grade_opts *opts, bool json)
{
	const char *ref = reference_of(p);
	struct test_spec t = { .name = (char *)"custom", .source = TEST_INLINE };
	struct problem q = *p;
	char why_ref[512] = "", why_you[512] = "";
	char *mine, *theirs = NULL;
	uint64_t my_cpu = 0, ref_cpu = 0;
	bool same;
	int rc;

	t.input = custom_text(arg, &t.input_len);
	t.output = (char *)"";
	if (!t.input)
		return JUDGE_EXIT_INTERNAL;
	q.tests = &t;
	q.test_count = 1;
	mine = capture(&q, tc, solution, opts, why_you, sizeof(why_you),
		       &my_cpu);
	if (ref)
		theirs = capture(&q, tc, ref, opts, why_ref, sizeof(why_ref),
				 &ref_cpu);
	else
		snprintf(why_ref, sizeof(why_ref), "the problem declares no "
			 "reference solution");
	same = mine && theirs && same_answer(p, theirs, mine);
	if (json) {
		struct json_writer w;

		json_init(&w, stdout);
		json_begin_object(&w, NULL);
		json_string(&w, "problem", p->id);
		json_string(&w, "input", t.input);
		json_string(&w, "output", mine);
		json_string(&w, "error", mine ? NULL : why_you);
		json_uint(&w, "cpu_ms", my_cpu);
		json_string(&w, "expected", theirs);
		json_string(&w, "reference", ref);
		json_string(&w, "reference_error", theirs ? NULL : why_ref);
		json_bool(&w, "same", same);
		json_end_object(&w);
	} else {
		print_indented("input", t.input);
		if (mine)
			print_indented("your answer", mine);
		else
			printf("your answer\n    (none: %s)\n", why_you);
		printf("expected (%s)\n", ref ? ref + strlen(p->dir) + 1
					       : "no reference");
		if (theirs)
			print_indented("", theirs);
		else
			printf("    (none: %s)\n", why_ref);
		printf("\n%s  cpu %llu ms\n",
		       same ? "same answer" : "different answers",
		       (unsigned long long)my_cpu);
	}
	rc = !theirs && ref ? JUDGE_EXIT_USAGE
	     : same	    ? JUDGE_EXIT_OK
			    : JUDGE_EXIT_REJECTED;
	free(mine);
	free(theirs);
	free(t.input);
	return rc;
}

/* Copies a failing test into the user's own tests of the problem. */
static void keep_test(const struct problem *p, const struct test_result *r,
		      bool json)
{
	char dir[PATH_MAX], in[PATH_MAX + 96], out[PATH_MAX + 96];
	const struct test_spec *t = r->spec;
	int rc;

	if (!strncmp(t->name, "mine-", 5))
		return; /* already one of yours */
	rc = problem_user_tests_dir(p, dir, sizeof(dir));
	if (!rc) {
		snprintf(in, sizeof(in), "%s/%s.in", dir, t->name);
		snprintf(out, sizeof(out), "%s/%s.out", dir, t->name);
		if (t->source == TEST_INLINE)
			rc = fs_write_file(in, t->input, t->input_len) ||
			     fs_write_file(out, t->output, t->output_len);
		else if (r->input_path && r->answer_path)
			rc = fs_copy_file(r->input_path, in, 0644) ||
			     fs_copy_file(r->answer_path, out, 0644);
		else
			rc = -ENOENT;
	}
	if (rc)
		fprintf(stderr, "judge: could not keep test '%s'\n", t->name);
	else if (!json)
		printf("\nkept test '%s' as 'mine-%s' in %s: every run of %s "
		       "includes it now\n", t->name, t->name, dir, p->id);
}

/* --plot: the chart, when the check ran; a note on stderr otherwise. */
static int write_plot(const char *path, const struct grade *g, bool json)
{
	FILE *f;
	int rc;

	if (!g->complexity.ran) {
		fprintf(stderr, "judge: run: no chart written to '%s': the "
			"complexity check did not run (%s)\n", path,
			g->complexity.skipped[0] ? g->complexity.skipped
						 : "see the report");
		return 0;
	}
	f = fopen(path, "we");
	if (!f) {
		fprintf(stderr, "judge: run: cannot write '%s': %s\n", path,
			strerror(errno));
		return -1;
	}
	rc = report_plot_svg(f, g);
	if (fclose(f) && !rc)
		rc = -EIO;
	if (rc) {
		fprintf(stderr, "judge: run: cannot write '%s': %s\n", path,
			strerror(-rc));
		return -1;
	}
	if (!json)
		fprintf(stderr, "chart written to %s\n", path);
	return 0;
}

int cmd_run(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "only", required_argument, NULL, OPT_ONLY },
		{ "stop-on-failure", no_argument, NULL, OPT_STOP },
		{ "jobs", required_argument, NULL, OPT_JOBS },
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "problems", required_argument, NULL, OPT_PROBLEMS },
		{ "json", no_argument, NULL, OPT_JSON },
		{ "input", required_argument, NULL, OPT_INPUT },
		{ "keep-failed", no_argument, NULL, OPT_KEEP },
		{ "no-complexity", no_argument, NULL, OPT_NO_COMPLEXITY },
		{ "complexity-only", no_argument, NULL, OPT_COMPLEXITY_ONLY },
		{ "plot", required_argument, NULL, OPT_PLOT },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct grade_opts gopts = { 0 };
	struct problem_path pp = { 0 };
	struct toolchains tc = { 0 };
	struct problem *p = NULL;
	struct progress progress = { false };
	const char **extra = NULL;
	size_t extra_count = 0;
	char dir[PATH_MAX];
	struct grade g;
	struct diag d;
	bool json = false, graded = false;
	const char *custom = NULL, *plot = NULL;
	bool keep = false;
	int opt, rc = JUDGE_EXIT_USAGE;

	opterr = 0;
	optind = 0;
	while ((opt = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		const char *why;
		uint64_t v;

		switch (opt) {
		case OPT_ONLY:
			gopts.only = optarg;
			break;
		case OPT_STOP:
			gopts.stop_on_failure = true;
			break;
		case OPT_JOBS:
			if (units_parse_count(optarg, strlen(optarg), 64, &v,
					      &why)) {
				fprintf(stderr, "judge: run: invalid value '%s' "
					"for --jobs: %s (1 to 64)\n", optarg,
					why);
				goto out;
			}
			gopts.jobs = (unsigned)v;
			break;
		case OPT_LANG:
			gopts.lang = optarg;
			break;
		case OPT_PROBLEMS: {
			const char **grown = realloc(extra, (extra_count + 1) *
							    sizeof(*grown));

			if (!grown)
				goto out;
			extra = grown;
			extra[extra_count++] = optarg;
			break;
		}
		case OPT_JSON:
			json = true;
			break;
		case OPT_INPUT:
			custom = optarg;
			break;
		case OPT_KEEP:
			keep = true;
			break;
		case OPT_NO_COMPLEXITY:
			gopts.no_complexity = true;
			break;
		case OPT_COMPLEXITY_ONLY:
			gopts.complexity_only = true;
			break;
		case OPT_PLOT:
			plot = optarg;
			break;
		case 'h':
			fputs(run_usage, stdout);
			rc = JUDGE_EXIT_OK;
			goto out;
		case ':':
			fprintf(stderr, "judge: run: option '%s' needs a value\n",
				argv[optind - 1]);
			goto out;
		default:
			fprintf(stderr, "judge: run: unknown option '%s'\n"
				"Try 'judge run --help'.\n", argv[optind - 1]);
			goto out;
		}
	}
	if (argc - optind != 2) {
		fprintf(stderr, "judge: run: expected PROBLEM and SOLUTION\n"
			"Try 'judge run --help'.\n");
		goto out;
	}
	if (gopts.no_complexity && (gopts.complexity_only || plot)) {
		fprintf(stderr, "judge: run: --no-complexity conflicts with "
			"'%s'\n", plot ? "--plot" : "--complexity-only");
		goto out;
	}
	if ((gopts.complexity_only || plot) && (custom || gopts.only)) {
		fprintf(stderr, "judge: run: the complexity check needs every "
			"test: drop '%s'\n", custom ? "--input" : "--only");
		goto out;
	}
	if (problem_path_init(&pp, extra, extra_count) ||
	    problem_find(&pp, argv[optind], dir, sizeof(dir), &d) ||
	    problem_load(dir, &p, &d)) {
		diag_print(&d, stderr);
		goto out;
	}
	if (toolchains_load(&tc, &d)) {
		diag_print(&d, stderr);
		goto out;
	}
	if ((gopts.complexity_only || plot) && !p->complexity) {
		fprintf(stderr, "judge: run: problem '%s' has no complexity "
			"budget\n", p->id);
		goto out;
	}
	problem_add_user_tests(p);
	if (custom) {
		rc = run_custom(p, &tc, argv[optind + 1], custom, &gopts, json);
		goto out;
	}
	progress.on = !json && isatty(STDERR_FILENO);
	gopts.progress = show_progress;
	gopts.stage = show_stage;
	gopts.progress_ctx = &progress;
	if (grade_solution(p, &tc, argv[optind + 1], &gopts, &g, &d)) {
		diag_print(&d, stderr);
		goto out;
	}
	graded = true;
	if (progress.on)
		fprintf(stderr, "\r\033[K");
	if (json) {
		report_json(stdout, &g);
	} else {
		struct report_style st = { .color = term_color(stdout) };

		report_text(stdout, &g, &st);
	}
	if (keep && g.first_failure != SIZE_MAX)
		keep_test(p, &g.tests[g.first_failure], json);
	if (plot && write_plot(plot, &g, json)) {
		rc = JUDGE_EXIT_USAGE;
		goto out;
	}
	rc = g.verdict == VERDICT_AC   ? JUDGE_EXIT_OK
	     : g.verdict == VERDICT_IE ? JUDGE_EXIT_INTERNAL
				       : JUDGE_EXIT_REJECTED;
out:
	if (graded)
		grade_release(&g);
	toolchains_release(&tc);
	problem_free(p);
	problem_path_release(&pp);
	free(extra);
	return rc;
}
