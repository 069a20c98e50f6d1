/*
 * lang.h: toolchains, described as data in toolchains.yaml (shipped with
 * judge, overridable per language in $XDG_CONFIG_HOME/judge/).
 */
#ifndef JUDGE_LANG_H
#define JUDGE_LANG_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "judge/runner.h"

/* How a language builds and runs function and design problems: the
 * solution beside the driver files of judge/harness/ (and, for C and C++,
 * a generated main), docs/function-problems.md. */
struct harness_def {
	char *solution;   /* the solution's name: "solution.c", "{class}.java" */
	char *prefix;     /* text put before its first line (Java's imports) */
	char **files;     /* driver files, relative to the harness directory */
	char *generate;   /* "c" or "cpp": judge writes the main file; or NULL */
	char **compile;
	char **run;
};

struct toolchain {
	char *id;         /* "c", "cpp", "python", ... */
	char *name;       /* "C++" */
	char **extensions;
	size_t extension_count;
	char *source;     /* the source's name in the build directory */
	char **compile;   /* NULL-terminated argv templates */
	char **run;
	char **version;
	enum run_profile profile;
	struct harness_def harness; /* harness.run is NULL when absent */
};

struct toolchains {
	struct toolchain *items;
	size_t count;
};

/* Loads the shipped table, then the user's overrides.  0 or -1 with d. */
int toolchains_load(struct toolchains *tc, struct diag *d);
/* Parses one table from memory into tc (adding or replacing). */
int toolchains_parse(struct toolchains *tc, const char *buf, size_t len,
		     const char *file, struct diag *d);
void toolchains_release(struct toolchains *tc);

const struct toolchain *toolchain_by_id(const struct toolchains *tc,
					const char *id);
/* By the file's extension; NULL when no toolchain claims it. */
const struct toolchain *toolchain_for_file(const struct toolchains *tc,
					   const char *path);
/*
 * The toolchain's version line ("12.2.0"), from its version command, run
 * once per process.  Returns 0, or -errno when the tool is missing (then
 * out holds why).
 */
int toolchain_version(const struct toolchain *t, char *out, size_t len);
/* Resolves a program name through the sandbox's PATH.  0 or -ENOENT. */
int toolchain_resolve(const char *name, char *out, size_t len);

#define TOOLCHAIN_PATH "/usr/local/bin:/usr/bin:/bin"

#endif
