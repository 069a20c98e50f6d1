/*
 * check_problem.c: problem.yaml, valid and invalid.
 *
 * Most cases are a table, tests/data/problems.test (its preamble says how
 * it is written): each document goes through problem_parse() without a
 * folder, and must load, or fail with the given line, column and message.
 * The rest build real problem folders in a temporary directory, for what
 * needs files: the statement, test files, their discovery and order.
 */
#define _GNU_SOURCE
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "problem.h"
#include "yamltree.h"

#ifndef PROBLEMS_TEST
#error "PROBLEMS_TEST must name tests/data/problems.test"
#endif

/* ------------------------------------------------------------------ */
/* The table                                                           */
/* ------------------------------------------------------------------ */

#define MAX_EXPECT 32

struct tcase_spec {
	int at;            /* the header's line in problems.test */
	char *title;       /* the header's text, for messages */
	bool fail;
	int line, column;  /* %%FAIL */
	char *message;
	char *hint;        /* %%HINT, or NULL */
	char *bug;         /* %%BUG, or NULL */
	bool escaped;
	char *expect[MAX_EXPECT]; /* %%EXPECT key=value */
	size_t expect_count;
	char *doc;
	size_t doc_len;
};

static struct tcase_spec *cases;
static size_t case_count;
static size_t *good, good_count, *bad, bad_count;

static void table_die(int line, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), noreturn));

static void table_die(int line, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s:%d: ", PROBLEMS_TEST, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(EXIT_FAILURE);
}

static char *xstrdup(const char *s)
{
	char *c = strdup(s);

	if (!c)
		abort();
	return c;
}

static void append(struct tcase_spec *c, const char *s, size_t n)
{
	char *grown = realloc(c->doc, c->doc_len + n + 1);

	if (!grown)
		abort();
	memcpy(grown + c->doc_len, s, n);
	c->doc = grown;
	c->doc_len += n;
	c->doc[c->doc_len] = '\0';
}

static int hex_digit(int line, char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	table_die(line, "bad \\x escape");
}

/* One line of an %%ESCAPED document: \n \r \t \0 \\ \xHH. */
static void append_escaped(struct tcase_spec *c, int line, const char *s)
{
	for (; *s; s++) {
		char ch = *s;

		if (ch == '\\') {
			switch (*++s) {
			case 'n': ch = '\n'; break;
			case 'r': ch = '\r'; break;
			case 't': ch = '\t'; break;
			case '0': ch = '\0'; break;
			case '\\': ch = '\\'; break;
			case 'x':
				if (!s[1] || !s[2])
					table_die(line, "short \\x escape");
				ch = (char)(hex_digit(line, s[1]) * 16 +
					    hex_digit(line, s[2]));
				s += 2;
				break;
			default:
				table_die(line, "unknown escape");
			}
		}
		append(c, &ch, 1);
	}
}

/* Drops blank lines at the end of a plain document. */
static void trim_document(struct tcase_spec *c)
{
	if (c->escaped)
		return;
	while (c->doc_len >= 2 && c->doc[c->doc_len - 1] == '\n' &&
	       c->doc[c->doc_len - 2] == '\n')
		c->doc[--c->doc_len] = '\0';
	if (c->doc_len == 1 && c->doc[0] == '\n')
		c->doc[--c->doc_len] = '\0';
}

