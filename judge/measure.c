/*
 * measure.c: the complexity check (docs/complexity.md).
 *
 * Theory of operation.  Sizes double from the problem's smallest n to
 * its largest; an input is made for each (shapes, or the generator with
 * {n} and {seed}), the same input for both programs.  Then:
 *
 *  1. The reference runs the sizes in order, each call stopped at
 *     TOP_MS: the first size it needs that long for is the top.  Larger
 *     inputs would only cost time: the reference has become measurable.
 *  2. The solution runs the sizes up to the top, each call stopped at
 *     CAP_MS: a solution a class above the budget is caught on the way
 *     up, never left running for minutes.
 *  3. ROUNDS more rounds, alternating which program goes first, each
 *     process running every size twice (the second pass runs warm, after
 *     any JIT).  Each size keeps the fastest time seen: noise on a CPU
 *     clock only ever adds.
 *
 * Function and design problems are timed by their drivers around the
 * call (parsing and printing are not counted); stdio problems by the
 * kernel's count for the process, less the same program's time on the
 * smallest input (start-up).  The answers are compared too: a solution
 * that is fast because it is wrong on large inputs gets WA.  growth.c
 * decides from the times.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "bigo.h"
#include "compare.h"
#include "expr.h"
#include "fsutil.h"
#include "harness.h"
#include "measure.h"
#include "session.h"
#include "sha256.h"
#include "shapes.h"
#include "value.h"

#define MAX_SIZES COMPLEXITY_MAX_POINTS
#define ROUNDS 2
#define MAX_INPUT_BYTES (32u << 20)
/* Past this much time spent, no more rounds: the first measurements
 * decide alone. */
#define CHECK_BUDGET_MS 15000

/* Per-call times from a driver, and process times for stdio. */
static const struct {
	double floor_ms, top_ms, cap_ms;
} timing[] = {
	[PROBLEM_STDIO] = { 0.25, 150, 2000 },
	[PROBLEM_FUNCTION] = { 0.001, 20, 500 },
	[PROBLEM_DESIGN] = { 0.001, 20, 500 },
};

/* One program's measurements, per size. */
struct series {
	double best[MAX_SIZES];  /* ms, < 0: none */
	bool capped[MAX_SIZES];  /* stopped at the cap there */
	char *answer[MAX_SIZES]; /* the first answer seen */
	double baseline;         /* stdio: time on the smallest input */
};

struct measure {
	struct session *s;
	const struct complexity_spec *c;
	struct complexity_result *res;
	struct program ref;
	struct harness_files ref_files;
	char *block;             /* the driver's signature block */
	char dir[PATH_MAX];      /* inputs and scratch */
	size_t count;            /* sizes with inputs */
	int64_t n[MAX_SIZES];
	char *inputs[MAX_SIZES];
	size_t top;              /* sizes [0, top] are measured */
	struct series sol, refs;
	uint64_t started;
};

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static void series_init(struct series *x)
{
	memset(x, 0, sizeof(*x));
	for (size_t i = 0; i < MAX_SIZES; i++)
		x->best[i] = -1;
}

static void series_release(struct series *x)
{
	for (size_t i = 0; i < MAX_SIZES; i++)
		free(x->answer[i]);
}

static void record(struct series *x, size_t k, double ms, const char *answer)
{
	if (x->best[k] < 0 || ms < x->best[k])
		x->best[k] = ms;
	if (answer && !x->answer[k])
		x->answer[k] = strdup(answer);
}

/* Fails the solution: a verdict other than CLE found on a large input. */
static void fail_solution(struct measure *m, size_t k, enum verdict v,
			  const char *what)
{
	struct grade *g = m->s->g;

	g->verdict = v;
	snprintf(g->message, sizeof(g->message),
		 "on the complexity check's input of size n=%lld: %s",
		 (long long)m->n[k], what);
}

/* ---- inputs */

