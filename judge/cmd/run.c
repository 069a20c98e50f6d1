/*
 * run.c: `judge run PROBLEM SOLUTION`, judging one solution.
 */
#define _GNU_SOURCE
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

static const char run_usage[] =
	"usage: judge run [options] PROBLEM SOLUTION\n"
	"\n"
	"Judge SOLUTION against PROBLEM's tests: compile it, run every test\n"
	"in the sandbox, and report the verdict.\n"
	"\n"
	"  --only sample|NAME   run only the samples, or one test\n"
	"  --stop-on-failure    stop at the first test that fails\n"
	"  --jobs N             tests at once (default: one per CPU)\n"
	"  --lang ID            c, cpp, python, java or javascript (default:\n"
	"                       from the file's extension)\n"
	"  --problems DIR       look for PROBLEM in DIR first (repeatable)\n"
	"  --json               one JSON object on stdout (docs/run-json.md)\n"
	"  -h, --help           this text\n"
	"\n"
	"PROBLEM is an id ('judge list') or a path to a problem folder.\n"
	"\n"
	"exit: 0 accepted, 1 judged and not accepted, 2 bad usage or a bad\n"
	"      problem or solution file, 3 internal error\n";

enum { OPT_ONLY = 256, OPT_STOP, OPT_JOBS, OPT_LANG, OPT_PROBLEMS, OPT_JSON };

struct progress {
	bool on;
};

static void show_progress(void *ctx, size_t done, size_t total)
{
	struct progress *p = ctx;

	if (p->on)
		fprintf(stderr, "\r  testing %zu/%zu ", done, total);
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
	progress.on = !json && isatty(STDERR_FILENO);
	gopts.progress = show_progress;
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
