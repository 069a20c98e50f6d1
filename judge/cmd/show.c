/*
 * show.c: `judge show PROBLEM`, the statement for a terminal.
 */
#define _GNU_SOURCE
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "exitcode.h"
#include "fsutil.h"
#include "problem.h"
#include "term.h"

static const char show_usage[] =
	"usage: judge show [--problems DIR] PROBLEM\n"
	"\n"
	"Show a problem: its statement, limits and sample tests.\n";

/* Markdown for a terminal: headings in bold, code blocks indented,
 * **strong** in bold, `code` as is. */
static void render(const char *md, bool color)
{
	bool in_code = false;

	for (const char *p = md; *p;) {
		size_t n = strcspn(p, "\n");
		const char *line = p;

		p += n + (p[n] == '\n');
		if (!strncmp(line, "```", 3)) {
			in_code = !in_code;
			continue;
		}
		if (in_code) {
			printf("    %s%.*s%s\n", color ? TERM_DIM : "", (int)n,
			       line, color ? TERM_RESET : "");
			continue;
		}
		if (line[0] == '#') {
			size_t skip = strspn(line, "# ");

			printf("%s%.*s%s\n", color ? TERM_BOLD : "",
			       (int)(n - skip), line + skip,
			       color ? TERM_RESET : "");
			continue;
		}
		for (size_t i = 0; i < n; i++) {
			if (line[i] == '*' && i + 1 < n && line[i + 1] == '*') {
				static bool bold;

				bold = !bold;
				if (color)
					fputs(bold ? TERM_BOLD : TERM_RESET,
					      stdout);
				i++;
				continue;
			}
			putchar(line[i]);
		}
		putchar('\n');
	}
}

static void print_sample(const struct test_spec *t)
{
	char *in = NULL, *out = NULL;
	size_t len;

	if (t->source == TEST_INLINE) {
		in = strdup(t->input);
		out = strdup(t->output);
	} else if (t->source == TEST_FILE) {
		fs_read_file(t->input_path, 4096, &in, &len);
		fs_read_file(t->output_path, 4096, &out, &len);
	}
	printf("\nsample %s\n  input:\n", t->name);
	for (char *line = in ? strtok(in, "\n") : NULL; line;
	     line = strtok(NULL, "\n"))
		printf("    %s\n", line);
	printf("  output:\n");
	for (char *line = out ? strtok(out, "\n") : NULL; line;
	     line = strtok(NULL, "\n"))
		printf("    %s\n", line);
	free(in);
	free(out);
}

int cmd_show(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "problems", required_argument, NULL, 'p' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct problem_path pp = { 0 };
	struct problem *p = NULL;
	const char **extra = NULL;
	size_t extra_count = 0, len;
	char dir[PATH_MAX], *md = NULL;
	bool color = term_color(stdout);
	struct diag d;
	int opt, rc = JUDGE_EXIT_USAGE;

	opterr = 0;
	optind = 0;
	while ((opt = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (opt == 'p') {
			const char **grown = realloc(extra, (extra_count + 1) *
							    sizeof(*grown));

			if (!grown)
				goto out;
			extra = grown;
			extra[extra_count++] = optarg;
		} else if (opt == 'h') {
			fputs(show_usage, stdout);
			rc = JUDGE_EXIT_OK;
			goto out;
		} else {
			fprintf(stderr, "judge: show: bad option '%s'\n",
				argv[optind - 1]);
			goto out;
		}
	}
	if (argc - optind != 1) {
		fputs(show_usage, stderr);
		goto out;
	}
	if (problem_path_init(&pp, extra, extra_count) ||
	    problem_find(&pp, argv[optind], dir, sizeof(dir), &d) ||
	    problem_load(dir, &p, &d)) {
		diag_print(&d, stderr);
		goto out;
	}
	printf("%s%s%s · %s · %s\n", color ? TERM_BOLD : "", p->title,
	       color ? TERM_RESET : "", p->id, difficulty_name(p->difficulty));
	printf("limits: %llu ms CPU per test, %.0f MiB memory\n",
	       (unsigned long long)p->limits.time_ms,
	       (double)p->limits.memory_kb / 1024);
	if (p->complexity) {
		const struct complexity_spec *c = p->complexity;

		printf("complexity budget: %s time%s", c->time,
		       p->kind == PROBLEM_DESIGN ? " per operation" : "");
		if (c->space)
			printf(", %s space", c->space);
		printf(" (time checked by measurement)\n");
	}
	putchar('\n');
	if (fs_read_file(p->statement_path, 1u << 20, &md, &len) == 0)
		render(md, color);
	for (size_t i = 0; i < p->test_count; i++)
		if (p->tests[i].sample && p->tests[i].source != TEST_GENERATED)
			print_sample(&p->tests[i]);
	printf("\njudge run %s SOLUTION --only sample   # try the samples\n",
	       p->id);
	rc = JUDGE_EXIT_OK;
out:
	free(md);
	problem_free(p);
	problem_path_release(&pp);
	free(extra);
	return rc;
}
