/*
 * start.c: `judge start PROBLEM`, a starter file to fill in.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "exitcode.h"
#include "fsutil.h"
#include "harness.h"
#include "lang.h"
#include "problem.h"
#include "starter.h"

static const char start_usage[] =
	"usage: judge start [--lang ID] [--force] [--problems DIR] PROBLEM [FILE]\n"
	"\n"
	"Write a starter file for a function or design problem: the exact\n"
	"signature to fill in, with the statement and examples as a comment,\n"
	"ready for 'judge run PROBLEM FILE'.  Without FILE, it goes to stdout.\n"
	"\n"
	"  --lang ID        c, cpp, python, java or javascript (default: from\n"
	"                   FILE's extension, else python)\n"
	"  --force          overwrite FILE if it exists\n"
	"  --problems DIR   look for PROBLEM in DIR first (repeatable)\n";

/* The comment a starter opens with: title, statement, samples. */
static char *statement_comment(const struct problem *p)
{
	char *md = NULL, *text = NULL;
	size_t len = 0, mdlen;
	FILE *f = open_memstream(&text, &len);

	if (!f)
		return NULL;
	fprintf(f, "%s (%s)\n\n", p->title, difficulty_name(p->difficulty));
	if (fs_read_file(p->statement_path, 64u << 10, &md, &mdlen) == 0)
		fputs(md, f);
	free(md);
	for (size_t i = 0; i < p->test_count; i++) {
		const struct test_spec *t = &p->tests[i];
		char *in = NULL, *out = NULL;

		if (!t->sample)
			continue;
		if (t->source == TEST_INLINE) {
			fprintf(f, "\nExample %s:\n  arguments:\n%s  expected: %s",
				t->name, t->input, t->output);
		} else if (t->source == TEST_FILE &&
			   !fs_read_file(t->input_path, 4096, &in, &mdlen) &&
			   !fs_read_file(t->output_path, 4096, &out, &mdlen)) {
			fprintf(f, "\nExample %s:\n  arguments:\n%s  expected: %s",
				t->name, in, out);
		}
		free(in);
		free(out);
	}
	if (fclose(f)) {
		free(text);
		return NULL;
	}
	return text;
}

int cmd_start(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "lang", required_argument, NULL, 'l' },
		{ "force", no_argument, NULL, 'f' },
		{ "problems", required_argument, NULL, 'p' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *lang = NULL, *file = NULL, **extra = NULL;
	char dir[PATH_MAX], err[256], *block = NULL, *comment = NULL;
	struct problem_path pp = { 0 };
	struct toolchains tc = { 0 };
	struct problem *p = NULL;
	size_t extra_count = 0;
	bool force = false;
	FILE *out = NULL;
	struct diag d;
	int opt, rc = JUDGE_EXIT_USAGE;

	opterr = 0;
	optind = 0;
	while ((opt = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (opt == 'l') {
			lang = optarg;
		} else if (opt == 'f') {
			force = true;
		} else if (opt == 'p') {
			const char **grown = realloc(extra, (extra_count + 1) *
							    sizeof(*grown));

			if (!grown)
				goto out;
			extra = grown;
			extra[extra_count++] = optarg;
		} else if (opt == 'h') {
			fputs(start_usage, stdout);
			rc = JUDGE_EXIT_OK;
			goto out;
		} else {
			fprintf(stderr, "judge: start: bad option '%s'\n"
				"Try 'judge start --help'.\n", argv[optind - 1]);
			goto out;
		}
	}
	if (argc - optind < 1 || argc - optind > 2) {
		fputs(start_usage, stderr);
		goto out;
	}
	file = argc - optind == 2 ? argv[optind + 1] : NULL;
	if (problem_path_init(&pp, extra, extra_count) ||
	    problem_find(&pp, argv[optind], dir, sizeof(dir), &d) ||
	    problem_load(dir, &p, &d) || toolchains_load(&tc, &d)) {
		diag_print(&d, stderr);
		goto out;
	}
	if (p->kind == PROBLEM_STDIO) {
		fprintf(stderr, "judge: start: '%s' is a stdio problem: the "
			"program reads stdin and writes stdout, no signature\n"
			"  hint: 'judge show %s' shows the input format\n",
			p->id, p->id);
		goto out;
	}
	if (!lang) {
		const struct toolchain *t = file ? toolchain_for_file(&tc, file)
						 : NULL;

		lang = t ? t->id : "python";
	}
	if (!toolchain_by_id(&tc, lang)) {
		fprintf(stderr, "judge: start: unknown language '%s' (c, cpp, "
			"python, java, javascript)\n", lang);
		goto out;
	}
	block = harness_signature_block_named(p);
	comment = statement_comment(p);
	if (!block || !comment) {
		rc = JUDGE_EXIT_INTERNAL;
		goto out;
	}
	if (file) {
		int fd = open(file, O_WRONLY | O_CREAT | O_CLOEXEC |
					    (force ? O_TRUNC : O_EXCL), 0644);

		if (fd < 0) {
			fprintf(stderr, "judge: start: '%s': %s%s\n", file,
				strerror(errno), errno == EEXIST
				? " (--force overwrites it)" : "");
			goto out;
		}
		out = fdopen(fd, "w");
	} else {
		out = stdout;
	}
	if (starter_write(block, lang, comment, out, err, sizeof(err))) {
		fprintf(stderr, "judge: start: %s\n", err);
		rc = JUDGE_EXIT_INTERNAL;
		goto out;
	}
	rc = JUDGE_EXIT_OK;
	if (file)
		fprintf(stderr, "wrote %s: fill it in, then 'judge run %s %s'\n",
			file, p->id, file);
out:
	if (out && out != stdout && fclose(out) && rc == JUDGE_EXIT_OK)
		rc = JUDGE_EXIT_INTERNAL;
	free(block);
	free(comment);
	toolchains_release(&tc);
	problem_free(p);
	problem_path_release(&pp);
	free(extra);
	return rc;
}
