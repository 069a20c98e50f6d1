/*
 * list.c: `judge list`, the problems on the problem path.
 */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "exitcode.h"
#include "json.h"
#include "problem.h"
#include "term.h"

static const char list_usage[] =
	"usage: judge list [options]\n"
	"\n"
	"List the problems, sorted by id (or --sort difficulty|title).\n"
	"\n"
	"  --difficulty D   only easy, medium or hard problems\n"
	"  --tag T          only problems with topic tag T\n"
	"  --company C      only problems asked by company C\n"
	"  --sort KEY       id (default), difficulty or title\n"
	"  --problems DIR   look in DIR first (repeatable)\n"
	"  --json           one JSON object on stdout\n"
	"  -h, --help       this text\n";

static bool has(char **list, size_t n, const char *want)
{
	for (size_t i = 0; i < n; i++)
		if (!strcasecmp(list[i], want))
			return true;
	return false;
}

static const char *sort_key;

static int compare(const void *a, const void *b)
{
	const struct problem *x = *(struct problem *const *)a;
	const struct problem *y = *(struct problem *const *)b;

	if (!strcmp(sort_key, "difficulty") && x->difficulty != y->difficulty)
		return (int)x->difficulty - (int)y->difficulty;
	if (!strcmp(sort_key, "title"))
		return strcasecmp(x->title, y->title);
	return strcmp(x->id, y->id);
}

static void join(char *out, size_t len, char **items, size_t n)
{
	out[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		if (i)
			strncat(out, ", ", len - strlen(out) - 1);
		strncat(out, items[i], len - strlen(out) - 1);
	}
}

int cmd_list(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "difficulty", required_argument, NULL, 'd' },
		{ "tag", required_argument, NULL, 't' },
		{ "company", required_argument, NULL, 'c' },
		{ "sort", required_argument, NULL, 's' },
		{ "problems", required_argument, NULL, 'p' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *difficulty = NULL, *tag = NULL, *company = NULL;
	const char **extra = NULL;
	size_t extra_count = 0, n = 0, shown = 0;
	struct problem **items = NULL;
	struct problem_path pp = { 0 };
	bool json = false;
	char **dirs = NULL;
	int opt, rc = JUDGE_EXIT_USAGE;

	sort_key = "id";
	opterr = 0;
	optind = 0;
	while ((opt = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (opt) {
		case 'd':
			difficulty = optarg;
			break;
		case 't':
			tag = optarg;
			break;
		case 'c':
			company = optarg;
			break;
		case 's':
			if (strcmp(optarg, "id") && strcmp(optarg, "difficulty") &&
			    strcmp(optarg, "title")) {
				fprintf(stderr, "judge: list: --sort takes id, "
					"difficulty or title\n");
				goto out;
			}
			sort_key = optarg;
			break;
		case 'p': {
			const char **grown = realloc(extra, (extra_count + 1) *
							    sizeof(*grown));

			if (!grown)
				goto out;
			extra = grown;
			extra[extra_count++] = optarg;
			break;
		}
		case 'j':
			json = true;
			break;
		case 'h':
			fputs(list_usage, stdout);
			rc = JUDGE_EXIT_OK;
			goto out;
		default:
			fprintf(stderr, "judge: list: bad option '%s'\n"
				"Try 'judge list --help'.\n", argv[optind - 1]);
			goto out;
		}
	}
	if (difficulty && strcmp(difficulty, "easy") &&
	    strcmp(difficulty, "medium") && strcmp(difficulty, "hard")) {
		fprintf(stderr, "judge: list: --difficulty takes easy, medium "
			"or hard\n");
		goto out;
	}
	if (problem_path_init(&pp, extra, extra_count))
		goto out;
	problem_path_list(&pp, &dirs, &n);
	items = calloc(n ? n : 1, sizeof(*items));
	for (size_t i = 0; items && i < n; i++) {
		struct problem *p;
		struct diag d;

		if (problem_load(dirs[i], &p, &d)) {
			/* A broken problem is reported, not fatal. */
			diag_print(&d, stderr);
			continue;
		}
		if ((difficulty && strcmp(difficulty_name(p->difficulty),
					  difficulty)) ||
		    (tag && !has(p->tags, p->tag_count, tag)) ||
		    (company && !has(p->companies, p->company_count, company))) {
			problem_free(p);
			continue;
		}
		items[shown++] = p;
	}
	if (shown > 1)
		qsort(items, shown, sizeof(*items), compare);
	if (json) {
		struct json_writer w;

		json_init(&w, stdout);
		json_begin_object(&w, NULL);
		json_begin_array(&w, "problems");
		for (size_t i = 0; i < shown; i++) {
			json_begin_object(&w, NULL);
			json_string(&w, "id", items[i]->id);
			json_string(&w, "title", items[i]->title);
			json_string(&w, "difficulty",
				    difficulty_name(items[i]->difficulty));
			json_begin_array(&w, "tags");
			for (size_t j = 0; j < items[i]->tag_count; j++)
				json_string(&w, NULL, items[i]->tags[j]);
			json_end_array(&w);
			json_begin_array(&w, "companies");
			for (size_t j = 0; j < items[i]->company_count; j++)
				json_string(&w, NULL, items[i]->companies[j]);
			json_end_array(&w);
			json_end_object(&w);
		}
		json_end_array(&w);
		json_end_object(&w);
	} else {
		size_t wid = 2, wtitle = 5;
		bool color = term_color(stdout);

		for (size_t i = 0; i < shown; i++) {
			if (strlen(items[i]->id) > wid)
				wid = strlen(items[i]->id);
			if (strlen(items[i]->title) > wtitle)
				wtitle = strlen(items[i]->title);
		}
		printf("%s%-*s  %-*s  %-10s  %s%s\n", color ? TERM_BOLD : "",
		       (int)wid, "id", (int)wtitle, "title", "difficulty",
		       "tags", color ? TERM_RESET : "");
		for (size_t i = 0; i < shown; i++) {
			char tags[256];

			join(tags, sizeof(tags), items[i]->tags,
			     items[i]->tag_count);
			printf("%-*s  %-*s  %-10s  %s\n", (int)wid, items[i]->id,
			       (int)wtitle, items[i]->title,
			       difficulty_name(items[i]->difficulty), tags);
		}
		printf("\n%zu problem%s\n", shown, shown == 1 ? "" : "s");
	}
	rc = JUDGE_EXIT_OK;
out:
	for (size_t i = 0; i < shown; i++)
		problem_free(items[i]);
	free(items);
	for (size_t i = 0; i < n; i++)
		free(dirs[i]);
	free(dirs);
	problem_path_release(&pp);
	free(extra);
	return rc;
}