static void load_table(void)
{
	FILE *f = fopen(PROBLEMS_TEST, "re");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int lineno = 0;
	struct tcase_spec *c = NULL;
	bool in_body = false;

	if (!f) {
		fprintf(stderr, "%s: %s\n", PROBLEMS_TEST, strerror(errno));
		exit(EXIT_FAILURE);
	}
	while ((n = getline(&line, &cap, f)) >= 0) {
		lineno++;
		if (n > 0 && line[n - 1] == '\n')
			line[--n] = '\0';
		if (!strncmp(line, "%%", 2)) {
			const char *rest = line + 2;

			if (!strcmp(rest, "") || rest[0] == ' ' ||
			    !strncmp(rest, "FAIL ", 5)) {
				struct tcase_spec *grown;

				if (c)
					trim_document(c);
				grown = realloc(cases, (case_count + 1) *
							       sizeof(*cases));
				if (!grown)
					abort();
				cases = grown;
				c = &cases[case_count++];
				memset(c, 0, sizeof(*c));
				c->at = lineno;
				c->doc = xstrdup("");
				in_body = false;
				if (rest[0] == 'F') {
					int used = 0;

					c->fail = true;
					if (sscanf(rest + 5, "%d:%d %n", &c->line,
						   &c->column, &used) < 2 ||
					    !used || !rest[5 + used])
						table_die(lineno, "want %%%%FAIL "
							  "LINE:COL MESSAGE");
					c->message = xstrdup(rest + 5 + used);
					c->title = xstrdup(c->message);
				} else {
					c->title = xstrdup(rest[0] ? rest + 1
								   : "");
				}
				continue;
			}
			if (!c || in_body)
				table_die(lineno, "'%s' must follow a case "
					  "header", line);
			if (!strncmp(rest, "#", 1))
				continue;
			if (!strncmp(rest, "HINT ", 5) && c->fail)
				c->hint = xstrdup(rest + 5);
			else if (!strncmp(rest, "BUG ", 4))
				c->bug = xstrdup(rest + 4);
			else if (!strcmp(rest, "ESCAPED"))
				c->escaped = true;
			else if (!strncmp(rest, "EXPECT ", 7) && !c->fail &&
				 c->expect_count < MAX_EXPECT &&
				 strchr(rest + 7, '='))
				c->expect[c->expect_count++] =
					xstrdup(rest + 7);
			else
				table_die(lineno, "unknown directive '%s'",
					  line);
			continue;
		}
		if (!c)
			continue; /* the preamble */
		in_body = true;
		if (c->escaped) {
			append_escaped(c, lineno, line);
		} else {
			append(c, line, (size_t)n);
			append(c, "\n", 1);
		}
	}
	if (c)
		trim_document(c);
	free(line);
	fclose(f);
	good = calloc(case_count + 1, sizeof(*good));
	bad = calloc(case_count + 1, sizeof(*bad));
	if (!good || !bad)
		abort();
	for (size_t i = 0; i < case_count; i++) {
		if (cases[i].fail)
			bad[bad_count++] = i;
		else
			good[good_count++] = i;
	}
}

static void join_names(char *out, size_t size, char **names, size_t count)
{
	size_t o = 0;

	out[0] = '\0';
	for (size_t i = 0; i < count && o < size; i++)
		o += (size_t)snprintf(out + o, size - o, "%s%s", i ? "," : "",
				      names[i]);
}

static const char *checker_name(enum checker_kind k)
{
	switch (k) {
	case CHECKER_TOKENS:
		return "tokens";
	case CHECKER_EXACT:
		return "exact";
	case CHECKER_LINES:
		return "lines";
	case CHECKER_FLOAT:
		return "float";
	case CHECKER_UNORDERED_LINES:
		return "unordered-lines";
	case CHECKER_UNORDERED_TOKENS:
		return "unordered-tokens";
	case CHECKER_CUSTOM:
		return "custom";
	}
	return "?";
}

static const char *source_name(enum test_source s)
{
	switch (s) {
	case TEST_INLINE:
		return "inline";
	case TEST_FILE:
		return "file";
	case TEST_GENERATED:
		return "generated";
	}
	return "?";
}

/*
 * The value of one %%EXPECT field of a loaded problem, as text.  Lists
 * are joined with ','; a solution's accepted verdicts with '|'.
 */
