/*
 * build.h: compiling solutions, checkers and generators in the sandbox,
 * with a content-addressed cache (see build.c).
 */
#ifndef JUDGE_BUILD_H
#define JUDGE_BUILD_H

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>

#include "box.h"
#include "diag.h"
#include "lang.h"

/* Values for the {placeholders} of toolchain commands. */
struct build_vars {
	const char *src, *exe, *dir, *klass, *mem_mib;
};

/*
 * What a function or design problem adds to a build: the solution under
 * another name (with a prefix), the driver's files, and the harness's
 * commands instead of the toolchain's (docs/function-problems.md).  All
 * of it is part of the cache key.
 */
struct build_extra {
	const char *solution_name;
	const char *prefix;
	const char *suffix;           /* text put after its end (Java's Node) */
	const char *klass;            /* {class} in names and commands */
	const char *const *file_names;
	const char *const *file_texts;
	size_t file_count;
	char *const *compile;         /* NULL: nothing to compile */
	char *const *run;
};

struct build {
	const struct toolchain *tc;
	char *const *run_template;  /* the toolchain's, or the harness's */
	char version[128];       /* the toolchain's version line */
	char source_name[128];   /* the source's name in the build */
	char klass[128];         /* Java: the class to run */
	char key[65];            /* cache key */
	char cache_dir[PATH_MAX]; /* where the artifacts are */
	bool cached;             /* the compiler was skipped */
	bool ok;                 /* false: compile error (CE) */
	const char *stopped;     /* why the compiler was stopped, or NULL */
	char *log;               /* compiler output, trimmed; owned */
	uint64_t ms;             /* compile wall time; 0 when cached */
};

/*
 * Builds src_path with toolchain t, compiling in the box when the cache
 * misses.  Returns 0 when a result is known (b->ok tells whether it
 * compiled), -1 with d set when the judge itself could not build it (the
 * toolchain is missing, the sandbox failed): an internal error.
 */
int build_source(struct box *box, const struct toolchain *t,
		 const char *src_path, const struct build_extra *extra,
		 struct build *b, struct diag *d);
/* Copies the artifacts into a new directory of the box.  0 or -errno. */
int build_install(const struct build *b, struct box *box, char *prog_dir,
		  size_t len);
/* The run command for an installed build; argv[0] absolute.  Caller
 * frees with build_argv_free.  0 or -errno. */
int build_run_argv(const struct build *b, const char *prog_dir,
		   uint64_t memory_kb, char ***argv);
/* Expands a command template; argv[0] resolved through the PATH. */
int build_expand(char *const *tmpl, const struct build_vars *v, char ***out);
void build_argv_free(char **argv);
/* The environment programs get: PATH, HOME and TMPDIR = dir, LANG.
 * Thread-local storage, valid until the next call on this thread. */
const char *const *build_env(const char *dir);
void build_release(struct build *b);

#endif
