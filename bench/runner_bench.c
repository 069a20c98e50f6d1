/*
 * runner_bench: what the sandbox costs per run.
 *
 * Starts a trivial static program RUNS times by each of three methods, in
 * one process, and prints the median, 10th and 90th percentile of each:
 *
 *   fork+exec    fork, execve, waitpid: what a naive judge does
 *   posix_spawn  glibc's posix_spawn (clone with CLONE_VM | CLONE_VFORK),
 *                the cheapest way to start a program, as a second baseline
 *   runner       runner_run with the native profile, default limits and
 *                every layer runner_probe reports on this machine
 *
 * The methods take turns in blocks of BLOCK_RUNS runs, and the method that
 * goes first changes every round, so that drift of the machine (frequency
 * scaling, other load) hits all of them alike.  Each run is timed with
 * CLOCK_MONOTONIC from before the process is created until it is reaped.
 *
 * The added cost is the median of the runner minus the median of
 * fork+exec; the target is at most TARGET_ADDED_MS.  This is a
 * measurement, not a test: it exits 0 whether or not the target is met,
 * and 1 only when a run fails (or the benchmark cannot be set up).
 */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* mkdtemp, nftw, realpath, clock_gettime */
#endif

#include <errno.h>
#include <ftw.h>
#include <getopt.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "judge/runner.h"

#define PROGRAM_NAME "runner_bench"
#define DEFAULT_RUNS 1000
#define DEFAULT_WARMUP 100
#define MAX_RUNS 1000000
#define BLOCK_RUNS 50
#define TARGET_ADDED_MS 0.5

/* Exit codes, documented by --help. */
enum bench_exit {
	BENCH_EXIT_OK = 0,     /* measured, whether or not the target is met */
	BENCH_EXIT_FAILED = 1, /* a run failed, or the setup did */
	BENCH_EXIT_USAGE = 2,  /* bad arguments */
};

enum bench_method {
	METHOD_FORK_EXEC,
	METHOD_POSIX_SPAWN,
	METHOD_RUNNER,
	METHOD_COUNT
};

/* Name in the table, and key in the JSON object. */
static const char *const method_label[METHOD_COUNT] = {
	[METHOD_FORK_EXEC] = "fork+exec",
	[METHOD_POSIX_SPAWN] = "posix_spawn",
	[METHOD_RUNNER] = "runner",
};
static const char *const method_key[METHOD_COUNT] = {
	[METHOD_FORK_EXEC] = "fork_exec",
	[METHOD_POSIX_SPAWN] = "posix_spawn",
	[METHOD_RUNNER] = "runner",
};

struct bench_options {
	size_t runs;
	size_t warmup;
	bool json;
	const char *program;
};

/* What every run needs; set up once by bench_init, freed by bench_release. */
struct bench {
	char *path;         /* absolute path of the trivial program, owned */
	char *argv[2];      /* { path, NULL }, borrowed from path */
	char scratch[64];   /* scratch directory, "" until created */
	const char *read_paths[1];
	struct run_spec spec;
	uint64_t *samples[METHOD_COUNT]; /* nanoseconds per run, owned */
};

struct bench_stats {
	double median_ms;
	double p10_ms;
	double p90_ms;
	double min_ms;
	double mean_ms;
};

/* The programs run with an empty environment, by every method. */
static char *const empty_env[] = { NULL };