static bool field(const struct problem *p, const char *key, char *out,
		  size_t size)
{
	size_t o = 0;

	out[0] = '\0';
#define EACH(count, ...)                                                   \
	for (size_t i = 0; i < (count) && o < size; i++)                    \
		o += (size_t)snprintf(out + o, size - o, __VA_ARGS__)
	if (!strcmp(key, "id")) {
		snprintf(out, size, "%s", p->id);
	} else if (!strcmp(key, "title")) {
		snprintf(out, size, "%s", p->title);
	} else if (!strcmp(key, "difficulty")) {
		snprintf(out, size, "%s", difficulty_name(p->difficulty));
	} else if (!strcmp(key, "tags")) {
		join_names(out, size, p->tags, p->tag_count);
	} else if (!strcmp(key, "companies")) {
		join_names(out, size, p->companies, p->company_count);
	} else if (!strcmp(key, "statement")) {
		snprintf(out, size, "%s", p->statement_path);
	} else if (!strcmp(key, "time_ms")) {
		snprintf(out, size, "%llu",
			 (unsigned long long)p->limits.time_ms);
	} else if (!strcmp(key, "wall_ms")) {
		snprintf(out, size, "%llu",
			 (unsigned long long)p->limits.wall_ms);
	} else if (!strcmp(key, "memory_kb")) {
		snprintf(out, size, "%llu",
			 (unsigned long long)p->limits.memory_kb);
	} else if (!strcmp(key, "output_bytes")) {
		snprintf(out, size, "%llu",
			 (unsigned long long)p->limits.output_bytes);
	} else if (!strcmp(key, "checker")) {
		snprintf(out, size, "%s", checker_name(p->checker.kind));
	} else if (!strcmp(key, "abs")) {
		snprintf(out, size, "%g", p->checker.abs_tol);
	} else if (!strcmp(key, "rel")) {
		snprintf(out, size, "%g", p->checker.rel_tol);
	} else if (!strcmp(key, "program")) {
		snprintf(out, size, "%s",
			 p->checker.program ? p->checker.program : "-");
	} else if (!strcmp(key, "tests")) {
		EACH(p->test_count, "%s%s", i ? "," : "", p->tests[i].name);
	} else if (!strcmp(key, "sources")) {
		EACH(p->test_count, "%s%s", i ? "," : "",
		     source_name(p->tests[i].source));
	} else if (!strcmp(key, "samples")) {
		EACH(p->test_count, "%s%s", i ? "," : "",
		     p->tests[i].sample ? "1" : "0");
	} else if (!strcmp(key, "inputs")) {
		EACH(p->test_count, "%s%s", i ? "," : "",
		     p->tests[i].input ? p->tests[i].input : "-");
	} else if (!strcmp(key, "generate")) {
		EACH(p->test_count, "%s%s", i ? "," : "",
		     p->tests[i].generate ? p->tests[i].generate : "-");
	} else if (!strcmp(key, "generator")) {
		snprintf(out, size, "%s/%s", p->generator ? p->generator : "-",
			 p->reference ? p->reference : "-");
	} else if (!strcmp(key, "solutions")) {
		EACH(p->solution_count, "%s%s", i ? "," : "",
		     p->solutions[i].path);
	} else if (!strcmp(key, "langs")) {
		EACH(p->solution_count, "%s%s", i ? "," : "",
		     p->solutions[i].lang ? p->solutions[i].lang : "-");
	} else if (!strcmp(key, "expect")) {
		for (size_t i = 0; i < p->solution_count && o < size; i++) {
			bool first = true;

			if (i)
				o += (size_t)snprintf(out + o, size - o, ",");
			for (int v = 0; v < VERDICT_COUNT && o < size; v++) {
				if (!(p->solutions[i].expect & (1u << v)))
					continue;
				o += (size_t)snprintf(out + o, size - o,
						      "%s%s", first ? "" : "|",
						      verdict_name(
							      (enum verdict)v));
				first = false;
			}
		}
	} else {
		return false;
	}
#undef EACH
	return true;
}

START_TEST(valid_table)
{
	const struct tcase_spec *c = &cases[good[_i]];
	struct problem *p = NULL;
	struct diag d;
	char got[2048];
	bool ok = true;
	int rc;

	rc = problem_parse(c->doc, c->doc_len, "problem.yaml", NULL, &p, &d);
	if (rc) {
		snprintf(got, sizeof(got), "%d:%d: %s (hint: %s)", d.line,
			 d.column, d.message, d.hint);
		ok = false;
	}
	for (size_t i = 0; ok && i < c->expect_count; i++) {
		const char *eq = strchr(c->expect[i], '=');
		char key[64], value[1024];

		snprintf(key, sizeof(key), "%.*s", (int)(eq - c->expect[i]),
			 c->expect[i]);
		ck_assert_msg(field(p, key, value, sizeof(value)),
			      "%s:%d: unknown %%%%EXPECT field '%s'",
			      PROBLEMS_TEST, c->at, key);
		if (strcmp(value, eq + 1)) {
			snprintf(got, sizeof(got), "%s=%s, not %s", key,
				 value, eq + 1);
			ok = false;
		}
	}
	if (rc == 0)
		ck_assert_ptr_nonnull(p);
	problem_free(p);
	if (c->bug) {
		fprintf(stderr, "%s:%d: known bug (%s): %s\n", PROBLEMS_TEST,
			c->at, c->bug, ok ? "now passes; drop the %%BUG line"
					  : got);
		return;
	}
	ck_assert_msg(ok, "%s:%d: '%s' should load: %s", PROBLEMS_TEST, c->at,
		      c->title, got);
}
END_TEST

