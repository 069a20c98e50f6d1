/*
 * exec.c: `judge exec`, one program in the sandbox.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd.h"
#include "exec_cli.h"
#include "build.h"
#include "exitcode.h"
#include "fsutil.h"
#include "json.h"
#include "judge/runner.h"
#include "status.h"
#include "term.h"

/* Resolves PROGRAM to an absolute path: as given when it has a slash,
 * else through the sandbox's PATH, the one its programs will see. */
static int resolve_program(const char *name, char *out)
{
	char found[PATH_MAX];
	int rc = 0;

	if (!strchr(name, '/'))
		rc = toolchain_resolve(name, found, sizeof(found));
	if (rc)
		return rc;
	if (!realpath(strchr(name, '/') ? name : found, out))
		return -errno;
	return 0;
}

static int open_stream(const char *path, int flags, int *fd)
{
	*fd = open(path, flags | O_CLOEXEC, 0644);
	if (*fd < 0) {
		fprintf(stderr, "judge: cannot open '%s': %s\n", path,
			strerror(errno));
		return -1;
	}
	return 0;
}

/* The sandbox environment (build_env's defaults) with the --env entries
 * after it, a later NAME= replacing an earlier one. */
static const char **exec_env(const struct exec_options *o, const char *dir)
{
	const char *const *defaults = build_env(dir);
	size_t n = 0, cap = o->env_count + 8;
	const char **env = calloc(cap, sizeof(*env));

	if (!env)
		return NULL;
	while (defaults[n] && n + 1 < cap) {
		env[n] = defaults[n];
		n++;
	}
	for (size_t i = 0; i < o->env_count; i++) {
		size_t klen = (size_t)(strchr(o->env[i], '=') - o->env[i]) + 1;
		size_t j;

		for (j = 0; j < n; j++)
			if (!strncmp(env[j], o->env[i], klen))
				break;
		env[j] = o->env[i];
		if (j == n)
			n++;
	}
	env[n] = NULL;
	return env;
}

static void print_json(const struct run_outcome *o)
{
	struct json_writer w;
	const char *sig = run_signal_name(o);

	json_init(&w, stdout);
	json_begin_object(&w, NULL);
	json_string(&w, "status", run_status(o));
	if (o->end == RUN_EXITED)
		json_int(&w, "exit_code", o->exit_code);
	else
		json_null(&w, "exit_code");
	json_string(&w, "signal", sig);
	json_uint(&w, "cpu_ms", o->cpu_ms);
	json_uint(&w, "wall_ms", o->wall_ms);
	json_uint(&w, "memory_kb", o->memory_kb);
	json_uint(&w, "output_bytes", o->output_bytes);
	json_string(&w, "syscall", o->blocked ? o->syscall : NULL);
	json_string(&w, "limit", run_limit_name(o->limit));
	json_end_object(&w);
}

static void print_json_error(const char *msg)
{
	struct json_writer w;

	json_init(&w, stdout);
	json_begin_object(&w, NULL);
	json_string(&w, "status", "IE");
	json_null(&w, "exit_code");
	json_null(&w, "signal");
	json_uint(&w, "cpu_ms", 0);
	json_uint(&w, "wall_ms", 0);
	json_uint(&w, "memory_kb", 0);
	json_uint(&w, "output_bytes", 0);
	json_null(&w, "syscall");
	json_null(&w, "limit");
	json_string(&w, "error", msg);
	json_end_object(&w);
}

static void print_summary(const struct run_outcome *o)
{
	const char *status = run_status(o);
	const char *sig = run_signal_name(o);
	bool color = term_color(stderr);
	char how[96];

	if (o->blocked)
		snprintf(how, sizeof(how), "blocked syscall %s", o->syscall);
	else if (o->limit != RUN_LIMIT_NONE)
		snprintf(how, sizeof(how), "%s limit",
			 run_limit_name(o->limit));
	else if (sig)
		snprintf(how, sizeof(how), "killed by %s", sig);
	else
		snprintf(how, sizeof(how), "exit %d", o->exit_code);
	fprintf(stderr, "%s%-3s%s  %s  cpu %llu ms  wall %llu ms  "
		"mem %.1f MiB  out %llu B\n",
		color ? term_status_color(status) : "", status,
		color ? TERM_RESET : "", how, (unsigned long long)o->cpu_ms,
		(unsigned long long)o->wall_ms, (double)o->memory_kb / 1024,
		(unsigned long long)o->output_bytes);
}

/* Owns everything one `judge exec` opens, so one label can release it. */
struct exec_run {
	struct exec_options opts;
	char program[PATH_MAX];
	char dir[PATH_MAX];
	bool remove_dir;
	int in_fd, out_fd, err_fd;
	const char **env;
	const char **argv;
};

