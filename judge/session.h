/*
 * session.h: what grade.c's judging session shares with measure.c (the
 * complexity check): the programs of the session and how they are run.
 * Private to judge/.
 */
#ifndef JUDGE_SESSION_H
#define JUDGE_SESSION_H

#include <limits.h>
#include <pthread.h>

#include "box.h"
#include "grade.h"
#include "judge/runner.h"

/* A built program installed in the session's box. */
struct program {
	struct build build;
	char dir[PATH_MAX];
	char **argv;
};

struct session {
	const struct problem *p;
	const struct grade_opts *opts;
	const struct toolchains *tc;
	struct grade *g;
	struct box box;
	struct program solution;
	struct program checker;
	bool has_checker;
	char **input_paths;  /* per test */
	char **answer_paths; /* per test */
	pthread_mutex_t lock;
	size_t next;
	size_t done;
	size_t stop_at;      /* tests after this index are not started */
	char internal[512];  /* the first internal error, if any */
};

/* Builds and installs one program (solution, checker, generator or
 * reference); 0 with prog->build.ok telling whether it compiled, or -1
 * with d set. */
int session_prepare_program(struct session *s, const struct toolchain *t,
			    const char *path, const struct build_extra *extra,
			    struct program *prog, uint64_t memory_kb,
			    struct diag *d);
void program_release(struct program *prog);

/* Runs prog with extra arguments in scratch; stdin_path may be NULL.
 * 0 with *o filled, or -1 with the error in err. */
int session_run(struct session *s, const struct program *prog,
		char *const *extra, const char *stdin_path, int out_fd,
		int err_fd, const struct run_limits *limits,
		const char *scratch, struct run_outcome *o, char *err,
		size_t err_len);

/* Limits for the judge's own helpers: generators, references, checkers. */
struct run_limits session_helper_limits(void);
bool outcome_clean(const struct run_outcome *o);
/* Sets r's verdict and message from an outcome that is not a clean exit;
 * false when it was clean. */
bool outcome_verdict(const struct problem *p, const struct run_outcome *o,
		     const char *err_text, struct test_result *r);

/* A fresh 16-hex-digit nonce for a driver's result lines. */
void session_new_nonce(char nonce[17]);
/* Writes a driver's input: header (per-call limit limit_ms), signature
 * block, and the tests whose argument files are given, numbered index[]. */
int session_write_driver_input(const char *path, const char *nonce,
			       uint64_t limit_ms, const char *block,
			       const size_t *index, char *const *inputs,
			       size_t count);
/* The folder generated inputs are cached in ($XDG_CACHE_HOME/judge/
 * tests), or the session's box when there is none. */
void session_tests_cache(struct session *s, char *out, size_t len);
/* A driver's result line without its "@@NONCE " prefix, or NULL when it
 * is not one (anything else on the stream is the solution's). */
char *session_frame(char *line, const char *nonce);
/* Whether the kernel's CPU count for a driver process exceeds what its
 * calls reported by more than the driver's own work can explain. */
bool session_clock_tampered(uint64_t process_ms, uint64_t reported_ms,
			    size_t input_bytes);
/* Splits arguments on spaces: a NULL-terminated array (build_argv_free). */
char **session_split_args(const char *text);
const struct toolchain *session_toolchain_of(struct session *s,
					     const char *path, struct diag *d);

#endif