START_TEST(invalid_table)
{
	const struct tcase_spec *c = &cases[bad[_i]];
	struct problem *p = (struct problem *)&p; /* must be reset */
	struct diag d;
	char got[2048] = "";
	bool ok;
	int rc;

	rc = problem_parse(c->doc, c->doc_len, "problem.yaml", NULL, &p, &d);
	if (rc == 0) {
		problem_free(p);
		p = NULL;
		snprintf(got, sizeof(got), "it loaded");
	} else {
		snprintf(got, sizeof(got), "%s:%d:%d: %s (hint: %s)", d.file,
			 d.line, d.column, d.message, d.hint);
	}
	ok = rc == -1 && p == NULL && !strcmp(d.file, "problem.yaml") &&
	     d.line == c->line && d.column == c->column &&
	     strstr(d.message, c->message) &&
	     (!c->hint || strstr(d.hint, c->hint));
	if (c->bug) {
		fprintf(stderr, "%s:%d: known bug (%s): %s\n", PROBLEMS_TEST,
			c->at, c->bug, ok ? "now passes; drop the %%BUG line"
					  : got);
		return;
	}
	ck_assert_msg(ok, "%s:%d: want %d:%d '%s'%s%s%s, got %s",
		      PROBLEMS_TEST, c->at, c->line, c->column, c->message,
		      c->hint ? " (hint '" : "", c->hint ? c->hint : "",
		      c->hint ? "')" : "", got);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Limits of the YAML reader                                           */
/* ------------------------------------------------------------------ */

/* More than YTREE_MAX_NODES values, as 500 lists of 500 (short lists,
 * so that the test does not measure how lists grow; see below). */
START_TEST(invalid_too_many_nodes)
{
	size_t len = 0;
	char *buf = malloc(64 + 500 * 1003);
	struct problem *p;
	struct diag d;

	ck_assert_ptr_nonnull(buf);
	len += (size_t)sprintf(buf, "id: p\ntitle: P\ndifficulty: easy\n"
			       "tags: [");
	for (size_t i = 0; i < 500; i++) {
		buf[len++] = '[';
		for (size_t j = 0; j < 500; j++) {
			buf[len++] = 'a';
			buf[len++] = ',';
		}
		buf[len++] = ']';
		buf[len++] = ',';
	}
	buf[len++] = ']';
	ck_assert_int_eq(problem_parse(buf, len, "problem.yaml", NULL, &p,
				       &d), -1);
	ck_assert_ptr_null(p);
	ck_assert_str_eq(d.message, "too many YAML nodes");
	ck_assert_int_eq(d.line, 4);
	ck_assert_ptr_nonnull(strstr(d.hint, "tests/ files"));
	free(buf);
}
END_TEST

/*
 * Parsing time grows with the input, not with its square.  A mapping of
 * 90000 keys (about 1 MB) must not take seconds, nor a list of 150000
 * items.
 *
 * Regression: yamltree.c checked each new key against every earlier key
 * of its mapping and grew its arrays one element at a time, so 99000 keys
 * took 11 s.
 */
START_TEST(yaml_size_is_not_quadratic)
{
	size_t n = 90000, len = 0;
	char *buf = malloc(32 + n * 16);
	struct problem *p;
	struct diag d;

	ck_assert_ptr_nonnull(buf);
	len += (size_t)sprintf(buf, "x: {");
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(buf + len, "k%zu: 1,", i);
	buf[len++] = '}';
	ck_assert_int_eq(problem_parse(buf, len, "problem.yaml", NULL, &p,
				       &d), -1);
	ck_assert_ptr_nonnull(strstr(d.message, "unknown key 'x'"));
	len = (size_t)sprintf(buf, "x: [");
	for (size_t i = 0; i < 150000; i++) {
		buf[len++] = 'a';
		buf[len++] = ',';
	}
	buf[len++] = ']';
	ck_assert_int_eq(problem_parse(buf, len, "problem.yaml", NULL, &p,
				       &d), -1);
	free(buf);
}
END_TEST

START_TEST(invalid_too_large)
{
	size_t len = YTREE_MAX_BYTES + 1;
	char *buf = malloc(len);
	struct problem *p;
	struct diag d;

	ck_assert_ptr_nonnull(buf);
	memset(buf, '#', len);
	ck_assert_int_eq(problem_parse(buf, len, "problem.yaml", NULL, &p,
				       &d), -1);
	ck_assert_ptr_null(p);
	ck_assert_ptr_nonnull(strstr(d.message, "larger than 16 MiB"));
	free(buf);
}
END_TEST

/* The document is (buf, len): bytes after len are not part of it. */
START_TEST(valid_length_is_respected)
{
	static const char doc[] =
		"id: p\ntitle: P\ndifficulty: easy\ntags: [t]\n"
		"tests: [{name: a, input: '1', output: '1'}]\n"
		"solutions: [{file: a.c, expect: AC}]\n"
		"garbage: [ *alias";
	struct problem *p;
	struct diag d;

	ck_assert_int_eq(problem_parse(doc, strstr(doc, "garbage") - doc,
				       "problem.yaml", NULL, &p, &d), 0);
	problem_free(p);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Problem folders                                                     */
/* ------------------------------------------------------------------ */

static char root_dir[64];
static char prob_dir[128];

static void write_file(const char *rel, const char *text)
{
	char path[512];
	int fd;

	snprintf(path, sizeof(path), "%s/%s", prob_dir, rel);
	for (char *slash = strchr(path + strlen(prob_dir) + 1, '/'); slash;
	     slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		if (mkdir(path, 0755) && errno != EEXIST)
			ck_abort_msg("mkdir %s: %s", path, strerror(errno));
		*slash = '/';
	}
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	ck_assert_msg(fd >= 0, "%s: %s", path, strerror(errno));
	ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
}

static int remove_one(const char *path, const struct stat *st, int flag,
		      struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

/* A fresh folder $TMPDIR/check_problem.XXXXXX/a-plus-b. */
static void folder_setup(void)
{
	const char *tmp = getenv("TMPDIR");

	snprintf(root_dir, sizeof(root_dir), "%s/check_problem.XXXXXX",
		 tmp && strlen(tmp) < 32 ? tmp : "/tmp");
	ck_assert_ptr_nonnull(mkdtemp(root_dir));
	snprintf(prob_dir, sizeof(prob_dir), "%s/a-plus-b", root_dir);
	ck_assert_int_eq(mkdir(prob_dir, 0755), 0);
}

static void folder_teardown(void)
{
	nftw(root_dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

#define HEAD                                                               \
	"id: a-plus-b\n"                                                   \
	"title: A plus B\n"                                                \
	"difficulty: easy\n"                                               \
	"tags: [math]\n"
#define REF "solutions:\n  - file: ref.c\n    expect: AC\n"

/* Writes problem.yaml and parses it with the folder, as problem_load. */
static int parse_folder(const char *yaml, struct problem **p, struct diag *d)
{
	write_file("problem.yaml", yaml);
	return problem_parse(yaml, strlen(yaml), "problem.yaml", prob_dir, p,
			     d);
}

static void want_error(const char *yaml, int line, int column,
		       const char *message)
{
	struct problem *p;
	struct diag d;

	ck_assert_int_eq(parse_folder(yaml, &p, &d), -1);
	ck_assert_ptr_null(p);
	ck_assert_msg(d.line == line && d.column == column &&
			      strstr(d.message, message),
		      "want %d:%d '%s', got %d:%d '%s'", line, column,
		      message, d.line, d.column, d.message);
}

static void pair(const char *name)
{
	char in[128], out[128];

	snprintf(in, sizeof(in), "tests/%s.in", name);
	snprintf(out, sizeof(out), "tests/%s.out", name);
	write_file(in, "1 2\n");
	write_file(out, "3\n");
}

START_TEST(valid_folder_discovers_tests_in_natural_order)
{
	struct problem *p;
	struct diag d;
	static const char *const names[] = { "listed", "1", "2", "10",
					     "sample1", "sample2", "x" };
	char want[256];

	write_file("statement.md", "# A plus B\n");
	write_file("ref.c", "int main(void) { return 0; }\n");
	pair("10");
	pair("2");
	pair("x");
	pair("sample2");
	pair("listed");
	pair("1");
	pair("sample1");
	write_file("tests/README", "not a test\n");
	write_file("tests/orphan.out", "no input, so not a test\n");
	ck_assert_msg(parse_folder(HEAD "tests:\n  - name: listed\n" REF, &p,
				   &d) == 0,
		      "%d:%d: %s", d.line, d.column, d.message);
	ck_assert_uint_eq(p->test_count, sizeof(names) / sizeof(*names));
	for (size_t i = 0; i < p->test_count; i++) {
		const struct test_spec *t = &p->tests[i];

		ck_assert_str_eq(t->name, names[i]);
		ck_assert_int_eq(t->source, TEST_FILE);
		ck_assert_int_eq(t->sample, !strncmp(names[i], "sample", 6));
		snprintf(want, sizeof(want), "%s/tests/%s.in", prob_dir,
			 names[i]);
		ck_assert_str_eq(t->input_path, want);
		snprintf(want, sizeof(want), "%s/tests/%s.out", prob_dir,
			 names[i]);
		ck_assert_str_eq(t->output_path, want);
	}
	ck_assert_int_eq(p->tests[0].line, 6);
	ck_assert_int_eq(p->tests[1].line, 0);
	snprintf(want, sizeof(want), "%s/statement.md", prob_dir);
	ck_assert_str_eq(p->statement_path, want);
	snprintf(want, sizeof(want), "%s/ref.c", prob_dir);
	ck_assert_str_eq(p->solutions[0].path, want);
	ck_assert_str_eq(p->dir, prob_dir);
	problem_free(p);
}
END_TEST

/* A listed test that sets sample: false stays so; a listed inline test
 * named sample* is a sample; a discovered one too. */
START_TEST(valid_folder_sample_prefix)
{
	struct problem *p;
	struct diag d;

	write_file("statement.md", "# A plus B\n");
	write_file("ref.c", "\n");
	pair("sample-big");
	pair("samplex");
	pair("notsample");
	ck_assert_msg(parse_folder(HEAD "tests:\n"
				   "  - name: samplex\n"
				   "    sample: false\n"
				   "  - name: sample_inline\n"
				   "    input: '1 2'\n"
				   "    output: '3'\n"
				   "  - name: marked\n"
				   "    sample: true\n"
				   "    input: '1 2'\n"
				   "    output: '3'\n" REF,
				   &p, &d) == 0,
		      "%d:%d: %s", d.line, d.column, d.message);
	ck_assert_uint_eq(p->test_count, 5);
	ck_assert_str_eq(p->tests[0].name, "samplex");
	ck_assert(!p->tests[0].sample);
	ck_assert_str_eq(p->tests[1].name, "sample_inline");
	ck_assert(p->tests[1].sample);
	ck_assert_str_eq(p->tests[2].name, "marked");
	ck_assert(p->tests[2].sample);
	ck_assert_str_eq(p->tests[3].name, "notsample");
	ck_assert(!p->tests[3].sample);
	ck_assert_str_eq(p->tests[4].name, "sample-big");
	ck_assert(p->tests[4].sample);
	problem_free(p);
}
END_TEST

/* Only tests/ files, no tests: key. */
START_TEST(valid_folder_tests_only_from_files)
{
	struct problem *p;
	struct diag d;

	write_file("statement.md", "# A plus B\n");
	write_file("ref.c", "\n");
	pair("a");
	ck_assert_int_eq(parse_folder(HEAD REF, &p, &d), 0);
	ck_assert_uint_eq(p->test_count, 1);
	ck_assert_str_eq(p->tests[0].name, "a");
	problem_free(p);
}
END_TEST

START_TEST(valid_problem_load)
{
	struct problem *p;
	struct diag d;
	char want[256];

	write_file("statement.md", "# A plus B\n");
	write_file("ref.c", "\n");
	pair("1");
	write_file("problem.yaml", HEAD REF);
	ck_assert_msg(problem_load(prob_dir, &p, &d) == 0, "%s", d.message);
	snprintf(want, sizeof(want), "%s/problem.yaml", p->dir);
	ck_assert_str_eq(p->yaml_path, want);
	ck_assert_str_eq(p->id, "a-plus-b");
	problem_free(p);
}
END_TEST

START_TEST(invalid_folder_missing_statement)
{
	struct problem *p;
	struct diag d;

	write_file("ref.c", "\n");
	pair("1");
	ck_assert_int_eq(parse_folder(HEAD REF, &p, &d), -1);
	ck_assert_str_eq(d.message, "statement.md not found");
	ck_assert_int_eq(d.line, 1);
	ck_assert_int_eq(d.column, 1);
	ck_assert_ptr_nonnull(strstr(d.hint, prob_dir));
}
END_TEST

START_TEST(invalid_folder_missing_named_statement)
{
	write_file("statement.md", "# A plus B\n");
	want_error(HEAD "statement: docs/en.md\n" REF, 5, 12,
		   "statement 'docs/en.md' not found");
}
END_TEST

START_TEST(invalid_folder_listed_test_without_output)
{
	write_file("statement.md", "# A plus B\n");
	write_file("ref.c", "\n");
	write_file("tests/neg.in", "-1 -2\n");
	want_error(HEAD "tests:\n  - name: neg\n" REF, 6, 5,
		   "test 'neg' has no input and output");
}
END_TEST

START_TEST(invalid_folder_discovered_test_without_output)
{
	struct problem *p;
	struct diag d;

	write_file("statement.md", "# A plus B\n");
	write_file("ref.c", "\n");
	pair("1");
	write_file("tests/2.in", "1 1\n");
	ck_assert_int_eq(parse_folder(HEAD REF, &p, &d), -1);
	ck_assert_ptr_nonnull(strstr(d.message, "test '2' has no input and "
					       "output"));
	ck_assert_ptr_nonnull(strstr(d.hint, "tests/2.out"));
	ck_assert_str_eq(d.file, "problem.yaml");
}
END_TEST

START_TEST(invalid_folder_listed_test_missing)
{
	write_file("statement.md", "# A plus B\n");
	write_file("ref.c", "\n");
	pair("1");
	want_error(HEAD "tests:\n  - name: ghost\n" REF, 6, 5,
		   "test 'ghost' has no input and output");
}
END_TEST

START_TEST(invalid_folder_bad_test_file_name)
{
	struct problem *p;
	struct diag d;

	write_file("statement.md", "# A plus B\n");
	write_file("ref.c", "\n");
	pair("a b");
	ck_assert_int_eq(parse_folder(HEAD REF, &p, &d), -1);
	ck_assert_ptr_nonnull(strstr(d.message, "'tests/a b.in' has a name "
					       "judge cannot use"));
}
END_TEST

START_TEST(invalid_folder_no_tests)
{
	write_file("statement.md", "# A plus B\n");
	write_file("ref.c", "\n");
	want_error(HEAD REF, 1, 1, "the problem has no tests");
}
END_TEST

/*
 * A tests/ folder without any NAME.in: no tests.
 *
 * Regression: discover_file_tests() called qsort(NULL, 0, ...) when
 * tests/ held no .in file, which UBSan rightly aborts on.
 */
START_TEST(qsort_null_on_empty_tests_folder)
{
	write_file("statement.md", "# A plus B\n");
	write_file("ref.c", "\n");
	write_file("tests/README", "no tests here\n");
	want_error(HEAD REF, 1, 1, "the problem has no tests");
}
END_TEST

START_TEST(invalid_folder_id_mismatch)
{
	struct problem *p;
	struct diag d;

	write_file("statement.md", "# A plus B\n");
	write_file("ref.c", "\n");
	pair("1");
	ck_assert_int_eq(parse_folder("id: a-minus-b\ntitle: T\n"
				      "difficulty: easy\ntags: [x]\n" REF,
				      &p, &d), -1);
	ck_assert_int_eq(d.line, 1);
	ck_assert_int_eq(d.column, 5);
	ck_assert_ptr_nonnull(strstr(d.message, "id 'a-minus-b' differs from "
					       "the folder name 'a-plus-b'"));
	ck_assert_ptr_nonnull(strstr(d.hint, "rename"));
}
END_TEST

START_TEST(invalid_folder_missing_solution)
{
	write_file("statement.md", "# A plus B\n");
	pair("1");
	want_error(HEAD "solutions:\n  - file: solutions/ref.c\n"
		   "    expect: AC\n", 6, 11,
		   "solution 'solutions/ref.c' not found");
}
END_TEST

START_TEST(invalid_folder_missing_generator)
{
	write_file("statement.md", "# A plus B\n");
	write_file("ref.c", "\n");
	want_error(HEAD "tests:\n  - name: big\n    generate: '100'\n"
		   "generator:\n  program: gen.py\n  reference: ref.c\n" REF,
		   9, 12, "generator program 'gen.py' not found");
}
END_TEST

START_TEST(invalid_folder_missing_checker)
{
	write_file("statement.md", "# A plus B\n");
	write_file("ref.c", "\n");
	pair("1");
	want_error(HEAD "checker: {type: custom, program: check.cpp}\n" REF,
		   5, 34, "checker program 'check.cpp' not found");
}
END_TEST

START_TEST(invalid_problem_load_no_yaml)
{
	struct problem *p;
	struct diag d;

	ck_assert_int_eq(problem_load(prob_dir, &p, &d), -1);
	ck_assert_ptr_null(p);
	ck_assert_ptr_nonnull(strstr(d.message, "cannot open"));
	ck_assert_int_eq(problem_load("/nonexistent/judge-test", &p, &d), -1);
	ck_assert_ptr_nonnull(strstr(d.message, "no such problem folder"));
}
END_TEST

static Suite *problem_suite(void)
{
	Suite *s = suite_create("problem");
	TCase *valid = tcase_create("valid");
	TCase *invalid = tcase_create("invalid");
	TCase *valid_dir = tcase_create("valid_folder");
	TCase *invalid_dir = tcase_create("invalid_folder");

	tcase_add_loop_test(valid, valid_table, 0, (int)good_count);
	tcase_add_test(valid, valid_length_is_respected);
	tcase_add_loop_test(invalid, invalid_table, 0, (int)bad_count);
	tcase_add_test(invalid, invalid_too_many_nodes);
	tcase_add_test(invalid, invalid_too_large);
	tcase_set_timeout(invalid, 60);
	tcase_add_test(invalid, yaml_size_is_not_quadratic);

	tcase_add_checked_fixture(valid_dir, folder_setup, folder_teardown);
	tcase_add_test(valid_dir, valid_folder_discovers_tests_in_natural_order);
	tcase_add_test(valid_dir, valid_folder_sample_prefix);
	tcase_add_test(valid_dir, valid_folder_tests_only_from_files);
	tcase_add_test(valid_dir, valid_problem_load);
	tcase_add_checked_fixture(invalid_dir, folder_setup, folder_teardown);
	tcase_add_test(invalid_dir, invalid_folder_missing_statement);
	tcase_add_test(invalid_dir, invalid_folder_missing_named_statement);
	tcase_add_test(invalid_dir, invalid_folder_listed_test_without_output);
	tcase_add_test(invalid_dir,
		       invalid_folder_discovered_test_without_output);
	tcase_add_test(invalid_dir, invalid_folder_listed_test_missing);
	tcase_add_test(invalid_dir, invalid_folder_bad_test_file_name);
	tcase_add_test(invalid_dir, invalid_folder_no_tests);
	tcase_add_test(invalid_dir, qsort_null_on_empty_tests_folder);
	tcase_add_test(invalid_dir, invalid_folder_id_mismatch);
	tcase_add_test(invalid_dir, invalid_folder_missing_solution);
	tcase_add_test(invalid_dir, invalid_folder_missing_generator);
	tcase_add_test(invalid_dir, invalid_folder_missing_checker);
	tcase_add_test(invalid_dir, invalid_problem_load_no_yaml);

	suite_add_tcase(s, valid);
	suite_add_tcase(s, invalid);
	suite_add_tcase(s, valid_dir);
	suite_add_tcase(s, invalid_dir);
	return s;
}

int main(void)
{
	SRunner *sr;
	int failed;

	load_table();
	if (good_count == 0 || bad_count == 0) {
		fprintf(stderr, "%s: no cases\n", PROBLEMS_TEST);
		return EXIT_FAILURE;
	}
	sr = srunner_create(problem_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