static int prepare_dir(struct exec_run *x)
{
	if (x->opts.dir) {
		if (mkdir(x->opts.dir, 0700) && errno != EEXIST) {
			fprintf(stderr, "judge: cannot create '%s': %s\n",
				x->opts.dir, strerror(errno));
			return JUDGE_EXIT_USAGE;
		}
		if (!realpath(x->opts.dir, x->dir)) {
			fprintf(stderr, "judge: '%s': %s\n", x->opts.dir,
				strerror(errno));
			return JUDGE_EXIT_USAGE;
		}
	} else {
		const char *tmp = getenv("TMPDIR");

		snprintf(x->dir, sizeof(x->dir), "%s/judge-exec-XXXXXX",
			 tmp && *tmp ? tmp : "/tmp");
		if (!mkdtemp(x->dir)) {
			fprintf(stderr, "judge: cannot create a scratch "
				"directory in '%s': %s\n",
				tmp && *tmp ? tmp : "/tmp", strerror(errno));
			return JUDGE_EXIT_INTERNAL;
		}
		x->remove_dir = true;
	}
	if (runner_prepare_scratch(x->dir)) {
		fprintf(stderr, "judge: cannot hand '%s' to the sandbox uid: "
			"%s\n", x->dir, strerror(errno));
		return JUDGE_EXIT_INTERNAL;
	}
	return JUDGE_EXIT_OK;
}

static int prepare_streams(struct exec_run *x)
{
	const struct exec_options *o = &x->opts;

	if (o->stdin_path && open_stream(o->stdin_path, O_RDONLY, &x->in_fd))
		return JUDGE_EXIT_USAGE;
	if (o->stdout_path &&
	    open_stream(o->stdout_path, O_WRONLY | O_CREAT | O_TRUNC,
			&x->out_fd))
		return JUDGE_EXIT_USAGE;
	if (o->stderr_path &&
	    open_stream(o->stderr_path, O_WRONLY | O_CREAT | O_TRUNC,
			&x->err_fd))
		return JUDGE_EXIT_USAGE;
	return JUDGE_EXIT_OK;
}

static int run_it(struct exec_run *x)
{
	struct exec_options *o = &x->opts;
	struct run_outcome outcome;
	struct run_spec spec;
	char err[512];
	int rc;

	x->env = exec_env(o, x->dir);
	x->argv = calloc((size_t)o->program_argc + 1, sizeof(*x->argv));
	if (!x->env || !x->argv) {
		fprintf(stderr, "judge: out of memory\n");
		return JUDGE_EXIT_INTERNAL;
	}
	x->argv[0] = x->program;
	for (int i = 1; i < o->program_argc; i++)
		x->argv[i] = o->program_argv[i];

	run_spec_init(&spec);
	spec.argv = x->argv;
	spec.envp = x->env;
	spec.scratch_dir = x->dir;
	spec.read_paths = o->allow_read;
	spec.read_path_count = o->allow_read_count;
	spec.limits = o->limits;
	spec.profile = o->profile;
	spec.stdin_fd = x->in_fd;
	spec.stdout_fd = x->out_fd >= 0 ? x->out_fd
			 : o->json    ? -1
				      : STDOUT_FILENO;
	spec.stderr_fd = x->err_fd >= 0 ? x->err_fd : STDERR_FILENO;
	spec.debug_fd = o->verbose >= 2 ? STDERR_FILENO : -1;
	if (o->verbose == 1)
		fprintf(stderr, "judge: sandbox dir '%s', profile '%s'\n",
			x->dir, run_profile_name(o->profile));

	rc = runner_run(&spec, &outcome, err, sizeof(err));
	if (rc) {
		fprintf(stderr, "judge: %s\n", err);
		if (o->json)
			print_json_error(err);
		return JUDGE_EXIT_INTERNAL;
	}
	if (o->json)
		print_json(&outcome);
	else
		print_summary(&outcome);
	return JUDGE_EXIT_OK;
}

int cmd_exec(int argc, char **argv)
{
	struct exec_run x = { .in_fd = -1, .out_fd = -1, .err_fd = -1 };
	char err[512];
	int rc;

	switch (exec_parse(argc, argv, &x.opts, err, sizeof(err))) {
	case EXEC_PARSE_HELP:
		fputs(exec_usage, stdout);
		rc = JUDGE_EXIT_OK;
		goto out;
	case EXEC_PARSE_ERROR:
		fprintf(stderr, "judge: exec: %s\n"
			"Try 'judge exec --help'.\n", err);
		rc = JUDGE_EXIT_USAGE;
		goto out;
	case EXEC_PARSE_OK:
		break;
	}
	rc = resolve_program(x.opts.program_argv[0], x.program);
	if (rc) {
		snprintf(err, sizeof(err), "cannot find program '%s': %s",
			 x.opts.program_argv[0], strerror(-rc));
		fprintf(stderr, "judge: %s\n", err);
		if (x.opts.json)
			print_json_error(err);
		rc = JUDGE_EXIT_INTERNAL;
		goto out;
	}
	rc = prepare_streams(&x);
	if (rc)
		goto out;
	rc = prepare_dir(&x);
	if (rc)
		goto out;
	rc = run_it(&x);
out:
	if (x.remove_dir)
		fs_remove_tree(x.dir);
	if (x.in_fd >= 0)
		close(x.in_fd);
	if (x.out_fd >= 0 && close(x.out_fd) && rc == JUDGE_EXIT_OK) {
		fprintf(stderr, "judge: writing '%s': %s\n",
			x.opts.stdout_path, strerror(errno));
		rc = JUDGE_EXIT_INTERNAL;
	}
	if (x.err_fd >= 0)
		close(x.err_fd);
	free(x.env);
	free(x.argv);
	exec_options_release(&x.opts);
	return rc;
}
