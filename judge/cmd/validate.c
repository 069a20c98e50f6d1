/*
 * validate.c: `judge validate`, the bank checking itself: every problem
 * loads, and every declared solution gets the verdict it declares.
 */
#define _GNU_SOURCE
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "exitcode.h"
#include "grade.h"
#include "json.h"
#include "problem.h"
#include "term.h"
#include "units.h"

static const char validate_usage[] =
	"usage: judge validate [options] [PROBLEM...]\n"
	"\n"
	"Check problems: their problem.yaml, and that every solution they\n"
	"declare gets its declared verdict.  Without PROBLEM, every problem\n"
	"on the problem path (by default the bundled bank).\n"
	"\n"
	"  --problems DIR   look in DIR first (repeatable)\n"
	"  --jobs N         tests at once per solution (default: one per CPU)\n"
	"  -h, --help       this text\n"
	"\n"
	"exit: 0 everything as declared, 1 a solution got another verdict,\n"
	"      2 a problem does not load, 3 internal error\n";

struct tally {
	unsigned ok, wrong, broken, internal;
};

static void expected_list(unsigned mask, char *out, size_t len)
{
	out[0] = '\0';
	for (int v = 0; v < VERDICT_COUNT; v++) {
		if (!(mask & (1u << v)))
			continue;
		if (out[0])
			strncat(out, "/", len - strlen(out) - 1);
		strncat(out, verdict_name(v), len - strlen(out) - 1);
	}
}

static void validate_problem(const char *dir, const struct toolchains *tc,
			     unsigned jobs, bool color, struct tally *t)
{
	struct grade_opts opts = { .jobs = jobs, .stop_on_failure = true };
	struct problem *p;
	struct diag d;

	if (problem_load(dir, &p, &d)) {
		diag_print(&d, stdout);
		t->broken++;
		return;
	}
	printf("%s%s%s  %s\n", color ? TERM_BOLD : "", p->id,
	       color ? TERM_RESET : "", p->title);
	for (size_t i = 0; i < p->solution_count; i++) {
		const struct solution_spec *s = &p->solutions[i];
		const char *rel = s->path + strlen(p->dir) + 1;
		char want[64];
		struct grade g;
		bool good;

		opts.lang = s->lang;
		expected_list(s->expect, want, sizeof(want));
		if (grade_solution(p, tc, s->path, &opts, &g, &d)) {
			diag_print(&d, stdout);
			t->broken++;
			continue;
		}
		good = (s->expect >> g.verdict) & 1;
		printf("  %s%-4s%s  %-32s %-4s", color ? term_status_color(
						   good ? "OK" : "WA") : "",
		       good ? "ok" : "FAIL", color ? TERM_RESET : "", rel,
		       verdict_name(g.verdict));
		if (!good)
			printf("  expected %s", want);
		if (g.verdict == VERDICT_IE)
			printf("  (%s)", g.message);
		else if (!good && g.first_failure != SIZE_MAX)
			printf("  (test %s: %s)",
			       g.tests[g.first_failure].spec->name,
			       g.tests[g.first_failure].message);
		else if (!good && g.verdict == VERDICT_CE)
			printf("  (%s)", g.message);
		printf("\n");
		if (g.verdict == VERDICT_IE)
			t->internal++;
		else if (good)
			t->ok++;
		else
			t->wrong++;
		grade_release(&g);
	}
	problem_free(p);
}

int cmd_validate(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "problems", required_argument, NULL, 'p' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct problem_path pp = { 0 };
	struct toolchains tc = { 0 };
	struct tally t = { 0 };
	const char **extra = NULL;
	size_t extra_count = 0;
	unsigned jobs = 0;
	bool color = term_color(stdout);
	struct diag d;
	int opt, rc = JUDGE_EXIT_USAGE;

	opterr = 0;
	optind = 0;
	while ((opt = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		const char *why;
		uint64_t v;

		if (opt == 'p') {
			const char **grown = realloc(extra, (extra_count + 1) *
							    sizeof(*grown));

			if (!grown)
				goto out;
			extra = grown;
			extra[extra_count++] = optarg;
		} else if (opt == 'j') {
			if (units_parse_count(optarg, strlen(optarg), 64, &v,
					      &why)) {
				fprintf(stderr, "judge: validate: invalid value "
					"'%s' for --jobs\n", optarg);
				goto out;
			}
			jobs = (unsigned)v;
		} else if (opt == 'h') {
			fputs(validate_usage, stdout);
			rc = JUDGE_EXIT_OK;
			goto out;
		} else {
			fprintf(stderr, "judge: validate: bad option '%s'\n"
				"Try 'judge validate --help'.\n",
				argv[optind - 1]);
			goto out;
		}
	}
	if (problem_path_init(&pp, extra, extra_count) ||
	    toolchains_load(&tc, &d)) {
		diag_print(&d, stderr);
		goto out;
	}
	if (optind < argc) {
		for (int i = optind; i < argc; i++) {
			char dir[PATH_MAX];

			if (problem_find(&pp, argv[i], dir, sizeof(dir), &d)) {
				diag_print(&d, stdout);
				t.broken++;
				continue;
			}
			validate_problem(dir, &tc, jobs, color, &t);
		}
	} else {
		char **dirs;
		size_t n;

		problem_path_list(&pp, &dirs, &n);
		for (size_t i = 0; i < n; i++) {
			validate_problem(dirs[i], &tc, jobs, color, &t);
			free(dirs[i]);
		}
		free(dirs);
		if (!n)
			printf("no problems found\n");
	}
	printf("\n%u passed, %u failed\n", t.ok, t.wrong + t.broken +
						   t.internal);
	rc = t.internal ? JUDGE_EXIT_INTERNAL
	     : t.broken ? JUDGE_EXIT_USAGE
	     : t.wrong  ? JUDGE_EXIT_REJECTED
			: JUDGE_EXIT_OK;
out:
	toolchains_release(&tc);
	problem_path_release(&pp);
	free(extra);
	return rc;
}
