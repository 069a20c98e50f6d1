/*
 * bank.c: finding problems: --problems dirs, JUDGE_PROBLEMS, the bundled
 * bank.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "paths.h"
#include "problem.h"

static int push(struct problem_path *pp, const char *dir)
{
	const char **grown = realloc(pp->dirs, (pp->count + 1) *
						       sizeof(*grown));

	if (!grown)
		return -ENOMEM;
	grown[pp->count++] = dir;
	pp->dirs = grown;
	return 0;
}

int problem_path_init(struct problem_path *pp, const char *const *extra,
		      size_t extra_count)
{
	static char bundled[PATH_MAX];
	const char *env = getenv("JUDGE_PROBLEMS");

	memset(pp, 0, sizeof(*pp));
	for (size_t i = 0; i < extra_count; i++)
		if (push(pp, extra[i]))
			return -ENOMEM;
	if (env && *env) {
		char *save = NULL;

		pp->owned = strdup(env);
		if (!pp->owned)
			return -ENOMEM;
		for (char *d = strtok_r(pp->owned, ":", &save); d;
		     d = strtok_r(NULL, ":", &save))
			if (push(pp, d))
				return -ENOMEM;
	}
	snprintf(bundled, sizeof(bundled), "%s/problems", paths_data_dir());
	return push(pp, bundled);
}

void problem_path_release(struct problem_path *pp)
{
	free(pp->dirs);
	free(pp->owned);
	memset(pp, 0, sizeof(*pp));
}

int problem_find(const struct problem_path *pp, const char *id_or_path,
		 char *out, size_t out_len, struct diag *d)
{
	char candidate[PATH_MAX];

	if (strchr(id_or_path, '/')) {
		snprintf(candidate, sizeof(candidate), "%s/problem.yaml",
			 id_or_path);
		if (access(candidate, R_OK)) {
			diag_set(d, id_or_path, 0, 0, "not a problem folder "
				 "(no readable problem.yaml)");
			return -1;
		}
		snprintf(out, out_len, "%s", id_or_path);
		return 0;
	}
	for (size_t i = 0; i < pp->count; i++) {
		snprintf(candidate, sizeof(candidate), "%s/%s/problem.yaml",
			 pp->dirs[i], id_or_path);
		if (access(candidate, R_OK) == 0) {
			snprintf(out, out_len, "%s/%s", pp->dirs[i],
				 id_or_path);
			return 0;
		}
	}
	diag_set(d, NULL, 0, 0, "no problem '%s'", id_or_path);
	diag_hint(d, "'judge list' shows the problems; looked in %zu "
		  "folder%s, last %s", pp->count, pp->count == 1 ? "" : "s",
		  pp->count ? pp->dirs[pp->count - 1] : "-");
	return -1;
}

/* By the problem's id: the folder's last component. */
static int by_name(const void *a, const void *b)
{
	const char *x = strrchr(*(const char *const *)a, '/');
	const char *y = strrchr(*(const char *const *)b, '/');

	return strcmp(x + 1, y + 1);
}

int problem_path_list(const struct problem_path *pp, char ***dirs,
		      size_t *count)
{
	char **list = NULL;
	size_t n = 0;

	for (size_t i = 0; i < pp->count; i++) {
		DIR *d = opendir(pp->dirs[i]);
		struct dirent *de;

		if (!d)
			continue;
		while ((de = readdir(d))) {
			char yaml[PATH_MAX], *path, **grown;
			bool seen = false;

			if (de->d_name[0] == '.')
				continue;
			snprintf(yaml, sizeof(yaml), "%s/%s/problem.yaml",
				 pp->dirs[i], de->d_name);
			if (access(yaml, R_OK))
				continue;
			/* An earlier folder's problem of the same id wins. */
			for (size_t j = 0; j < n; j++) {
				const char *base = strrchr(list[j], '/');

				if (!strcmp(base + 1, de->d_name))
					seen = true;
			}
			if (seen)
				continue;
			if (asprintf(&path, "%s/%s", pp->dirs[i],
				     de->d_name) < 0)
				continue;
			grown = realloc(list, (n + 1) * sizeof(*list));
			if (!grown) {
				free(path);
				continue;
			}
			list = grown;
			list[n++] = path;
		}
		closedir(d);
	}
	if (n > 1)
		qsort(list, n, sizeof(*list), by_name);
	*dirs = list;
	*count = n;
	return 0;
}

int problem_user_tests_dir(const struct problem *p, char *out, size_t len)
{
	char base[PATH_MAX];
	int rc = paths_data_home(base, sizeof(base));

	if (rc)
		return rc;
	if ((size_t)snprintf(out, len, "%s/tests", base) >= len)
		return -ENAMETOOLONG;
	if (mkdir(out, 0700) && errno != EEXIST)
		return -errno;
	if ((size_t)snprintf(out, len, "%s/tests/%s", base, p->id) >= len)
		return -ENAMETOOLONG;
	if (mkdir(out, 0700) && errno != EEXIST)
		return -errno;
	return 0;
}

int problem_add_user_tests(struct problem *p)
{
	char dir[PATH_MAX];
	struct dirent *de;
	int added = 0;
	DIR *d;

	if (problem_user_tests_dir(p, dir, sizeof(dir)))
		return 0; /* no home: no user tests, not an error */
	d = opendir(dir);
	if (!d)
		return 0;
	while ((de = readdir(d))) {
		size_t len = strlen(de->d_name);
		struct test_spec *grown, *t;
		char name[80];

		if (len < 4 || len > 60 || strcmp(de->d_name + len - 3, ".in"))
			continue;
		snprintf(name, sizeof(name), "mine-%.*s", (int)(len - 3),
			 de->d_name);
		grown = realloc(p->tests, (p->test_count + 1) * sizeof(*grown));
		if (!grown)
			break;
		p->tests = grown;
		t = &p->tests[p->test_count];
		memset(t, 0, sizeof(*t));
		t->source = TEST_FILE;
		t->name = strdup(name);
		if (!t->name ||
		    asprintf(&t->input_path, "%s/%s", dir, de->d_name) < 0 ||
		    asprintf(&t->output_path, "%s/%.*s.out", dir,
			     (int)(len - 3), de->d_name) < 0)
			break;
		if (access(t->output_path, R_OK)) {
			free(t->name);
			free(t->input_path);
			free(t->output_path);
			continue;
		}
		p->test_count++;
		added++;
	}
	closedir(d);
	return added;
}