__attribute__((format(printf, 1, 2)))
static void bench_err(const char *fmt, ...)
{
	va_list ap;

	fputs(PROGRAM_NAME ": ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static void usage(FILE *to)
{
	fprintf(to, "usage: %s [-n RUNS] [-w WARMUP] [--json] PATH_TO_TRIVIAL\n"
		"\n"
		"Times RUNS starts of PATH_TO_TRIVIAL, a static program that\n"
		"exits 0, by fork+exec, by posix_spawn and through runner_run\n"
		"with every sandbox layer this machine gives, interleaved in\n"
		"blocks of %d, and prints the median, p10 and p90 of each and\n"
		"the cost the runner adds.\n"
		"\n"
		"  -n, --runs RUNS      timed runs per method (default %d)\n"
		"  -w, --warmup WARMUP  untimed runs per method first "
		"(default %d)\n"
		"      --json           print one JSON object, not a table\n"
		"  -h, --help           print this help\n"
		"\n"
		"exit status:\n"
		"  %d  measured (whether or not the target is met)\n"
		"  %d  a run failed or did not exit 0, or the setup failed\n"
		"  %d  bad arguments\n",
		PROGRAM_NAME, BLOCK_RUNS, DEFAULT_RUNS, DEFAULT_WARMUP,
		BENCH_EXIT_OK, BENCH_EXIT_FAILED, BENCH_EXIT_USAGE);
}

/* Parses a decimal count in [min, MAX_RUNS]; returns a message or NULL. */
static const char *parse_count(const char *text, size_t min, size_t *out)
{
	char *end;
	unsigned long long value;

	if (text[0] < '0' || text[0] > '9')
		return "not a number";
	errno = 0;
	value = strtoull(text, &end, 10);
	if (*end != '\0')
		return "not a number";
	if (errno == ERANGE || value > MAX_RUNS)
		return "too large";
	if (value < min)
		return "too small";
	*out = (size_t)value;
	return NULL;
}

/* Returns 0, BENCH_EXIT_USAGE for bad arguments, or -1 after --help. */
static int parse_options(int argc, char **argv, struct bench_options *opts)
{
	enum { OPT_JSON = 256 };
	static const struct option longopts[] = {
		{ "runs", required_argument, NULL, 'n' },
		{ "warmup", required_argument, NULL, 'w' },
		{ "json", no_argument, NULL, OPT_JSON },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *msg;
	int c;

	opts->runs = DEFAULT_RUNS;
	opts->warmup = DEFAULT_WARMUP;
	opts->json = false;
	opts->program = NULL;
	while ((c = getopt_long(argc, argv, "n:w:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'n':
			msg = parse_count(optarg, 1, &opts->runs);
			if (msg) {
				bench_err("bad run count '%s': %s", optarg,
					  msg);
				return BENCH_EXIT_USAGE;
			}
			break;
		case 'w':
			msg = parse_count(optarg, 0, &opts->warmup);
			if (msg) {
				bench_err("bad warm-up count '%s': %s",
					  optarg, msg);
				return BENCH_EXIT_USAGE;
			}
			break;
		case OPT_JSON:
			opts->json = true;
			break;
		case 'h':
			usage(stdout);
			return -1;
		default:
			usage(stderr);
			return BENCH_EXIT_USAGE;
		}
	}
	if (argc - optind != 1) {
		usage(stderr);
		return BENCH_EXIT_USAGE;
	}
	opts->program = argv[optind];
	return 0;
}

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int wait_child(pid_t pid, int *status)
{
	while (waitpid(pid, status, 0) < 0) {
		if (errno != EINTR)
			return -errno;
	}
	return 0;
}

/* Checks a wait status from a bare run; prints why it is not exit 0. */
static int check_status(enum bench_method method, size_t run, int status)
{
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	if (WIFEXITED(status))
		bench_err("%s run %zu exited %d", method_label[method], run,
			  WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		bench_err("%s run %zu was killed by signal %d",
			  method_label[method], run, WTERMSIG(status));
	else
		bench_err("%s run %zu ended with wait status %#x",
			  method_label[method], run, (unsigned)status);
	return -1;
}

static int run_fork_exec(const struct bench *b, size_t run, uint64_t *ns)
{
	uint64_t start = now_ns();
	int status, rc;
	pid_t pid;

	pid = fork();
	if (pid < 0) {
		bench_err("cannot fork: %s", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		execve(b->path, b->argv, empty_env);
		_exit(127);
	}
	rc = wait_child(pid, &status);
	*ns = now_ns() - start;
	if (rc < 0) {
		bench_err("cannot wait for pid %d: %s", (int)pid,
			  strerror(-rc));
		return -1;
	}
	return check_status(METHOD_FORK_EXEC, run, status);
}

static int run_posix_spawn(const struct bench *b, size_t run, uint64_t *ns)
{
	uint64_t start = now_ns();
	int status, rc;
	pid_t pid;

	rc = posix_spawn(&pid, b->path, NULL, NULL, b->argv, empty_env);
	if (rc != 0) {
		bench_err("cannot spawn '%s': %s", b->path, strerror(rc));
		return -1;
	}
	rc = wait_child(pid, &status);
	*ns = now_ns() - start;
	if (rc < 0) {
		bench_err("cannot wait for pid %d: %s", (int)pid,
			  strerror(-rc));
		return -1;
	}
	return check_status(METHOD_POSIX_SPAWN, run, status);
}

static void report_outcome(size_t run, const struct run_outcome *out)
{
	const char *limit = run_limit_name(out->limit);

	switch (out->end) {
	case RUN_EXITED:
		bench_err("runner run %zu exited %d", run, out->exit_code);
		break;
	case RUN_SIGNALED:
		bench_err("runner run %zu was killed by signal %d", run,
			  out->signal);
		break;
	}
	if (limit)
		bench_err("runner run %zu hit the %s limit", run, limit);
	if (out->blocked)
		bench_err("runner run %zu made the blocked syscall '%s' (%d)",
			  run, out->syscall, out->syscall_nr);
}

static int run_runner(const struct bench *b, size_t run, uint64_t *ns)
{
	struct run_outcome out;
	char err[256] = "";
	uint64_t start = now_ns();
	int rc;

	rc = runner_run(&b->spec, &out, err, sizeof(err));
	*ns = now_ns() - start;
	if (rc < 0) {
		bench_err("runner run %zu failed: %s (%s)", run,
			  err[0] ? err : "no message", strerror(-rc));
		return -1;
	}
	if (out.end == RUN_EXITED && out.exit_code == 0)
		return 0;
	report_outcome(run, &out);
	return -1;
}

static int run_once(const struct bench *b, enum bench_method method,
		    size_t run, uint64_t *ns)
{
	switch (method) {
	case METHOD_FORK_EXEC:
		return run_fork_exec(b, run, ns);
	case METHOD_POSIX_SPAWN:
		return run_posix_spawn(b, run, ns);
	case METHOD_RUNNER:
		return run_runner(b, run, ns);
	case METHOD_COUNT:
		break;
	}
	return -1;
}

/*
 * Warm-up, then the timed runs: each round runs one block of every
 * method, starting with a different method each round.
 */
static int measure(struct bench *b, const struct bench_options *opts)
{
	uint64_t ignored;
	size_t done, round, block, i, k;

	for (i = 0; i < opts->warmup; i++) {
		for (k = 0; k < METHOD_COUNT; k++) {
			if (run_once(b, (enum bench_method)k, i, &ignored) < 0)
				return -1;
		}
	}
	for (done = 0, round = 0; done < opts->runs; done += block, round++) {
		block = opts->runs - done;
		if (block > BLOCK_RUNS)
			block = BLOCK_RUNS;
		for (k = 0; k < METHOD_COUNT; k++) {
			enum bench_method m =
				(enum bench_method)((round + k) % METHOD_COUNT);

			for (i = done; i < done + block; i++) {
				if (run_once(b, m, i, &b->samples[m][i]) < 0)
					return -1;
			}
		}
	}
	return 0;
}

static int compare_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

/* The q-quantile of sorted[0..n), interpolated between ranks, in ms. */
static double quantile_ms(const uint64_t *sorted, size_t n, double q)
{
	double pos = q * (double)(n - 1);
	size_t lo = (size_t)pos;
	double frac = pos - (double)lo;
	double ns = (double)sorted[lo];

	if (lo + 1 < n)
		ns += frac * ((double)sorted[lo + 1] - (double)sorted[lo]);
	return ns / 1e6;
}

/* Sorts samples[0..n) in place, n >= 1, and fills in *stats. */
static void compute_stats(uint64_t *samples, size_t n,
			  struct bench_stats *stats)
{
	double sum = 0;
	size_t i;

	qsort(samples, n, sizeof(*samples), compare_u64);
	for (i = 0; i < n; i++)
		sum += (double)samples[i];
	stats->median_ms = quantile_ms(samples, n, 0.5);
	stats->p10_ms = quantile_ms(samples, n, 0.1);
	stats->p90_ms = quantile_ms(samples, n, 0.9);
	stats->min_ms = (double)samples[0] / 1e6;
	stats->mean_ms = sum / (double)n / 1e6;
}

static bool all_layers_active(const struct run_layer_status *layers)
{
	size_t i;

	for (i = 0; i < RUN_LAYER_COUNT; i++) {
		if (!layers[i].active)
			return false;
	}
	return true;
}

static void print_header(const struct bench_options *opts,
			 const struct bench *b,
			 const struct run_layer_status *layers)
{
	size_t i;

	printf("%s: %zu runs per method in blocks of %d, %zu warm-up, '%s'\n",
	       PROGRAM_NAME, opts->runs, BLOCK_RUNS, opts->warmup, b->path);
	printf("runner layers (runner_probe, native profile):\n");
	for (i = 0; i < RUN_LAYER_COUNT; i++) {
		const char *name = run_layer_name((enum run_layer)i);

		printf("  %-10s %-4s %s\n", name ? name : "?",
		       layers[i].active ? "on" : "off", layers[i].detail);
	}
	if (!all_layers_active(layers))
		printf("  (not every layer is on here: the runner figures "
		       "leave out\n   the cost of those that are off)\n");
	printf("\n");
	fflush(stdout);
}

static void print_table(const struct bench_stats *stats)
{
	double base = stats[METHOD_FORK_EXEC].median_ms;
	double added = stats[METHOD_RUNNER].median_ms - base;
	size_t k;

	printf("%-12s %10s %10s %10s %14s\n", "method", "median ms", "p10 ms",
	       "p90 ms", "vs fork+exec");
	for (k = 0; k < METHOD_COUNT; k++)
		printf("%-12s %10.3f %10.3f %10.3f %+14.3f\n", method_label[k],
		       stats[k].median_ms, stats[k].p10_ms, stats[k].p90_ms,
		       stats[k].median_ms - base);
	printf("\n");
	printf("added per run: %.3f ms (median sandboxed - median bare "
	       "fork/exec)\n", added);
	printf("target: <= %.3f ms: %s\n", TARGET_ADDED_MS,
	       added <= TARGET_ADDED_MS ? "met" : "NOT met");
}

/* Writes text as a JSON string, quotes included. */
static void print_json_string(const char *text)
{
	const unsigned char *p;

	putchar('"');
	for (p = (const unsigned char *)text; *p; p++) {
		if (*p == '"' || *p == '\\')
			printf("\\%c", *p);
		else if (*p < 0x20)
			printf("\\u%04x", *p);
		else
			putchar(*p);
	}
	putchar('"');
}

static void print_json(const struct bench_options *opts,
		       const struct bench *b,
		       const struct run_layer_status *layers,
		       const struct bench_stats *stats)
{
	double added = stats[METHOD_RUNNER].median_ms -
		       stats[METHOD_FORK_EXEC].median_ms;
	size_t i;

	printf("{\"program\":");
	print_json_string(b->path);
	printf(",\"runs\":%zu,\"warmup\":%zu,\"block\":%d,\"layers\":{",
	       opts->runs, opts->warmup, BLOCK_RUNS);
	for (i = 0; i < RUN_LAYER_COUNT; i++) {
		const char *name = run_layer_name((enum run_layer)i);

		printf("%s", i ? "," : "");
		print_json_string(name ? name : "?");
		printf(":{\"active\":%s,\"detail\":",
		       layers[i].active ? "true" : "false");
		print_json_string(layers[i].detail);
		printf("}");
	}
	printf("},\"all_layers_active\":%s,\"methods\":{",
	       all_layers_active(layers) ? "true" : "false");
	for (i = 0; i < METHOD_COUNT; i++)
		printf("%s\"%s\":{\"median_ms\":%.4f,\"p10_ms\":%.4f,"
		       "\"p90_ms\":%.4f,\"min_ms\":%.4f,\"mean_ms\":%.4f}",
		       i ? "," : "", method_key[i], stats[i].median_ms,
		       stats[i].p10_ms, stats[i].p90_ms, stats[i].min_ms,
		       stats[i].mean_ms);
	printf("},\"added_ms\":%.4f,\"target_ms\":%.3f,\"target_met\":%s}\n",
	       added, TARGET_ADDED_MS,
	       added <= TARGET_ADDED_MS ? "true" : "false");
}

static int remove_entry(const char *path, const struct stat *st, int type,
			struct FTW *ftw)
{
	(void)st;
	(void)type;
	(void)ftw;
	if (remove(path) < 0)
		bench_err("cannot remove '%s': %s", path, strerror(errno));
	return 0;
}

/* Resolves the program, makes the scratch directory, builds the spec. */
static int bench_init(struct bench *b, const struct bench_options *opts)
{
	const char *tmp = getenv("TMPDIR");
	size_t k;
	int rc;

	memset(b, 0, sizeof(*b));
	b->path = realpath(opts->program, NULL);
	if (!b->path) {
		bench_err("cannot resolve '%s': %s", opts->program,
			  strerror(errno));
		return -1;
	}
	if (access(b->path, X_OK) < 0) {
		bench_err("cannot execute '%s': %s", b->path, strerror(errno));
		return -1;
	}
	b->argv[0] = b->path;
	b->argv[1] = NULL;

	if (!tmp || tmp[0] != '/' ||
	    strlen(tmp) + sizeof("/runner_bench.XXXXXX") > sizeof(b->scratch))
		tmp = "/tmp";
	snprintf(b->scratch, sizeof(b->scratch), "%s/runner_bench.XXXXXX", tmp);
	if (!mkdtemp(b->scratch)) {
		bench_err("cannot create '%s': %s", b->scratch,
			  strerror(errno));
		b->scratch[0] = '\0';
		return -1;
	}
	rc = runner_prepare_scratch(b->scratch);
	if (rc < 0) {
		bench_err("cannot prepare scratch directory '%s': %s",
			  b->scratch, strerror(-rc));
		return -1;
	}

	run_spec_init(&b->spec);
	b->read_paths[0] = b->path;
	b->spec.argv = (const char *const *)b->argv;
	b->spec.envp = NULL;
	b->spec.scratch_dir = b->scratch;
	b->spec.read_paths = b->read_paths;
	b->spec.read_path_count = 1;
	b->spec.stdin_fd = -1;
	b->spec.stdout_fd = -1;
	b->spec.stderr_fd = -1;
	b->spec.profile = RUN_PROFILE_NATIVE;
	b->spec.debug_fd = -1;

	for (k = 0; k < METHOD_COUNT; k++) {
		b->samples[k] = calloc(opts->runs, sizeof(*b->samples[k]));
		if (!b->samples[k]) {
			bench_err("cannot allocate %zu samples: %s", opts->runs,
				  strerror(errno));
			return -1;
		}
	}
	return 0;
}

/* Frees what bench_init allocated and removes the scratch directory. */
static void bench_release(struct bench *b)
{
	size_t k;

	if (b->scratch[0])
		nftw(b->scratch, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	for (k = 0; k < METHOD_COUNT; k++)
		free(b->samples[k]);
	free(b->path);
	memset(b, 0, sizeof(*b));
}

int main(int argc, char **argv)
{
	struct run_layer_status layers[RUN_LAYER_COUNT];
	struct bench_stats stats[METHOD_COUNT];
	struct bench_options opts;
	struct bench b;
	int ret = BENCH_EXIT_FAILED;
	size_t k;
	int rc;

	rc = parse_options(argc, argv, &opts);
	if (rc != 0)
		return rc < 0 ? BENCH_EXIT_OK : rc;

	if (bench_init(&b, &opts) < 0)
		goto out;
	runner_probe(layers);
	if (!opts.json)
		print_header(&opts, &b, layers);
	if (measure(&b, &opts) < 0)
		goto out;
	for (k = 0; k < METHOD_COUNT; k++)
		compute_stats(b.samples[k], opts.runs, &stats[k]);
	if (opts.json)
		print_json(&opts, &b, layers, stats);
	else
		print_table(stats);
	ret = BENCH_EXIT_OK;
out:
	bench_release(&b);
	if (fclose(stdout) != 0) {
		bench_err("cannot write output: %s", strerror(errno));
		ret = BENCH_EXIT_FAILED;
	}
	return ret;
}