/* "{n} {seed}" with both filled in. */
static char *fill_template(const char *tmpl, int64_t n, uint64_t seed)
{
	char *out = NULL, buf[32];
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	if (!f)
		return NULL;
	for (const char *p = tmpl; *p; p++) {
		if (!strncmp(p, "{n}", 3)) {
			snprintf(buf, sizeof(buf), "%lld", (long long)n);
			fputs(buf, f);
			p += 2;
		} else if (!strncmp(p, "{seed}", 6)) {
			snprintf(buf, sizeof(buf), "%llu",
				 (unsigned long long)seed);
			fputs(buf, f);
			p += 5;
		} else {
			fputc(*p, f);
		}
	}
	if (fclose(f)) {
		free(out);
		return NULL;
	}
	return out;
}

/* The generator's output for args, from the test cache or made now. */
static int generate_input(struct measure *m, struct program *gen,
			  const char *args, char **path, char *err,
			  size_t err_len)
{
	struct run_limits limits = session_helper_limits();
	char cache[PATH_MAX], key[65], scratch[PATH_MAX] = "", tmp[PATH_MAX];
	struct run_outcome o;
	struct sha256 h;
	char **argv = NULL;
	int fd = -1, rc = -1;

	sha256_init(&h);
	sha256_update(&h, gen->build.key, sizeof(gen->build.key));
	sha256_update(&h, "complexity", 11);
	sha256_update(&h, args, strlen(args) + 1);
	sha256_hex(&h, key);
	session_tests_cache(m->s, cache, sizeof(cache));
	if (asprintf(path, "%s/%s.in", cache, key) < 0) {
		*path = NULL;
		snprintf(err, err_len, "out of memory");
		return -1;
	}
	if (access(*path, R_OK) == 0)
		return 0;
	/* Written aside and renamed: another judge may be reading. */
	if (fs_path(tmp, sizeof(tmp), "%s.%d.tmp", *path, (int)getpid())) {
		snprintf(err, err_len, "path too long");
		return -1;
	}
	argv = session_split_args(args);
	fd = open(tmp, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (!argv || fd < 0 ||
	    box_dir(&m->s->box, "gen", 1, scratch, sizeof(scratch))) {
		snprintf(err, err_len, "cannot prepare: %s", strerror(errno));
		goto out;
	}
	if (session_run(m->s, gen, argv, NULL, fd, -1, &limits, scratch, &o,
			err, err_len))
		goto out;
	if (!outcome_clean(&o)) {
		snprintf(err, err_len, "the generator failed with '%s'", args);
		goto out;
	}
	if (rename(tmp, *path)) {
		snprintf(err, err_len, "cannot keep its output: %s",
			 strerror(errno));
		goto out;
	}
	rc = 0;
out:
	if (scratch[0])
		fs_remove_tree(scratch);
	build_argv_free(argv);
	if (fd >= 0)
		close(fd);
	if (rc)
		unlink(tmp);
	return rc;
}

/* Makes the input of every size, stopping at MAX_INPUT_BYTES. */
static int make_inputs(struct measure *m, char *err, size_t err_len)
{
	const struct problem *p = m->s->p;
	struct program gen = { 0 };
	struct diag d = { 0 };
	int rc = 0;

	if (m->c->args) {
		const struct toolchain *t =
			session_toolchain_of(m->s, p->generator, &d);

		if (!t || session_prepare_program(m->s, t, p->generator, NULL,
						  &gen, 1024 * 1024, &d) ||
		    !gen.build.ok) {
			snprintf(err, err_len, "the generator does not build: "
				 "%.300s", d.message[0] ? d.message : "");
			program_release(&gen);
			return -1;
		}
	}
	m->count = 0;
	for (uint64_t n = m->c->min_n; n <= m->c->max_n && !rc &&
	     m->count < MAX_SIZES; n *= 2) {
		size_t k = m->count;
		struct stat st;

		m->n[k] = (int64_t)n;
		if (m->c->args) {
			char *args = fill_template(m->c->args, m->n[k], n);

			rc = args ? generate_input(m, &gen, args, &m->inputs[k],
						   err, err_len)
				  : -1;
			free(args);
		} else {
			FILE *f;

			if (asprintf(&m->inputs[k], "%s/%zu.in", m->dir, k) < 0) {
				m->inputs[k] = NULL;
				rc = -1;
				break;
			}
			f = fopen(m->inputs[k], "we");
			rc = !f || shapes_write(f, m->c, &p->signature, m->n[k],
						n, err, err_len);
			if (f && fclose(f) && !rc)
				rc = -1;
		}
		if (rc)
			break;
		m->count++;
		if (stat(m->inputs[k], &st) == 0 &&
		    (uint64_t)st.st_size > MAX_INPUT_BYTES)
			break;
	}
	program_release(&gen);
	return rc ? -1 : 0;
}

/* ---- function and design problems: driver runs */

struct driver_run {
	const size_t *sizes;     /* ladder indexes, in the order run */
	size_t count;
	uint64_t limit_ms;       /* per call */
	bool is_solution;
};

/*
 * Runs prog's driver on the sizes, recording each call's time into x.
 * A call stopped at the limit marks its size capped (and ends the
 * process).  Returns the number of sizes run, or -1 when the solution
 * failed (the grade has its verdict) or something else went wrong
 * (err).
 */
static long run_driver(struct measure *m, const struct program *prog,
		       const struct driver_run *r, struct series *x,
		       char *err, size_t err_len)
{
	const struct problem *p = m->s->p;
	struct run_limits limits = { 0 };
	char scratch[PATH_MAX], in[PATH_MAX], nonce[17], *out = NULL;
	char *errs = NULL, *line, *save = NULL, **inputs;
	size_t len, done = 0, input_bytes = 0;
	unsigned long long reported_ns = 0;
	bool finished = false;
	struct run_outcome o;
	int out_fd = -1, err_fd = -1;
	long rc = -1;

	inputs = calloc(r->count, sizeof(*inputs));
	if (!inputs || box_dir(&m->s->box, "cx-run", 1, scratch,
			       sizeof(scratch)) ||
	    fs_path(in, sizeof(in), "%s.in", scratch)) {
		free(inputs);
		snprintf(err, err_len, "cannot prepare a run");
		return -1;
	}
	for (size_t i = 0; i < r->count; i++) {
		struct stat st;

		inputs[i] = m->inputs[r->sizes[i]];
		if (stat(inputs[i], &st) == 0)
			input_bytes += (size_t)st.st_size;
	}
	session_new_nonce(nonce);
	if (session_write_driver_input(in, nonce, r->limit_ms, m->block,
				       r->sizes, inputs, r->count)) {
		snprintf(err, err_len, "cannot write the driver's input");
		goto out;
	}
	limits.cpu_ms = r->limit_ms * (r->count + 1) + 5000;
	limits.wall_ms = limits.cpu_ms * 2 + 5000;
	limits.memory_kb = p->limits.memory_kb;
	limits.output_bytes = limits.file_bytes = 256u << 20;
	out_fd = memfd_create("results", MFD_CLOEXEC);
	err_fd = memfd_create("stderr", MFD_CLOEXEC);
	if (out_fd < 0 || err_fd < 0 ||
	    session_run(m->s, prog, NULL, in, out_fd, err_fd, &limits,
			scratch, &o, err, err_len))
		goto out;
	fs_read_fd(out_fd, 256u << 20, &out, &len, NULL);
	fs_read_fd(err_fd, 4096, &errs, &len, NULL);
	for (line = out ? strtok_r(out, "\n", &save) : NULL; line;
	     line = strtok_r(NULL, "\n", &save)) {
		char status[16];
		unsigned long long ns = 0;
		size_t k;
		int used = 0;

		if (!(line = session_frame(line, nonce)))
			continue;
		if (!strcmp(line, "done")) {
			finished = true;
			break;
		}
		if (sscanf(line, "%zu %15s %n", &k, status, &used) < 2 ||
		    done >= r->count || k != r->sizes[done]) {
			/* As in the tests: only undefined behaviour in the
			 * solution garbles its driver's results. */
			if (r->is_solution && done < r->count)
				fail_solution(m, r->sizes[done], VERDICT_RE,
					      "the driver's results were "
					      "garbled: undefined behaviour in "
					      "the solution?");
			else
				snprintf(err, err_len, "garbled results");
			goto out;
		}
		line += used;
		if (!strcmp(status, "ok") || !strcmp(status, "tle"))
			ns = strtoull(line, &line, 10);
		reported_ns += ns;
		while (*line == ' ')
			line++;
		done++;
		if (!strcmp(status, "ok")) {
			record(x, k, (double)ns / 1e6, line);
		} else if (!strcmp(status, "tle")) {
			/* Stopped at the limit: at least that long. */
			x->capped[k] = true;
			if (x->best[k] < 0)
				x->best[k] = (double)r->limit_ms;
			finished = true;
			break;
		} else if (!strcmp(status, "error") && r->is_solution) {
			fail_solution(m, k, VERDICT_RE, line);
			goto out;
		} else {
			snprintf(err, err_len, "%s at n=%lld: %.200s",
				 status, (long long)m->n[k], line);
			goto out;
		}
	}
	if (!finished && done < r->count) {
		struct test_result tr = { 0 };

		if (r->is_solution && outcome_verdict(p, &o, errs, &tr)) {
			fail_solution(m, r->sizes[done], tr.verdict,
				      tr.message);
			goto out;
		}
		snprintf(err, err_len, "the driver stopped at n=%lld%s%.200s",
			 (long long)m->n[r->sizes[done]], errs ? ": " : "",
			 errs ? errs : "");
		goto out;
	}
	/* The calls' times come from a clock inside the solution's
	 * process; the kernel's count must cover them, as for the tests. */
	if (r->is_solution && done &&
	    session_clock_tampered(o.cpu_ms, reported_ns / 1000000,
				   input_bytes)) {
		char what[160];

		snprintf(what, sizeof(what), "the process used %llu ms of CPU "
			 "but its calls report %llu ms: was the clock tampered "
			 "with?", (unsigned long long)o.cpu_ms,
			 reported_ns / 1000000);
		fail_solution(m, r->sizes[done - 1], VERDICT_RE, what);
		goto out;
	}
	rc = (long)done;
out:
	free(out);
	free(errs);
	free(inputs);
	fs_remove_tree(scratch);
	unlink(in);
	if (out_fd >= 0)
		close(out_fd);
	if (err_fd >= 0)
		close(err_fd);
	return rc;
}

/* ---- stdio problems: one process per size */

static long run_stdio(struct measure *m, const struct program *prog,
		      const struct driver_run *r, struct series *x, char *err,
		      size_t err_len)
{
	const struct problem *p = m->s->p;
	struct run_limits limits = r->is_solution
					   ? (struct run_limits){ 0 }
					   : session_helper_limits();
	char scratch[PATH_MAX];
	size_t done;

	if (r->is_solution) {
		limits.cpu_ms = r->limit_ms;
		limits.wall_ms = r->limit_ms * 2 + 2000;
		limits.memory_kb = p->limits.memory_kb;
		limits.output_bytes = limits.file_bytes = 256u << 20;
	}
	for (done = 0; done < r->count; done++) {
		size_t k = r->sizes[done];
		struct run_outcome o;
		struct test_result tr = { 0 };
		char *out = NULL;
		size_t len = 0;
		int fd = memfd_create("output", MFD_CLOEXEC);
		int rc;

		if (fd < 0 || box_dir(&m->s->box, "cx-run", 1, scratch,
				      sizeof(scratch))) {
			snprintf(err, err_len, "cannot prepare a run");
			if (fd >= 0)
				close(fd);
			return -1;
		}
		rc = session_run(m->s, prog, NULL, m->inputs[k], fd, -1,
				 &limits, scratch, &o, err, err_len);
		fs_remove_tree(scratch);
		if (!rc && !x->answer[k])
			fs_read_fd(fd, 256u << 20, &out, &len, NULL);
		close(fd);
		if (rc) {
			free(out);
			return -1;
		}
		if (r->is_solution && o.limit == RUN_LIMIT_CPU) {
			x->capped[k] = true;
			if (x->best[k] < 0)
				x->best[k] = (double)r->limit_ms;
			free(out);
			return (long)done + 1;
		}
		if (!outcome_clean(&o)) {
			free(out);
			if (r->is_solution && outcome_verdict(p, &o, NULL, &tr)) {
				fail_solution(m, k, tr.verdict, tr.message);
				return -1;
			}
			snprintf(err, err_len, "it failed at n=%lld",
				 (long long)m->n[k]);
			return -1;
		}
		record(x, k, (double)o.cpu_us / 1000.0, out ? out : NULL);
		free(out);
		/* The reference's first pass stops once it is measurable. */
		if (!r->is_solution && r->limit_ms &&
		    (double)o.cpu_us / 1000.0 >= (double)r->limit_ms)
			return (long)done + 1;
	}
	return (long)done;
}

static long run_sizes(struct measure *m, const struct program *prog,
		      const struct driver_run *r, struct series *x, char *err,
		      size_t err_len)
{
	if (m->s->p->kind == PROBLEM_STDIO)
		return run_stdio(m, prog, r, x, err, err_len);
	return run_driver(m, prog, r, x, err, err_len);
}

/* ---- the steps */

/* The reference in the solution's language, else the first listed. */
static const char *pick_reference(struct measure *m)
{
	const struct toolchain *mine = m->s->g->toolchain;

	for (size_t i = 0; i < m->c->reference_count; i++)
		if (toolchain_for_file(m->s->tc, m->c->references[i]) == mine)
			return m->c->references[i];
	return m->c->references[0];
}

static bool same_file(const char *a, const char *b)
{
	struct stat x, y;

	return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev &&
	       x.st_ino == y.st_ino;
}

static int prepare_reference(struct measure *m, const char *path, char *err,
			     size_t err_len)
{
	const struct problem *p = m->s->p;
	const struct toolchain *t;
	struct build_extra extra;
	struct diag d = { 0 };

	t = session_toolchain_of(m->s, path, &d);
	if (!t || (p->kind != PROBLEM_STDIO &&
		   harness_prepare(p, t, &m->ref_files, &extra, &d)) ||
	    session_prepare_program(m->s, t, path,
				    p->kind != PROBLEM_STDIO ? &extra : NULL,
				    &m->ref, p->limits.memory_kb, &d)) {
		snprintf(err, err_len, "%.400s", d.message);
		return -1;
	}
	if (!m->ref.build.ok) {
		snprintf(err, err_len, "the reference does not compile");
		return -1;
	}
	return 0;
}

/* Whether the two answers at every size agree (built-in comparisons
 * only: a custom checker decides on the tests). */
static void compare_answers(struct measure *m)
{
	const struct problem *p = m->s->p;

	if (m->s->has_checker)
		return;
	for (size_t k = 0; k <= m->top && k < m->count; k++) {
		const char *a = m->refs.answer[k], *b = m->sol.answer[k];
		bool same;

		if (!a || !b)
			continue;
		if (p->kind == PROBLEM_STDIO) {
			struct compare_result cr;

			compare_output(&p->checker, a, strlen(a), b, strlen(b),
				       &cr);
			same = cr.same;
		} else {
			struct value want, got;
			const char *why;
			size_t at;

			if (value_parse(a, strlen(a), &want, &at, &why))
				continue;
			if (value_parse(b, strlen(b), &got, &at, &why)) {
				value_release(&want);
				same = false;
			} else {
				same = value_equal(&want, &got,
						   (enum value_order)p->compare,
						   p->compare_abs,
						   p->compare_rel);
				value_release(&want);
				value_release(&got);
			}
		}
		if (!same) {
			fail_solution(m, k, VERDICT_WA, "the answer differs "
				      "from the reference's");
			return;
		}
	}
}

/* Fills the points and decides. */
static void decide(struct measure *m)
{
	struct complexity_result *res = m->res;
	const struct problem *p = m->s->p;
	struct bigo budget;
	char vars[16] = "n";
	double values[16];
	const char *why;
	size_t at, nv = 1;

	if (bigo_parse(m->c->time, strlen(m->c->time), &budget, &at, &why))
		return;
	for (size_t i = 0; i < m->c->var_count && nv + 1 < sizeof(vars); i++)
		vars[nv++] = m->c->vars[i].name[0];
	vars[nv] = '\0';
	snprintf(res->budget, sizeof(res->budget), "%s", budget.text);
	res->point_count = 0;
	for (size_t k = 0; k <= m->top && k < m->count; k++) {
		struct growth_point *pt = &res->points[res->point_count++];
		double f;

		values[0] = (double)m->n[k];
		for (size_t i = 1; i < nv; i++) {
			int64_t v = m->n[k];

			expr_eval(m->c->vars[i - 1].expr,
				  strlen(m->c->vars[i - 1].expr), m->n[k], &v,
				  &at, &why);
			values[i] = (double)v;
		}
		f = bigo_eval(&budget, vars, values);
		pt->n = (double)m->n[k];
		pt->budget = (res->per_op ? pt->n : 1) * (f > 0 ? f : 1);
		pt->sol_ms = m->sol.best[k];
		pt->sol_capped = m->sol.capped[k];
		pt->ref_ms = m->refs.best[k];
		if (p->kind == PROBLEM_STDIO) {
			/* Start-up is not growth. */
			if (pt->sol_ms >= 0 && !pt->sol_capped)
				pt->sol_ms = fmax(0, pt->sol_ms -
							     m->sol.baseline);
			if (pt->ref_ms >= 0)
				pt->ref_ms = fmax(0, pt->ref_ms -
							     m->refs.baseline);
		}
	}
	bigo_release(&budget);
	growth_decide(res->points, res->point_count, res->floor_ms,
		      res->per_op, &res->growth);
	res->ran = true;
	if (res->growth.verdict == GROWTH_OVER &&
	    m->s->g->verdict == VERDICT_AC) {
		m->s->g->verdict = VERDICT_CLE;
		snprintf(m->s->g->message, sizeof(m->s->g->message),
			 "%s: %s", res->budget, res->growth.why);
	}
}

/* The sizes for a round: twice each in one driver process (the second
 * time warm, after any JIT), once for stdio programs, which start afresh
 * every time; for the solution, only those it ran well below the cap. */
static size_t round_sizes(struct measure *m, bool solution, size_t *out)
{
	size_t passes = m->s->p->kind == PROBLEM_STDIO ? 1 : 2, n = 0;

	for (size_t pass = 0; pass < passes; pass++)
		for (size_t k = 0; k <= m->top && k < m->count; k++) {
			if (solution &&
			    (m->sol.capped[k] || m->sol.best[k] < 0 ||
			     m->sol.best[k] > m->res->cap_ms / 4))
				continue;
			out[n++] = k;
		}
	return n;
}

static int measure_steps(struct measure *m, char *err, size_t err_len)
{
	const struct problem *p = m->s->p;
	size_t sizes[2 * MAX_SIZES];
	struct driver_run r = { .sizes = sizes };
	long got;

	/* 1. The reference, up to where it is measurable. */
	for (size_t k = 0; k < m->count; k++)
		sizes[k] = k;
	r.count = m->count;
	r.limit_ms = (uint64_t)timing[p->kind].top_ms;
	got = run_sizes(m, &m->ref, &r, &m->refs, err, err_len);
	if (got <= 0)
		return -1;
	m->top = (size_t)got - 1;
	/* Its capped size is measured properly in the rounds. */
	if (m->refs.capped[m->top]) {
		m->refs.capped[m->top] = false;
		m->refs.best[m->top] = -1;
	}
	/* 2. The solution, up to the top or the cap. */
	r.count = m->top + 1;
	r.limit_ms = (uint64_t)m->res->cap_ms;
	r.is_solution = true;
	got = run_sizes(m, &m->s->solution, &r, &m->sol, err, err_len);
	if (got < 0)
		return m->s->g->verdict != VERDICT_AC ? 0 : -1;
	/* 3. Rounds, alternating which goes first. */
	for (int round = 0; round < ROUNDS; round++) {
		for (int turn = 0; turn < 2; turn++) {
			bool sol = (round + turn) % 2 == 1;

			if (now_ms() - m->started > CHECK_BUDGET_MS)
				return 0;
			r.count = round_sizes(m, sol, sizes);
			r.is_solution = sol;
			r.limit_ms = sol ? (uint64_t)m->res->cap_ms
					 : (uint64_t)m->res->cap_ms * 4;
			if (!sol && p->kind == PROBLEM_STDIO)
				r.limit_ms = 0;
			if (r.count && run_sizes(m, sol ? &m->s->solution
							: &m->ref,
						 &r, sol ? &m->sol : &m->refs,
						 err, err_len) < 0)
				return sol && m->s->g->verdict != VERDICT_AC
					       ? 0
					       : -1;
		}
	}
	return 0;
}

void measure_complexity(struct session *s)
{
	struct complexity_result *res = &s->g->complexity;
	struct measure m = { .s = s, .c = s->p->complexity, .res = res };
	const char *ref_path;
	char err[512] = "";
	int rc = -1;

	m.started = now_ms();
	series_init(&m.sol);
	series_init(&m.refs);
	res->per_op = s->p->kind == PROBLEM_DESIGN;
	res->floor_ms = timing[s->p->kind].floor_ms;
	res->cap_ms = timing[s->p->kind].cap_ms;
	snprintf(res->budget, sizeof(res->budget), "%s", m.c->time);
	ref_path = pick_reference(&m);
	snprintf(res->reference, sizeof(res->reference), "%s", ref_path);
	if (same_file(ref_path, s->g->solution)) {
		snprintf(res->skipped, sizeof(res->skipped),
			 "the solution is the reference it would be timed "
			 "against");
		return;
	}
	if (box_dir(&s->box, "complexity", 0, m.dir, sizeof(m.dir)) ||
	    (s->p->kind != PROBLEM_STDIO &&
	     !(m.block = harness_signature_block(s->p)))) {
		snprintf(err, sizeof(err), "cannot prepare its files");
		goto out;
	}
	if (prepare_reference(&m, ref_path, err, sizeof(err)) ||
	    make_inputs(&m, err, sizeof(err)))
		goto out;
	if (m.count < 3) {
		snprintf(res->skipped, sizeof(res->skipped),
			 "fewer than three sizes fit between the problem's "
			 "smallest and largest n");
		rc = 0;
		goto out;
	}
	if (measure_steps(&m, err, sizeof(err)))
		goto out;
	rc = 0;
	if (s->g->verdict != VERDICT_AC)
		goto out;
	if (s->p->kind == PROBLEM_STDIO) {
		m.sol.baseline = fmax(0, m.sol.best[0]);
		m.refs.baseline = fmax(0, m.refs.best[0]);
	}
	compare_answers(&m);
	if (s->g->verdict == VERDICT_AC)
		decide(&m);
out:
	if (rc) {
		s->g->verdict = VERDICT_IE;
		snprintf(s->g->message, sizeof(s->g->message),
			 "the complexity check failed: %.450s", err);
	}
	res->wall_ms = now_ms() - m.started;
	for (size_t k = 0; k < m.count; k++)
		if (m.inputs[k] && !m.c->args)
			unlink(m.inputs[k]);
	for (size_t k = 0; k < MAX_SIZES; k++)
		free(m.inputs[k]);
	series_release(&m.sol);
	series_release(&m.refs);
	program_release(&m.ref);
	harness_files_release(&m.ref_files);
	free(m.block);
}
