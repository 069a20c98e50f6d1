/*
 * grade.c: judging one solution against one problem.
 *
 * Order of work: pick the toolchain, compile (cache), install the program
 * into the session's box, prepare test files (inline tests are written
 * out; generated tests come from the cache or are made now), build the
 * custom checker if any, then run the tests.  Tests run on `jobs` worker
 * threads, each taking the next test; the runner measures CPU time per
 * process tree, which other tests running beside it barely change, but a
 * test that ends within reach of its limit while others ran is measured
 * again alone before its verdict stands (docs/judging.md).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "fsutil.h"
#include "grade.h"
#include "harness.h"
#include "measure.h"
#include "paths.h"
#include "session.h"
#include "sha256.h"
#include "value.h"

/* A run within this share of its CPU limit is measured again alone. */
#define REMEASURE_SHARE 0.75

static void set_internal(struct session *s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void set_internal(struct session *s, const char *fmt, ...)
{
	va_list ap;

	pthread_mutex_lock(&s->lock);
	if (!s->internal[0]) {
		va_start(ap, fmt);
		vsnprintf(s->internal, sizeof(s->internal), fmt, ap);
		va_end(ap);
	}
	pthread_mutex_unlock(&s->lock);
}

/* Builds and installs one program (solution, checker or generator). */
int session_prepare_program(struct session *s, const struct toolchain *t,
			   const char *path, const struct build_extra *extra,
			   struct program *prog, uint64_t memory_kb,
			   struct diag *d)
{
	int rc;

	if (build_source(&s->box, t, path, extra, &prog->build, d))
		return -1;
	if (!prog->build.ok)
		return 0;
	rc = build_install(&prog->build, &s->box, prog->dir, sizeof(prog->dir));
	if (!rc)
		rc = build_run_argv(&prog->build, prog->dir, memory_kb,
				    &prog->argv);
	if (rc) {
		diag_set(d, path, 0, 0, "cannot install the built program: %s",
			 strerror(-rc));
		return -1;
	}
	return 0;
}

void program_release(struct program *prog)
{
	build_release(&prog->build);
	build_argv_free(prog->argv);
	prog->argv = NULL;
}

/* argv plus extra arguments, in a new array of borrowed strings. */
static const char **with_args(char **argv, char *const *extra)
{
	size_t n = 0, m = 0;
	const char **out;

	while (argv[n])
		n++;
	while (extra && extra[m])
		m++;
	out = calloc(n + m + 1, sizeof(*out));
	if (!out)
		return NULL;
	for (size_t i = 0; i < n; i++)
		out[i] = argv[i];
	for (size_t i = 0; i < m; i++)
		out[n + i] = extra[i];
	return out;
}

/*
 * Runs a program of the session in a fresh scratch directory.  stdin_path
 * may be NULL.  Returns 0 with *o filled, or -1 with the error in err.
 */
int session_run(struct session *s, const struct program *prog,
		       char *const *extra, const char *stdin_path, int out_fd,
		       int err_fd, const struct run_limits *limits,
		       const char *scratch, struct run_outcome *o, char *err,
		       size_t err_len)
{
	const char *read_paths[] = { prog->dir };
	const char **argv = with_args(prog->argv, extra);
	struct run_spec spec;
	int in_fd = -1, rc;

	(void)s;
	if (!argv) {
		snprintf(err, err_len, "out of memory");
		return -1;
	}
	if (stdin_path) {
		in_fd = open(stdin_path, O_RDONLY | O_CLOEXEC);
		if (in_fd < 0) {
			snprintf(err, err_len, "cannot open '%s': %s",
				 stdin_path, strerror(errno));
			free(argv);
			return -1;
		}
	}
	run_spec_init(&spec);
	spec.argv = argv;
	spec.envp = build_env(scratch);
	spec.scratch_dir = scratch;
	spec.read_paths = read_paths;
	spec.read_path_count = 1;
	spec.stdin_fd = in_fd;
	spec.stdout_fd = out_fd;
	spec.stderr_fd = err_fd;
	spec.limits = *limits;
	spec.profile = prog->build.tc->profile;
	rc = runner_run(&spec, o, err, err_len);
	if (in_fd >= 0)
		close(in_fd);
	free(argv);
	return rc ? -1 : 0;
}

static struct run_limits solution_limits(const struct problem *p)
{
	struct run_limits l = { 0 };

	l.cpu_ms = p->limits.time_ms;
	l.wall_ms = p->limits.wall_ms;
	l.memory_kb = p->limits.memory_kb;
	l.output_bytes = p->limits.output_bytes;
	l.file_bytes = p->limits.output_bytes;
	return l;
}

/* Limits for the judge's own helpers: generators, references, checkers. */
struct run_limits session_helper_limits(void)
{
	struct run_limits l = { 0 };

	l.cpu_ms = 20000;
	l.wall_ms = 40000;
	l.memory_kb = 1024 * 1024;
	l.output_bytes = 512u << 20;
	l.file_bytes = 512u << 20;
	return l;
}

bool outcome_clean(const struct run_outcome *o)
{
	return !o->blocked && o->limit == RUN_LIMIT_NONE &&
	       o->end == RUN_EXITED && o->exit_code == 0;
}

static const char *signal_hint(int sig)
{
	switch (sig) {
	case SIGSEGV:
		return "invalid memory access, or a stack overflow";
	case SIGFPE:
		return "arithmetic error, such as division by zero";
	case SIGABRT:
		return "aborted: a failed assertion or an uncaught exception";
	case SIGBUS:
		return "bad memory access";
	case SIGKILL:
		return "killed";
	default:
		return "killed by a signal";
	}
}

/* Out-of-memory errors each language reports on stderr. */
static bool says_out_of_memory(const char *err)
{
	static const char *const markers[] = {
		"MemoryError", "java.lang.OutOfMemoryError", "std::bad_alloc",
		"JavaScript heap out of memory", "Cannot allocate memory",
		NULL,
	};

	for (const char *const *m = markers; err && *m; m++)
		if (strstr(err, *m))
			return true;
	return false;
}

/* What a run's outcome means for a solution, when it is not AC/WA. */
bool outcome_verdict(const struct problem *p, const struct run_outcome *o,
			    const char *err_text, struct test_result *r)
{
	if (o->blocked) {
		r->verdict = VERDICT_SV;
		snprintf(r->message, sizeof(r->message),
			 "the sandbox blocked the system call '%s'", o->syscall);
	} else if (o->limit == RUN_LIMIT_CPU) {
		r->verdict = VERDICT_TLE;
		snprintf(r->message, sizeof(r->message),
			 "used more than %llu ms of CPU time",
			 (unsigned long long)p->limits.time_ms);
	} else if (o->limit == RUN_LIMIT_WALL) {
		r->verdict = VERDICT_TLE;
		snprintf(r->message, sizeof(r->message),
			 "ran longer than %llu ms of wall-clock time (waiting "
			 "for input or sleeping?)",
			 (unsigned long long)p->limits.wall_ms);
	} else if (o->limit == RUN_LIMIT_MEMORY) {
		r->verdict = VERDICT_MLE;
		snprintf(r->message, sizeof(r->message),
			 "peak memory %.1f MiB is over the %.0f MiB limit",
			 (double)o->memory_kb / 1024,
			 (double)p->limits.memory_kb / 1024);
	} else if (o->limit == RUN_LIMIT_OUTPUT ||
		   o->limit == RUN_LIMIT_FILE_SIZE) {
		r->verdict = VERDICT_OLE;
		snprintf(r->message, sizeof(r->message),
			 "wrote more than %llu bytes",
			 (unsigned long long)p->limits.output_bytes);
	} else if (says_out_of_memory(err_text) &&
		   (o->end == RUN_SIGNALED || o->exit_code != 0)) {
		r->verdict = VERDICT_MLE;
		snprintf(r->message, sizeof(r->message),
			 "ran out of memory (limit %.0f MiB)",
			 (double)p->limits.memory_kb / 1024);
	} else if (o->end == RUN_SIGNALED) {
		r->verdict = VERDICT_RE;
		snprintf(r->message, sizeof(r->message), "%s (signal %d)",
			 signal_hint(o->signal), o->signal);
	} else if (o->exit_code != 0) {
		r->verdict = VERDICT_RE;
		snprintf(r->message, sizeof(r->message), "exit status %d",
			 o->exit_code);
	} else {
		return false;
	}
	return true;
}

/* The lines of text from line-2 on, at most GRADE_EXCERPT bytes; *from
 * gets the number of its first line. */
static char *excerpt(const char *text, size_t len, size_t line, size_t *from)
{
	size_t start = 0, cur = 1, n;
	char *out;

	while (line > 3 && cur < line - 2 && start < len) {
		const char *nl = memchr(text + start, '\n', len - start);

		if (!nl)
			break;
		start = (size_t)(nl - text) + 1;
		cur++;
	}
	n = len - start > GRADE_EXCERPT ? GRADE_EXCERPT : len - start;
	if (from)
		*from = cur;
	if (asprintf(&out, "%.*s%s", (int)n, text + start,
		     start + n < len ? "\n..." : "") < 0)
		return NULL;
	return out;
}

static char *file_excerpt(const char *path, size_t line)
{
	char *text = NULL, *out;
	size_t len;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return NULL;
	/* The window needs the lines before it; 8 MiB covers any excerpt
	 * a person will read. */
	fs_read_fd(fd, 8u << 20, &text, &len, NULL);
	close(fd);
	if (!text)
		return NULL;
	out = excerpt(text, len, line, NULL);
	free(text);
	return out;
}

/* Runs the custom checker on one test's files; sets r's verdict. */
static void run_checker(struct session *s, size_t i, const char *output,
			size_t output_len, struct test_result *r)
{
	static char in_name[] = "input", out_name[] = "output",
		    ans_name[] = "answer";
	char *const extra[] = { in_name, out_name, ans_name, NULL };
	struct run_limits limits = session_helper_limits();
	char dir[PATH_MAX], path[PATH_MAX], err[512], *msg = NULL;
	struct run_outcome o;
	size_t msg_len;
	int log;

	if (box_dir(&s->box, "check", 1, dir, sizeof(dir))) {
		set_internal(s, "cannot make the checker's directory");
		r->verdict = VERDICT_IE;
		return;
	}
	if (fs_path(path, sizeof(path), "%s/input", dir) ||
	    fs_copy_file(s->input_paths[i], path, 0644) ||
	    fs_path(path, sizeof(path), "%s/answer", dir) ||
	    fs_copy_file(s->answer_paths[i], path, 0644) ||
	    fs_path(path, sizeof(path), "%s/output", dir) ||
	    fs_write_file(path, output, output_len) || chmod(path, 0644)) {
		set_internal(s, "cannot give the checker its files");
		r->verdict = VERDICT_IE;
		fs_remove_tree(dir);
		return;
	}
	log = memfd_create("checker", MFD_CLOEXEC);
	if (session_run(s, &s->checker, extra, NULL, log, log, &limits, dir,
			&o, err, sizeof(err))) {
		set_internal(s, "the checker could not run: %s", err);
		r->verdict = VERDICT_IE;
		close(log);
		return;
	}
	fs_read_fd(log, 4096, &msg, &msg_len, NULL);
	close(log);
	fs_remove_tree(dir);
	if (msg)
		msg[strcspn(msg, "\n")] = '\0';
	if (outcome_clean(&o)) {
		r->verdict = VERDICT_AC;
	} else if (o.end == RUN_EXITED && !o.blocked &&
		   o.limit == RUN_LIMIT_NONE &&
		   (o.exit_code == 1 || o.exit_code == 2)) {
		r->verdict = VERDICT_WA;
		snprintf(r->message, sizeof(r->message), "checker: %s",
			 msg && msg[0] ? msg : "wrong answer");
	} else {
		r->verdict = VERDICT_IE;
		set_internal(s, "the checker failed on test '%s'%s%s",
			     r->spec->name, msg && msg[0] ? ": " : "",
			     msg ? msg : "");
		snprintf(r->message, sizeof(r->message), "checker failed");
	}
	free(msg);
}

/* Compares the output with the answer; sets r's verdict. */
static void judge_output(struct session *s, size_t i, int out_fd,
			 struct test_result *r)
{
	char *actual = NULL, *expected = NULL;
	size_t alen = 0, elen = 0;
	int rc;

	rc = fs_read_fd(out_fd, s->p->limits.output_bytes, &actual, &alen,
			NULL);
	if (!rc)
		rc = fs_read_file(s->answer_paths[i], 1ULL << 31, &expected,
				  &elen);
	if (rc) {
		set_internal(s, "cannot read the output of test '%s': %s",
			     r->spec->name, strerror(-rc));
		r->verdict = VERDICT_IE;
		goto out;
	}
	if (s->opts->capture) {
		r->output_text = actual;
		actual = NULL;
		r->verdict = VERDICT_AC;
	} else if (s->has_checker) {
		run_checker(s, i, actual, alen, r);
	} else {
		compare_output(&s->p->checker, expected, elen, actual, alen,
			     &r->check);
		r->verdict = r->check.same ? VERDICT_AC : VERDICT_WA;
		if (!r->check.same)
			snprintf(r->message, sizeof(r->message), "%s",
				 r->check.message);
	}
	if (r->verdict == VERDICT_WA) {
		r->expected = excerpt(expected, elen, r->check.expected_line,
				      &r->expected_from);
		r->actual = excerpt(actual, alen, r->check.actual_line,
				    &r->actual_from);
	}
out:
	free(actual);
	free(expected);
}

/* Runs test i once and fills r. */
static void run_test(struct session *s, size_t i, struct test_result *r)
{
	struct run_limits limits = solution_limits(s->p);
	char scratch[PATH_MAX], err[512], *err_text = NULL;
	struct run_outcome o;
	size_t err_len;
	int out_fd, err_fd;

	free(r->input);
	free(r->expected);
	free(r->actual);
	free(r->stderr_text);
	r->input = r->expected = r->actual = r->stderr_text = NULL;
	r->message[0] = '\0';
	out_fd = memfd_create("stdout", MFD_CLOEXEC);
	err_fd = memfd_create("stderr", MFD_CLOEXEC);
	if (out_fd < 0 || err_fd < 0 ||
	    box_dir(&s->box, "run", 1, scratch, sizeof(scratch))) {
		set_internal(s, "cannot prepare a run: %s", strerror(errno));
		r->verdict = VERDICT_IE;
		goto out;
	}
	if (session_run(s, &s->solution, NULL, s->input_paths[i], out_fd,
			err_fd, &limits, scratch, &o, err, sizeof(err))) {
		set_internal(s, "test '%s': %s", r->spec->name, err);
		r->verdict = VERDICT_IE;
		fs_remove_tree(scratch);
		goto out;
	}
	fs_remove_tree(scratch);
	r->ran = true;
	r->cpu_ms = o.cpu_ms;
	r->wall_ms = o.wall_ms;
	r->memory_kb = o.memory_kb;
	fs_read_fd(err_fd, 4096, &err_text, &err_len, NULL);
	if (!outcome_verdict(s->p, &o, err_text, r))
		judge_output(s, i, out_fd, r);
	if (r->verdict != VERDICT_AC) {
		r->input = file_excerpt(s->input_paths[i], 1);
		r->stderr_text = err_text;
		err_text = NULL;
	}
out:
	free(err_text);
	if (out_fd >= 0)
		close(out_fd);
	if (err_fd >= 0)
		close(err_fd);
}

static void *worker(void *arg)
{
	struct session *s = arg;
	struct grade *g = s->g;

	for (;;) {
		struct test_result *r;
		size_t i, done;

		pthread_mutex_lock(&s->lock);
		while (s->next < g->test_count &&
		       !g->tests[s->next].selected)
			s->next++;
		i = s->next++;
		if (i >= g->test_count || i > s->stop_at) {
			pthread_mutex_unlock(&s->lock);
			return NULL;
		}
		pthread_mutex_unlock(&s->lock);

		r = &g->tests[i];
		run_test(s, i, r);

		pthread_mutex_lock(&s->lock);
		if (r->verdict != VERDICT_AC && s->opts->stop_on_failure &&
		    i < s->stop_at)
			s->stop_at = i;
		done = ++s->done;
		pthread_mutex_unlock(&s->lock);
		if (s->opts->progress)
			s->opts->progress(s->opts->progress_ctx, done,
					  g->selected_count);
	}
}

static void run_all(struct session *s)
{
	unsigned jobs = s->opts->jobs;
	pthread_t threads[64];
	unsigned started = 0;

	if (!jobs) {
		long n = sysconf(_SC_NPROCESSORS_ONLN);

		jobs = n > 0 ? (unsigned)n : 1;
	}
	if (jobs > 64)
		jobs = 64;
	if (jobs > s->g->selected_count)
		jobs = s->g->selected_count ? (unsigned)s->g->selected_count
					    : 1;
	s->stop_at = SIZE_MAX;
	for (unsigned j = 1; j < jobs; j++)
		if (!pthread_create(&threads[started], NULL, worker, s))
			started++;
	worker(s);
	for (unsigned j = 0; j < started; j++)
		pthread_join(threads[j], NULL);
	if (!started)
		return;
	/* Others ran beside these: measure close calls again, alone, in
	 * test order.  With --stop-on-failure, tests after the first that
	 * still fails cannot change the verdict and are left as they are. */
	for (size_t i = 0; i < s->g->test_count; i++) {
		struct test_result *r = &s->g->tests[i];

		if (!r->ran)
			continue;
		if (r->verdict == VERDICT_TLE ||
		    (double)r->cpu_ms >= REMEASURE_SHARE *
						 (double)s->p->limits.time_ms) {
			run_test(s, i, r);
			r->remeasured = true;
		}
		if (r->verdict != VERDICT_AC && s->opts->stop_on_failure)
			break;
	}
}

/* Splits generator arguments on spaces into a NULL-terminated array. */
char **session_split_args(const char *text)
{
	char *copy = strdup(text), *save = NULL, **out;
	size_t n = 0;

	if (!copy)
		return NULL;
	out = calloc(strlen(text) / 2 + 2, sizeof(*out));
	for (char *w = strtok_r(copy, " \t", &save); out && w;
	     w = strtok_r(NULL, " \t", &save))
		out[n++] = strdup(w);
	free(copy);
	return out;
}

void session_new_nonce(char nonce[17])
{
	snprintf(nonce, 17, "%08x%08x", (unsigned)random(), (unsigned)random());
}

/* Writes the driver's input: the header, the signature, and the tests
 * whose argument files are given. */
int session_write_driver_input(const char *path, const char *nonce,
			       uint64_t limit_ms, const char *block,
			       const size_t *index, char *const *inputs,
			       size_t count)
{
	FILE *in = fopen(path, "we");
	int rc = 0;

	if (!in)
		return -errno;
	fprintf(in, "judge-harness 1\nnonce %s\nlimit-ms %llu\n%stests %zu\n",
		nonce, (unsigned long long)limit_ms, block, count);
	for (size_t k = 0; k < count && !rc; k++) {
		char *text = NULL;
		size_t len, lines = 0;

		rc = fs_read_file(inputs[k], 64u << 20, &text, &len);
		if (rc)
			break;
		while (len > 0 && (text[len - 1] == '\n' ||
				   text[len - 1] == '\r'))
			text[--len] = '\0';
		for (size_t j = 0; j < len; j++)
			lines += text[j] == '\n';
		fprintf(in, "test %zu %zu\n%s\n", index[k], len ? lines + 1 : 0,
			text);
		free(text);
	}
	if (fclose(in) && !rc)
		rc = -EIO;
	return rc;
}

/* The reference's answer to one function test, written to out_fd. */
static int reference_answer(struct session *s, struct program *ref,
			    const char *in_path, int out_fd, const char *dir,
			    char *err, size_t err_len)
{
	struct run_limits limits = session_helper_limits();
	char path[PATH_MAX], nonce[17], *block, *out = NULL, *line, *save;
	char *const inputs[] = { (char *)in_path };
	const size_t index[] = { 0 };
	struct run_outcome o;
	size_t len;
	int res = memfd_create("reference", MFD_CLOEXEC), rc = -1;

	block = harness_signature_block(s->p);
	session_new_nonce(nonce);
	if (res < 0 || !block ||
	    fs_path(path, sizeof(path), "%s/reference.in", dir) ||
	    session_write_driver_input(path, nonce, s->p->limits.time_ms,
				       block, index, inputs, 1)) {
		snprintf(err, err_len, "cannot write its input");
		goto out;
	}
	if (session_run(s, ref, NULL, path, res, -1, &limits, dir, &o, err,
			err_len))
		goto out;
	fs_read_fd(res, 256u << 20, &out, &len, NULL);
	snprintf(err, err_len, "no result");
	for (line = out ? strtok_r(out, "\n", &save) : NULL; line;
	     line = strtok_r(NULL, "\n", &save)) {
		const char *rest = session_frame(line, nonce), *value;

		if (!rest || strncmp(rest, "0 ok ", 5))
			continue;
		value = strchr(rest + 5, ' ');
		if (value && fs_write_fd_line(out_fd, value + 1) == 0) {
			rc = 0;
			break;
		}
	}
	if (rc && line == NULL && out && strstr(out, " error "))
		snprintf(err, err_len, "it threw: %.200s", strstr(out, " error ") + 7);
out:
	free(out);
	free(block);
	if (res >= 0)
		close(res);
	return rc;
}

void session_tests_cache(struct session *s, char *out, size_t len)
{
	if (paths_cache_dir(out, len) == 0 && strlen(out) + 7 < len) {
		strcat(out, "/tests");
		if (mkdir(out, 0700) == 0 || errno == EEXIST)
			return;
	}
	snprintf(out, len, "%s", s->box.root);
}

char *session_frame(char *line, const char *nonce)
{
	if (line[0] != '@' || line[1] != '@' || strncmp(line + 2, nonce, 16) ||
	    line[18] != ' ')
		return NULL;
	return line + 19;
}

/* A run whose kernel count does not cover its reported calls: its first
 * accepted test is blamed (session_clock_tampered). */
bool session_clock_tampered(uint64_t process_ms, uint64_t reported_ms,
			    size_t input_bytes)
{
	return process_ms > 2 * reported_ms + 2000 + input_bytes / 2000;
}

/* Makes (or finds in the cache) the files of one generated test. */
static int generate_test(struct session *s, struct program *gen,
			 struct program *ref, const struct test_spec *t,
			 char **in_path, char **out_path, struct diag *d)
{
	struct run_limits limits = session_helper_limits();
	char cache[PATH_MAX], dir[PATH_MAX] = "", err[512] = "", key[65];
	struct run_outcome o;
	struct sha256 h;
	char **args;
	int in_fd = -1, out_fd = -1, rc = -1;

	sha256_init(&h);
	sha256_update(&h, gen->build.key, sizeof(gen->build.key));
	sha256_update(&h, ref->build.key, sizeof(ref->build.key));
	sha256_update(&h, t->generate, strlen(t->generate) + 1);
	sha256_hex(&h, key);
	session_tests_cache(s, cache, sizeof(cache));
	if (asprintf(in_path, "%s/%s.in", cache, key) < 0 ||
	    asprintf(out_path, "%s/%s.out", cache, key) < 0)
		return -1;
	if (access(*in_path, R_OK) == 0 && access(*out_path, R_OK) == 0)
		return 0;

	args = session_split_args(t->generate);
	in_fd = open(*in_path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	out_fd = open(*out_path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (!args || in_fd < 0 || out_fd < 0 ||
	    box_dir(&s->box, "gen", 1, dir, sizeof(dir))) {
		diag_set(d, s->p->yaml_path, t->line, 0, "cannot prepare test "
			 "'%s': %s", t->name, strerror(errno));
		goto out;
	}
	if (session_run(s, gen, args, NULL, in_fd, -1, &limits, dir, &o, err,
			sizeof(err)) || !outcome_clean(&o)) {
		diag_set(d, s->p->yaml_path, t->line, 0, "the generator failed "
			 "on test '%s' (%s)", t->name,
			 err[0] ? err : "it did not exit 0");
		goto out;
	}
	if (s->p->kind != PROBLEM_STDIO) {
		if (reference_answer(s, ref, *in_path, out_fd, dir, err,
				     sizeof(err))) {
			diag_set(d, s->p->yaml_path, t->line, 0, "the reference "
				 "solution failed on generated test '%s': %s",
				 t->name, err);
			goto out;
		}
	} else if (session_run(s, ref, NULL, *in_path, out_fd, -1, &limits,
			       dir, &o, err, sizeof(err)) || !outcome_clean(&o)) {
		diag_set(d, s->p->yaml_path, t->line, 0, "the reference "
			 "solution failed on generated test '%s'", t->name);
		goto out;
	}
	rc = 0;
out:
	if (dir[0])
		fs_remove_tree(dir);
	build_argv_free(args);
	if (in_fd >= 0)
		close(in_fd);
	if (out_fd >= 0)
		close(out_fd);
	if (rc) {
		unlink(*in_path);
		unlink(*out_path);
	}
	return rc;
}

const struct toolchain *session_toolchain_of(struct session *s,
					    const char *path, struct diag *d)
{
	const struct toolchain *t = toolchain_for_file(s->tc, path);

	if (!t)
		diag_set(d, path, 0, 0, "no toolchain for this file's "
			 "extension");
	return t;
}

/* Writes inline tests to files and makes generated ones. */
static int prepare_tests(struct session *s, struct diag *d)
{
	const struct problem *p = s->p;
	struct program gen = { 0 }, ref = { 0 };
	struct harness_files ref_files = { 0 };
	struct build_extra ref_extra;
	bool need_gen = false;
	char dir[PATH_MAX];
	int rc = 0;

	s->input_paths = calloc(p->test_count, sizeof(char *));
	s->answer_paths = calloc(p->test_count, sizeof(char *));
	if (!s->input_paths || !s->answer_paths ||
	    box_dir(&s->box, "tests", 0, dir, sizeof(dir)))
		return -1;
	for (size_t i = 0; i < p->test_count; i++) {
		const struct test_spec *t = &p->tests[i];

		if (!s->g->tests[i].selected)
			continue;
		if (t->source == TEST_FILE) {
			s->input_paths[i] = strdup(t->input_path);
			s->answer_paths[i] = strdup(t->output_path);
		} else if (t->source == TEST_INLINE) {
			if (asprintf(&s->input_paths[i], "%s/%zu.in", dir, i) < 0 ||
			    asprintf(&s->answer_paths[i], "%s/%zu.out", dir, i) < 0 ||
			    fs_write_file(s->input_paths[i], t->input,
					  t->input_len) ||
			    fs_write_file(s->answer_paths[i], t->output,
					  t->output_len))
				return -1;
		} else {
			need_gen = true;
		}
	}
	if (!need_gen)
		return 0;
	{
		const struct toolchain *gt = session_toolchain_of(s, p->generator, d);
		const struct toolchain *rt = session_toolchain_of(s, p->reference, d);
		bool harness = p->kind != PROBLEM_STDIO;

		/* A function problem's reference runs through its driver. */
		if (!gt || !rt ||
		    (harness && harness_prepare(p, rt, &ref_files, &ref_extra,
						d)) ||
		    session_prepare_program(s, gt, p->generator, NULL, &gen,
				    1024 * 1024, d) ||
		    session_prepare_program(s, rt, p->reference,
				    harness ? &ref_extra : NULL, &ref,
				    p->limits.memory_kb, d)) {
			rc = -1;
			goto out;
		}
		if (!gen.build.ok || !ref.build.ok) {
			diag_set(d, gen.build.ok ? p->reference : p->generator,
				 0, 0, "does not compile");
			rc = -1;
			goto out;
		}
	}
	for (size_t i = 0; i < p->test_count && !rc; i++)
		if (s->g->tests[i].selected &&
		    p->tests[i].source == TEST_GENERATED)
			rc = generate_test(s, &gen, &ref, &p->tests[i],
					   &s->input_paths[i],
					   &s->answer_paths[i], d);
out:
	program_release(&gen);
	program_release(&ref);
	harness_files_release(&ref_files);
	return rc;
}

/* ---- function and design problems: one driver process for many tests */

/* Judges one result line of the driver for test i. */
static void judge_frame(struct session *s, size_t i, const char *status,
			const char *rest, struct test_result *r)
{
	unsigned long long ns = 0;
	const char *value = rest;

	/* A test run again alone (memory) is judged afresh. */
	free(r->expected);
	free(r->actual);
	free(r->output_text);
	r->expected = r->actual = r->output_text = NULL;
	r->message[0] = '\0';
	r->ran = true;
	if (!strcmp(status, "ok") || !strcmp(status, "tle")) {
		ns = strtoull(rest, (char **)&value, 10);
		r->cpu_ms = (ns + 999999) / 1000000;
		/* Drivers time the call by CPU only; that is its time. */
		r->wall_ms = r->cpu_ms;
		while (*value == ' ')
			value++;
	}
	if (!strcmp(status, "tle") || r->cpu_ms > s->p->limits.time_ms) {
		r->verdict = VERDICT_TLE;
		snprintf(r->message, sizeof(r->message), "the call used more "
			 "than %llu ms of CPU time",
			 (unsigned long long)s->p->limits.time_ms);
	} else if (!strcmp(status, "error")) {
		/* A language's own out-of-memory error is MLE, as for stdio
		 * programs. */
		r->verdict = says_out_of_memory(rest) ? VERDICT_MLE
						      : VERDICT_RE;
		snprintf(r->message, sizeof(r->message), "%s", rest);
	} else if (!strcmp(status, "ok") && s->opts->capture) {
		r->output_text = strdup(value);
		r->verdict = VERDICT_AC;
	} else if (!strcmp(status, "ok") && s->has_checker) {
		/* The checker gets the arguments, the expected and the
		 * returned value, as a stdio checker gets its files. */
		run_checker(s, i, value, strlen(value), r);
		if (r->verdict == VERDICT_WA) {
			r->actual = strdup(value);
			r->check.actual_line = r->actual_from = 1;
		}
	} else if (!strcmp(status, "ok")) {
		struct value want, got;
		char *expected = NULL;
		size_t elen, at;
		const char *why;

		if (fs_read_file(s->answer_paths[i], 64u << 20, &expected,
				 &elen) ||
		    value_parse(expected, elen, &want, &at, &why)) {
			set_internal(s, "test '%s': the expected output is not "
				     "a value", r->spec->name);
			r->verdict = VERDICT_IE;
			free(expected);
			return;
		}
		if (value_parse(value, strlen(value), &got, &at, &why)) {
			set_internal(s, "test '%s': the driver printed no value "
				     "(%s)", r->spec->name, why);
			r->verdict = VERDICT_IE;
		} else {
			r->verdict = value_equal(&want, &got,
						 (enum value_order)s->p->compare,
						 s->p->compare_abs,
						 s->p->compare_rel)
					     ? VERDICT_AC
					     : VERDICT_WA;
			value_release(&got);
		}
		if (r->verdict == VERDICT_WA) {
			char *canon = value_format(&want);

			snprintf(r->message, sizeof(r->message),
				 "expected %.120s, got %.120s",
				 canon ? canon : "?", value);
			r->expected = canon;
			r->actual = strdup(value);
			r->check.expected_line = r->check.actual_line = 1;
			r->expected_from = r->actual_from = 1;
		}
		value_release(&want);
		free(expected);
	} else {
		set_internal(s, "test '%s' does not fit the signature: %s",
			     r->spec->name, rest);
		r->verdict = VERDICT_IE;
		snprintf(r->message, sizeof(r->message), "does not fit the "
			 "signature: %s", rest);
	}
	if (r->verdict != VERDICT_AC && !r->input)
		r->input = file_excerpt(s->input_paths[i], 1);
}

/* A run whose kernel count does not cover its reported calls: its first
 * accepted test is blamed (session_clock_tampered). */
static void check_clock(struct session *s, const size_t *todo, size_t done,
			const struct run_outcome *o, uint64_t reported_ms,
			size_t inputs_bytes)
{
	if (!done || !session_clock_tampered(o->cpu_ms, reported_ms,
					      inputs_bytes))
		return;
	for (size_t k = 0; k < done; k++) {
		struct test_result *r = &s->g->tests[todo[k]];

		if (r->verdict != VERDICT_AC)
			continue;
		r->verdict = VERDICT_RE;
		snprintf(r->message, sizeof(r->message),
			 "the process used %llu ms of CPU but its calls report "
			 "%llu ms: was the clock tampered with?",
			 (unsigned long long)o->cpu_ms,
			 (unsigned long long)reported_ms);
		break;
	}
}

/*
 * Runs the tests listed in todo[0..count) in one driver process.
 * Returns how many of them got a result; *died tells whether the process
 * ended before reporting on all of them (the next one is to blame).
 */
static size_t run_batch(struct session *s, const size_t *todo, size_t count,
			char *block, struct run_outcome *o, bool *died,
			char **err_text)
{
	struct run_limits limits = solution_limits(s->p);
	char scratch[PATH_MAX], inpath[PATH_MAX], err[512], nonce[17];
	char *out = NULL, *line, *save = NULL;
	size_t done = 0, out_len, inputs_bytes = 0;
	uint64_t reported_ms = 0;
	bool finished = false;
	char **inputs;
	int out_fd = -1, err_fd = -1;

	*died = false;
	session_new_nonce(nonce);
	inputs = calloc(count, sizeof(*inputs));
	if (!inputs || box_dir(&s->box, "run", 1, scratch, sizeof(scratch)) ||
	    fs_path(inpath, sizeof(inpath), "%s.in", scratch)) {
		free(inputs);
		set_internal(s, "cannot prepare the driver's input");
		return 0;
	}
	for (size_t k = 0; k < count; k++) {
		struct stat st;

		inputs[k] = s->input_paths[todo[k]];
		if (!stat(inputs[k], &st))
			inputs_bytes += (size_t)st.st_size;
	}
	if (session_write_driver_input(inpath, nonce, s->p->limits.time_ms,
				       block, todo, inputs, count)) {
		free(inputs);
		set_internal(s, "cannot write the driver's input");
		return 0;
	}
	free(inputs);
	/* The driver stops each call at the limit; this is the backstop
	 * for the whole process (start-up included). */
	limits.cpu_ms = s->p->limits.time_ms * (count + 1) + 2000;
	limits.wall_ms = limits.cpu_ms * 2 + 1000;
	limits.output_bytes = 256u << 20;
	out_fd = memfd_create("results", MFD_CLOEXEC);
	err_fd = memfd_create("stderr", MFD_CLOEXEC);
	if (session_run(s, &s->solution, NULL, inpath, out_fd, err_fd, &limits,
			scratch, o, err, sizeof(err))) {
		set_internal(s, "%s", err);
		goto out;
	}
	fs_read_fd(out_fd, 256u << 20, &out, &out_len, NULL);
	fs_read_fd(err_fd, 4096, err_text, &out_len, NULL);
	for (line = out ? strtok_r(out, "\n", &save) : NULL; line;
	     line = strtok_r(NULL, "\n", &save)) {
		char status[16];
		size_t index;
		int used = 0;

		/* Only the driver knows the nonce: anything else on this
		 * stream is ignored. */
		if (!(line = session_frame(line, nonce)))
			continue;
		if (!strcmp(line, "done")) {
			finished = true;
			break;
		}
		if (sscanf(line, "%zu %15s %n", &index, status, &used) < 2 ||
		    done >= count || index != todo[done]) {
			/* Only memory the solution corrupted (undefined
			 * behaviour) makes a driver garble its results: the
			 * test being run is to blame. */
			if (done < count) {
				struct test_result *r = &s->g->tests[todo[done]];

				r->ran = true;
				r->verdict = VERDICT_RE;
				snprintf(r->message, sizeof(r->message),
					 "the driver's results were garbled: "
					 "undefined behaviour in the solution?");
				done++;
			}
			finished = true;
			break;
		}
		judge_frame(s, index, status, line + used,
			    &s->g->tests[index]);
		s->g->tests[index].memory_kb = o->memory_kb;
		reported_ms += s->g->tests[index].cpu_ms;
		done++;
		/* The driver stops after a call over the limit, and after
		 * running out of memory (its heap is suspect); the rest go
		 * on in a fresh process. */
		if (!strcmp(status, "tle") ||
		    (!strcmp(status, "error") &&
		     says_out_of_memory(line + used))) {
			finished = true;
			break;
		}
	}
	*died = !finished && done < count;
	check_clock(s, todo, done, o, reported_ms, inputs_bytes);
out:
	free(out);
	fs_remove_tree(scratch);
	unlink(inpath);
	if (out_fd >= 0)
		close(out_fd);
	if (err_fd >= 0)
		close(err_fd);
	return done;
}

/* A test whose process peaked over the memory limit is MLE, unless it
 * already failed for another reason. */
static void charge_memory(struct session *s, size_t i,
			  const struct run_outcome *o)
{
	struct test_result *r = &s->g->tests[i];

	r->memory_kb = o->memory_kb;
	if (o->memory_kb <= s->p->limits.memory_kb ||
	    (r->verdict != VERDICT_AC && r->verdict != VERDICT_WA))
		return;
	r->verdict = VERDICT_MLE;
	snprintf(r->message, sizeof(r->message),
		 "peak memory %.1f MiB is over the %.0f MiB limit",
		 (double)o->memory_kb / 1024,
		 (double)s->p->limits.memory_kb / 1024);
	if (!r->input)
		r->input = file_excerpt(s->input_paths[i], 1);
}

/* Runs test i in a process of its own and charges it that peak. */
static void rerun_alone(struct session *s, size_t i, char *block)
{
	struct run_outcome o;
	char *err_text = NULL;
	bool died;
	const size_t one[] = { i };

	if (run_batch(s, one, 1, block, &o, &died, &err_text) == 1 && !died)
		charge_memory(s, i, &o);
	free(err_text);
}

static void run_function_tests(struct session *s)
{
	struct grade *g = s->g;
	char *block = harness_signature_block(s->p);
	size_t *todo = calloc(g->test_count + 1, sizeof(*todo)), count = 0;
	size_t total_done = 0;

	if (!block || !todo) {
		set_internal(s, "out of memory");
		goto out;
	}
	for (size_t i = 0; i < g->test_count; i++)
		if (g->tests[i].selected)
			todo[count++] = i;
	while (count > 0 && !s->internal[0]) {
		struct run_outcome o;
		char *err_text = NULL;
		bool died;
		size_t done = run_batch(s, todo, count, block, &o, &died,
					&err_text);
		struct test_result *last = NULL;

		/* The first failure of the batch shows the solution's own
		 * output, as LeetCode's stdout panel does. */
		for (size_t k = 0; k < done && !last; k++)
			if (g->tests[todo[k]].verdict != VERDICT_AC)
				last = &g->tests[todo[k]];
		/* One process's peak covers all its tests: over the limit
		 * with several tests, find which by running them alone. */
		if (o.memory_kb > s->p->limits.memory_kb && !s->internal[0] &&
		    !died) {
			if (done == 1)
				charge_memory(s, todo[0], &o);
			else
				for (size_t k = 0; k < done && !s->internal[0];
				     k++)
					rerun_alone(s, todo[k], block);
		}
		if (died && done < count && !s->internal[0]) {
			/* The test being run when the process ended. */
			struct test_result *r = &g->tests[todo[done]];

			r->ran = true;
			r->cpu_ms = o.cpu_ms;
			r->wall_ms = o.wall_ms;
			r->memory_kb = o.memory_kb;
			if (!last)
				last = r;
			if (!outcome_verdict(s->p, &o, err_text, r)) {
				set_internal(s, "the driver stopped before test "
					     "'%s' without an error",
					     r->spec->name);
				r->verdict = VERDICT_IE;
			} else if (r->verdict == VERDICT_TLE) {
				r->cpu_ms = s->p->limits.time_ms;
			}
			if (!r->input)
				r->input = file_excerpt(s->input_paths[todo[done]],
							1);
			done++;
		}
		/* Without a failure, the run's first tests show them. */
		if (!last && done && !g->tests[todo[0]].stderr_text &&
		    err_text && err_text[0])
			last = &g->tests[todo[0]];
		if (last && !last->stderr_text && err_text) {
			last->stderr_text = err_text;
			err_text = NULL;
		}
		free(err_text);
		total_done += done;
		if (s->opts->progress)
			s->opts->progress(s->opts->progress_ctx, total_done,
					  g->selected_count);
		if (done == 0) {
			set_internal(s, "the driver made no progress");
			break;
		}
		if (s->opts->stop_on_failure && last)
			break;
		memmove(todo, todo + done, (count - done) * sizeof(*todo));
		count -= done;
	}
out:
	free(block);
	free(todo);
}

static int select_tests(struct grade *g, const struct grade_opts *opts,
			struct diag *d)
{
	g->tests = calloc(g->problem->test_count, sizeof(*g->tests));
	if (!g->tests)
		return -1;
	g->test_count = g->problem->test_count;
	for (size_t i = 0; i < g->test_count; i++) {
		const struct test_spec *t = &g->problem->tests[i];
		struct test_result *r = &g->tests[i];

		r->spec = t;
		r->selected = !opts->only ||
			      (!strcmp(opts->only, "sample") ? t->sample
							     : !strcmp(opts->only,
								       t->name));
		g->selected_count += r->selected;
	}
	if (g->selected_count == 0) {
		diag_set(d, NULL, 0, 0, "problem '%s' has no test named '%s'",
			 g->problem->id, opts->only);
		diag_hint(d, "--only takes 'sample' or a test name: judge show "
			  "%s lists the samples", g->problem->id);
		return -1;
	}
	return 0;
}

static void decide(struct session *s)
{
	struct grade *g = s->g;

	/* Files that outlive the box: the problem's own and the cache's. */
	for (size_t i = 0; i < g->test_count; i++) {
		struct test_result *r = &g->tests[i];

		if (!r->ran || r->verdict == VERDICT_AC || !s->input_paths ||
		    !s->input_paths[i] || r->spec->source == TEST_INLINE)
			continue;
		r->input_path = strdup(s->input_paths[i]);
		r->answer_path = strdup(s->answer_paths[i]);
	}

	g->first_failure = SIZE_MAX;
	g->verdict = VERDICT_AC;
	for (size_t i = 0; i < g->test_count; i++) {
		if (g->tests[i].selected && (g->tests[i].ran ||
					     g->tests[i].verdict == VERDICT_IE) &&
		    g->tests[i].verdict != VERDICT_AC) {
			g->first_failure = i;
			g->verdict = g->tests[i].verdict;
			break;
		}
	}
	if (s->internal[0]) {
		g->verdict = VERDICT_IE;
		snprintf(g->message, sizeof(g->message), "%s", s->internal);
	}
}

/* Why the complexity check does not run, or NULL when it does. */
static const char *complexity_skipped(const struct problem *p,
				      const struct grade_opts *opts,
				      const struct grade *g)
{
	if (!p->complexity)
		return "the problem has no complexity budget";
	if (opts->no_complexity)
		return "--no-complexity";
	if (opts->capture || (opts->only && !opts->complexity_only))
		return "only some tests were run (--only or --input)";
	if (g->verdict != VERDICT_AC)
		return "the solution did not pass its tests";
	return NULL;
}

int grade_solution(const struct problem *p, const struct toolchains *tc,
		   const char *solution, const struct grade_opts *opts,
		   struct grade *g, struct diag *d)
{
	struct session s = { .p = p, .opts = opts, .tc = tc, .g = g };
	struct harness_files hf = { 0 };
	struct build_extra extra;
	const char *why_not;
	uint64_t start = 0;
	struct timespec ts;
	int rc = 0;

	memset(g, 0, sizeof(*g));
	diag_clear(d);
	g->problem = p;
	g->first_failure = SIZE_MAX;
	snprintf(g->solution, sizeof(g->solution), "%s", solution);
	clock_gettime(CLOCK_MONOTONIC, &ts);
	start = (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;

	if (opts->lang) {
		g->toolchain = toolchain_by_id(tc, opts->lang);
		if (!g->toolchain) {
			diag_set(d, NULL, 0, 0, "unknown language '%s'",
				 opts->lang);
			diag_hint(d, "one of the ids in toolchains.yaml: c, cpp, "
				  "python, java, javascript");
			return -1;
		}
	} else {
		g->toolchain = toolchain_for_file(tc, solution);
		if (!g->toolchain) {
			diag_set(d, solution, 0, 0, "cannot tell the language "
				 "from the file's extension");
			diag_hint(d, "use .c, .cpp, .py, .java or .js, or "
				  "--lang");
			return -1;
		}
	}
	if (access(solution, R_OK)) {
		diag_set(d, solution, 0, 0, "cannot read the solution: %s",
			 strerror(errno));
		return -1;
	}
	if (select_tests(g, opts, d))
		return -1;
	pthread_mutex_init(&s.lock, NULL);
	if (box_create(&s.box)) {
		g->verdict = VERDICT_IE;
		snprintf(g->message, sizeof(g->message),
			 "cannot create a session directory: %s",
			 strerror(errno));
		goto done;
	}
	if (p->kind != PROBLEM_STDIO &&
	    harness_prepare(p, g->toolchain, &hf, &extra, d)) {
		/* No driver for this language: bad usage, not the judge. */
		rc = -1;
		goto done;
	}
	if (session_prepare_program(&s, g->toolchain, solution,
			    p->kind == PROBLEM_STDIO ? NULL : &extra,
			    &s.solution, p->limits.memory_kb, d)) {
		g->verdict = VERDICT_IE;
		snprintf(g->message, sizeof(g->message), "%s", d->message);
		diag_clear(d);
		goto done;
	}
	g->build = s.solution.build;
	s.solution.build.log = NULL; /* the grade owns the log now */
	if (!g->build.ok) {
		g->verdict = VERDICT_CE;
		snprintf(g->message, sizeof(g->message), "%s",
			 g->build.stopped ? g->build.stopped
					  : "the compiler reported errors");
		goto done;
	}
	if (p->checker.kind == CHECKER_CUSTOM) {
		const struct toolchain *ct = session_toolchain_of(&s, p->checker.program,
							  d);

		s.has_checker = true;
		if (!ct || session_prepare_program(&s, ct, p->checker.program, NULL,
					   &s.checker, 1024 * 1024, d) ||
		    !s.checker.build.ok) {
			g->verdict = VERDICT_IE;
			snprintf(g->message, sizeof(g->message),
				 "the checker does not build: %.400s",
				 d->message[0] ? d->message
					       : (s.checker.build.log
							  ? s.checker.build.log
							  : "compile error"));
			diag_clear(d);
			goto done;
		}
	}
	if (!opts->complexity_only && prepare_tests(&s, d)) {
		g->verdict = VERDICT_IE;
		snprintf(g->message, sizeof(g->message), "%s",
			 d->message[0] ? d->message : "cannot prepare tests");
		diag_clear(d);
		goto done;
	}
	if (!opts->complexity_only) {
		if (p->kind == PROBLEM_STDIO)
			run_all(&s);
		else
			run_function_tests(&s);
	}
	decide(&s);
	why_not = complexity_skipped(p, opts, g);
	if (why_not) {
		snprintf(g->complexity.skipped, sizeof(g->complexity.skipped),
			 "%s", why_not);
	} else {
		if (opts->stage)
			opts->stage(opts->progress_ctx, "checking the complexity "
				    "budget");
		measure_complexity(&s);
	}
done:
	clock_gettime(CLOCK_MONOTONIC, &ts);
	g->wall_ms = (uint64_t)ts.tv_sec * 1000 +
		     (uint64_t)ts.tv_nsec / 1000000 - start;
	if (s.input_paths)
		for (size_t i = 0; i < p->test_count; i++) {
			free(s.input_paths[i]);
			free(s.answer_paths ? s.answer_paths[i] : NULL);
		}
	free(s.input_paths);
	free(s.answer_paths);
	program_release(&s.solution);
	program_release(&s.checker);
	harness_files_release(&hf);
	box_destroy(&s.box);
	pthread_mutex_destroy(&s.lock);
	return rc;
}

void grade_release(struct grade *g)
{
	for (size_t i = 0; i < g->test_count; i++) {
		free(g->tests[i].input);
		free(g->tests[i].expected);
		free(g->tests[i].actual);
		free(g->tests[i].stderr_text);
		free(g->tests[i].output_text);
		free(g->tests[i].input_path);
		free(g->tests[i].answer_path);
	}
	free(g->tests);
	build_release(&g->build);
	g->tests = NULL;
}
