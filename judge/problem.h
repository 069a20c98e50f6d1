/*
 * problem.h (judge/): loading problems and finding them by id.
 */
#ifndef JUDGE_PROBLEM_LOAD_H
#define JUDGE_PROBLEM_LOAD_H

#include <stddef.h>

#include "diag.h"
#include "judge/problem.h"

/*
 * Loads dir/problem.yaml.  Returns 0 with *out owned by the caller, or -1
 * with d naming the file, line and column, and a hint.  Checks that every
 * file the problem names exists.
 */
int problem_load(const char *dir, struct problem **out, struct diag *d);
/*
 * Parses a problem.yaml held in memory, without looking at the filesystem
 * (dir may be NULL): the entry point for fuzzing.
 */
int problem_parse(const char *buf, size_t len, const char *file,
		  const char *dir, struct problem **out, struct diag *d);
void problem_free(struct problem *p);
/*
 * Adds the user's own tests of p, kept by `judge run --keep-failed` in
 * $XDG_DATA_HOME/judge/tests/<id>/NAME.in and NAME.out, as file tests
 * named "mine-NAME" after the problem's.  Returns how many, or -errno.
 */
int problem_add_user_tests(struct problem *p);
/* The folder of p's user tests (created).  0 or -errno. */
int problem_user_tests_dir(const struct problem *p, char *out, size_t len);

const char *difficulty_name(enum difficulty d);

/* Where problems are looked for (docs/problem-format.md). */
struct problem_path {
	const char **dirs; /* owned array of borrowed or owned strings */
	size_t count;
	char *owned;       /* storage for JUDGE_PROBLEMS, split in place */
};

/* --problems dirs first, then JUDGE_PROBLEMS, then the bundled bank. */
int problem_path_init(struct problem_path *pp, const char *const *extra,
		      size_t extra_count);
void problem_path_release(struct problem_path *pp);
/*
 * Finds a problem by id (or by path, if it contains a '/').  Returns 0
 * with out (PATH_MAX bytes) holding its folder, or -1 with d set.
 */
int problem_find(const struct problem_path *pp, const char *id_or_path,
		 char *out, size_t out_len, struct diag *d);
/* Every problem folder on the path, sorted; an id found twice is taken
 * from the first folder.  The caller frees each string and the array. */
int problem_path_list(const struct problem_path *pp, char ***dirs,
		      size_t *count);

#endif
