/*
 * problem.c: problem.yaml to struct problem (docs/problem-format.md).
 *
 * The YAML tree comes from yamltree.c with positions; this file checks it
 * against the schema key by key, so that every error can name the line
 * and column of the value at fault and suggest the fix.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bigo.h"
#include "expr.h"
#include "problem.h"
#include "shapes.h"
#include "units.h"
#include "yamltree.h"

/* Parsing state: the file for messages, and the folder for paths. */
struct loader {
	const char *file;
	const char *dir; /* NULL: do not touch the filesystem */
	struct diag *d;
	struct problem *p;
};

static int fail(struct loader *l, const struct ynode *at, const char *fmt,
		...) __attribute__((format(printf, 3, 4)));

static int fail(struct loader *l, const struct ynode *at, const char *fmt,
		...)
{
	char msg[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	diag_set(l->d, l->file, at ? at->line : 0, at ? at->column : 0, "%s",
		 msg);
	return -1;
}

/* Edit distance, for "did you mean"; small strings only. */
static size_t distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), row[64];

	if (la >= 63 || lb >= 63)
		return 99;
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t prev = row[0];

		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t cur = row[j];
			size_t best = prev + (a[i - 1] != b[j - 1]);

			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			prev = cur;
		}
	}
	return row[lb];
}

/* The closest of the NULL-terminated words to word, if close enough. */
static const char *closest(const char *word, const char *const *words)
{
	const char *best = NULL;
	size_t best_d = 3;

	for (; *words; words++) {
		size_t dist = distance(word, *words);

		if (dist < best_d) {
			best_d = dist;
			best = *words;
		}
	}
	return best;
}

static void hint_one_of(struct loader *l, const char *got,
			const char *const *words)
{
	const char *near = closest(got, words);
	char list[256] = "";

	for (const char *const *w = words; *w; w++) {
		strncat(list, *w, sizeof(list) - strlen(list) - 3);
		if (w[1])
			strncat(list, ", ", sizeof(list) - strlen(list) - 1);
	}
	if (near)
		diag_hint(l->d, "did you mean '%s'? (one of: %s)", near, list);
	else
		diag_hint(l->d, "one of: %s", list);
}

/* Rejects keys of map that are not in known. */
static int check_keys(struct loader *l, const struct ynode *map,
		      const char *const *known, const char *where)
{
	for (size_t i = 0; i < map->n; i++) {
		const char *key = map->keys[i]->text;
		const char *const *k;

		for (k = known; *k; k++)
			if (!strcmp(*k, key))
				break;
		if (!*k) {
			fail(l, map->keys[i], "unknown key '%s' in %s", key,
			     where);
			hint_one_of(l, key, known);
			return -1;
		}
	}
	return 0;
}

static int want_kind(struct loader *l, const struct ynode *n,
		     enum ynode_kind kind, const char *what)
{
	if (n->kind == kind)
		return 0;
	return fail(l, n, "%s must be %s, not %s", what, ynode_kind_name(kind),
		    ynode_kind_name(n->kind));
}

static int get_string(struct loader *l, const struct ynode *map,
		      const char *key, bool required, char **out)
{
	const struct ynode *n = ynode_get(map, key);

	if (!n) {
		if (!required)
			return 0;
		fail(l, map, "missing key '%s'", key);
		diag_hint(l->d, "add '%s: ...' to the problem", key);
		return -1;
	}
	if (want_kind(l, n, YNODE_SCALAR, key))
		return -1;
	if (strlen(n->text) != n->len)
		return fail(l, n, "%s contains a NUL byte", key);
	if (required && n->len == 0)
		return fail(l, n, "%s must not be empty", key);
	*out = strdup(n->text);
	return *out ? 0 : fail(l, n, "out of memory");
}

static int get_string_list(struct loader *l, const struct ynode *map,
			   const char *key, const char *one, bool required,
			   char ***out, size_t *count)
{
	const struct ynode *n = ynode_get(map, key);

	if (!n) {
		if (!required)
			return 0;
		fail(l, map, "missing key '%s'", key);
		diag_hint(l->d, "add '%s: [a, b]' to the problem", key);
		return -1;
	}
	if (want_kind(l, n, YNODE_SEQUENCE, key))
		return -1;
	if (required && n->n == 0)
		return fail(l, n, "%s must not be empty", key);
	*out = calloc(n->n + 1, sizeof(**out));
	if (!*out)
		return fail(l, n, "out of memory");
	for (size_t i = 0; i < n->n; i++) {
		const struct ynode *item = n->items[i];

		if (item->kind != YNODE_SCALAR)
			return fail(l, item, "each %s must be a single value, "
				    "not %s", one, ynode_kind_name(item->kind));
		if (strlen(item->text) != item->len || !item->len)
			return fail(l, item, "each %s must be a non-empty "
				    "string", one);
		(*out)[i] = strdup(item->text);
		if (!(*out)[i])
			return fail(l, n, "out of memory");
		*count = i + 1;
	}
	return 0;
}

/* dir/rel, or rel alone when there is no dir. */
static char *join(const char *dir, const char *rel)
{
	char *s;

	if (!dir || rel[0] == '/')
		return strdup(rel);
	if (asprintf(&s, "%s/%s", dir, rel) < 0)
		return NULL;
	return s;
}

/* A path inside the problem's folder that must exist (when checking). */
static int get_path(struct loader *l, const struct ynode *n, const char *what,
		    char **out)
{
	if (want_kind(l, n, YNODE_SCALAR, what))
		return -1;
	if (!n->text[0] || strstr(n->text, "..") || n->text[0] == '/')
		return fail(l, n, "%s must be a path inside the problem's "
			    "folder, not '%s'", what, n->text);
	*out = join(l->dir, n->text);
	if (!*out)
		return fail(l, n, "out of memory");
	if (l->dir && access(*out, R_OK)) {
		fail(l, n, "%s '%s' not found", what, n->text);
		diag_hint(l->d, "the path is relative to %s", l->dir);
		return -1;
	}
	return 0;
}

static int parse_id(struct loader *l, const struct ynode *root)
{
	const struct ynode *n = ynode_get(root, "id");
	const char *base;

	if (get_string(l, root, "id", true, &l->p->id))
		return -1;
	for (const char *c = l->p->id; *c; c++)
		if (!(islower((unsigned char)*c) || isdigit((unsigned char)*c) ||
		      *c == '-'))
			return fail(l, n, "id '%s' may only hold lowercase "
				    "letters, digits and '-'", l->p->id);
	if (!l->p->id[0] || strlen(l->p->id) > 64)
		return fail(l, n, "id must be 1 to 64 characters");
	if (l->dir) {
		base = strrchr(l->dir, '/');
		base = base ? base + 1 : l->dir;
		if (strcmp(base, l->p->id)) {
			fail(l, n, "id '%s' differs from the folder name '%s'",
			     l->p->id, base);
			diag_hint(l->d, "rename the folder or the id");
			return -1;
		}
	}
	return 0;
}

static int parse_difficulty(struct loader *l, const struct ynode *root)
{
	static const char *const names[] = { "easy", "medium", "hard", NULL };
	const struct ynode *n = ynode_get(root, "difficulty");

	if (!n) {
		fail(l, root, "missing key 'difficulty'");
		diag_hint(l->d, "add 'difficulty: easy' (or medium, hard)");
		return -1;
	}
	if (want_kind(l, n, YNODE_SCALAR, "difficulty"))
		return -1;
	for (int i = 0; names[i]; i++) {
		if (!strcmp(n->text, names[i])) {
			l->p->difficulty = (enum difficulty)i;
			return 0;
		}
	}
	fail(l, n, "unknown difficulty '%s'", n->text);
	hint_one_of(l, n->text, names);
	return -1;
}

/* Limits are per test: anything past an hour is a typo. */
#define MAX_DURATION_MS 3600000

static int parse_duration(struct loader *l, const struct ynode *n,
			  const char *what, uint64_t *out)
{
	const char *why = NULL;
	uint64_t v = 0;

	if (want_kind(l, n, YNODE_SCALAR, what))
		return -1;
	if (units_parse_duration_ms(n->text, n->len, &v, &why) == 0) {
		if (!v)
			why = "must be more than zero";
		else if (v > MAX_DURATION_MS)
			why = "must be at most 60min";
	}
	if (why) {
		fail(l, n, "invalid %s '%s': %s", what, n->text, why);
		diag_hint(l->d, "write it like 1s, 250ms or 1.5s");
		return -1;
	}
	*out = v;
	return 0;
}

static int parse_size(struct loader *l, const struct ynode *n,
		      const char *what, uint64_t bare, uint64_t *out)
{
	const char *why = NULL;

	if (want_kind(l, n, YNODE_SCALAR, what))
		return -1;
	if (units_parse_size(n->text, n->len, bare, out, &why) == 0 &&
	    !*out)
		why = "must be more than zero";
	if (why) {
		fail(l, n, "invalid %s '%s': %s", what, n->text, why);
		diag_hint(l->d, "write it like 64MiB or 1GiB");
		return -1;
	}
	return 0;
}

static int parse_limits(struct loader *l, const struct ynode *root)
{
	static const char *const keys[] = { "time", "wall", "memory",
					    "output", NULL };
	struct problem_limits *lim = &l->p->limits;
	const struct ynode *n = ynode_get(root, "limits"), *v;
	uint64_t bytes;

	lim->time_ms = 1000;
	lim->memory_kb = 256 * 1024;
	lim->output_bytes = 64u << 20;
	if (n) {
		if (want_kind(l, n, YNODE_MAPPING, "limits") ||
		    check_keys(l, n, keys, "limits"))
			return -1;
		if ((v = ynode_get(n, "time")) &&
		    parse_duration(l, v, "time", &lim->time_ms))
			return -1;
		if ((v = ynode_get(n, "wall")) &&
		    parse_duration(l, v, "wall", &lim->wall_ms))
			return -1;
		if ((v = ynode_get(n, "memory"))) {
			if (parse_size(l, v, "memory", 1u << 20, &bytes))
				return -1;
			if (bytes < (1u << 20))
				return fail(l, v, "memory must be at least "
					    "1MiB");
			lim->memory_kb = bytes / 1024;
		}
		if ((v = ynode_get(n, "output")) &&
		    parse_size(l, v, "output", 1, &lim->output_bytes))
			return -1;
	}
	if (!lim->wall_ms)
		lim->wall_ms = lim->time_ms * 2 + 1000;
	return 0;
}

static int parse_number(struct loader *l, const struct ynode *n,
			const char *what, double *out)
{
	char *end;

	if (want_kind(l, n, YNODE_SCALAR, what))
		return -1;
	*out = strtod(n->text, &end);
	if (!n->text[0] || *end || *out < 0 || *out != *out)
		return fail(l, n, "%s must be a non-negative number, not '%s'",
			    what, n->text);
	return 0;
}

static int parse_checker(struct loader *l, const struct ynode *root)
{
	static const char *const simple[] = { "tokens", "exact", "lines",
					      NULL };
	static const char *const types[] = { "tokens", "exact", "lines",
					     "float", "unordered", "custom",
					     NULL };
	static const char *const keys[] = { "type", "abs", "rel", "by",
					    "program", NULL };
	struct checker_spec *c = &l->p->checker;
	const struct ynode *n = ynode_get(root, "checker"), *type, *v;

	if (l->p->kind != PROBLEM_STDIO) {
		/* Their results are values: 'compare' says how (it may set
		 * a custom checker). */
		if (n)
			return fail(l, n, "function and design problems use "
				    "'compare', not 'checker'");
		return 0;
	}
	c->kind = CHECKER_TOKENS;
	c->abs_tol = c->rel_tol = 1e-6;
	if (!n)
		return 0;
	if (n->kind == YNODE_SCALAR) {
		for (int i = 0; simple[i]; i++) {
			if (!strcmp(n->text, simple[i])) {
				c->kind = (enum checker_kind)i;
				return 0;
			}
		}
		fail(l, n, "unknown checker '%s'", n->text);
		hint_one_of(l, n->text, types);
		if (closest(n->text, simple) == NULL)
			diag_hint(l->d, "tokens, exact or lines; or a mapping "
				  "such as {type: float, abs: 1e-6}");
		return -1;
	}
	if (want_kind(l, n, YNODE_MAPPING, "checker") ||
	    check_keys(l, n, keys, "checker"))
		return -1;
	type = ynode_get(n, "type");
	if (!type)
		return fail(l, n, "checker needs a 'type'");
	if (want_kind(l, type, YNODE_SCALAR, "type"))
		return -1;
	if (!strcmp(type->text, "float")) {
		c->kind = CHECKER_FLOAT;
		if ((v = ynode_get(n, "abs")) &&
		    parse_number(l, v, "abs", &c->abs_tol))
			return -1;
		if ((v = ynode_get(n, "rel")) &&
		    parse_number(l, v, "rel", &c->rel_tol))
			return -1;
	} else if (!strcmp(type->text, "unordered")) {
		v = ynode_get(n, "by");
		c->kind = CHECKER_UNORDERED_LINES;
		if (v && (want_kind(l, v, YNODE_SCALAR, "by") ||
			  (strcmp(v->text, "lines") &&
			   strcmp(v->text, "tokens"))))
			return fail(l, v, "'by' must be lines or tokens");
		if (v && !strcmp(v->text, "tokens"))
			c->kind = CHECKER_UNORDERED_TOKENS;
	} else if (!strcmp(type->text, "custom")) {
		c->kind = CHECKER_CUSTOM;
		v = ynode_get(n, "program");
		if (!v)
			return fail(l, n, "a custom checker needs 'program'");
		if (get_path(l, v, "checker program", &c->program))
			return -1;
	} else {
		for (int i = 0; simple[i]; i++)
			if (!strcmp(type->text, simple[i]))
				c->kind = (enum checker_kind)i;
		if (!strcmp(type->text, simple[c->kind]))
			return 0;
		fail(l, type, "unknown checker type '%s'", type->text);
		hint_one_of(l, type->text, types);
		return -1;
	}
	return 0;
}

static int get_bool(struct loader *l, const struct ynode *n, const char *what,
		    bool *out)
{
	if (want_kind(l, n, YNODE_SCALAR, what))
		return -1;
	if (!strcmp(n->text, "true")) {
		*out = true;
	} else if (!strcmp(n->text, "false")) {
		*out = false;
	} else {
		fail(l, n, "%s must be true or false, not '%s'", what,
		     n->text);
		return -1;
	}
	return 0;
}

static bool valid_test_name(const char *s)
{
	if (!*s || strlen(s) > 64)
		return false;
	for (; *s; s++)
		if (!(isalnum((unsigned char)*s) || *s == '-' || *s == '_' ||
		      *s == '.'))
			return false;
	return true;
}

static struct test_spec *find_test(struct problem *p, const char *name)
{
	for (size_t i = 0; i < p->test_count; i++)
		if (p->tests[i].name && !strcmp(p->tests[i].name, name))
			return &p->tests[i];
	return NULL;
}

static int copy_text(struct loader *l, const struct ynode *n,
		     const char *what, char **out, size_t *len)
{
	if (want_kind(l, n, YNODE_SCALAR, what))
		return -1;
	*out = malloc(n->len + 1);
	if (!*out)
		return fail(l, n, "out of memory");
	memcpy(*out, n->text, n->len + 1);
	*len = n->len;
	return 0;
}

/* Sets the paths of a file test and checks both files exist. */
static int file_test_paths(struct loader *l, const struct ynode *at,
			   struct test_spec *t)
{
	if (asprintf(&t->input_path, "%s/tests/%s.in", l->dir ? l->dir : ".",
		     t->name) < 0 ||
	    asprintf(&t->output_path, "%s/tests/%s.out",
		     l->dir ? l->dir : ".", t->name) < 0)
		return fail(l, at, "out of memory");
	if (!l->dir)
		return 0;
	if (access(t->input_path, R_OK) || access(t->output_path, R_OK)) {
		fail(l, at, "test '%s' has no input and output", t->name);
		diag_hint(l->d, "create tests/%s.in and tests/%s.out, or give "
			  "'input' and 'output', or 'generate'",
			  t->name, t->name);
		return -1;
	}
	return 0;
}

static int parse_test(struct loader *l, const struct ynode *n,
		      struct test_spec *t)
{
	static const char *const keys[] = { "name", "input", "output",
					    "sample", "generate", NULL };
	const struct ynode *name, *in, *out, *gen, *sample;

	if (want_kind(l, n, YNODE_MAPPING, "a test") ||
	    check_keys(l, n, keys, "a test"))
		return -1;
	t->line = n->line;
	name = ynode_get(n, "name");
	if (!name)
		return fail(l, n, "a test needs a 'name'");
	if (want_kind(l, name, YNODE_SCALAR, "name"))
		return -1;
	if (!valid_test_name(name->text))
		return fail(l, name, "test name '%s' may only hold letters, "
			    "digits, '-', '_' and '.'", name->text);
	if (find_test(l->p, name->text))
		return fail(l, name, "two tests are named '%s'", name->text);
	t->name = strdup(name->text);
	if (!t->name)
		return fail(l, n, "out of memory");
	in = ynode_get(n, "input");
	out = ynode_get(n, "output");
	gen = ynode_get(n, "generate");
	if (in && gen)
		return fail(l, gen, "test '%s' has both 'input' and "
			    "'generate'", t->name);
	if (gen && out)
		return fail(l, ynode_key(n, "output"), "test '%s' has both "
			    "'output' and 'generate': a generated test's "
			    "output comes from the reference solution",
			    t->name);
	if ((in != NULL) != (out != NULL))
		return fail(l, n, "test '%s' needs both 'input' and 'output'",
			    t->name);
	if ((sample = ynode_get(n, "sample")) &&
	    get_bool(l, sample, "sample", &t->sample))
		return -1;
	if (!sample && !strncmp(t->name, "sample", 6))
		t->sample = true;
	if (in) {
		t->source = TEST_INLINE;
		return copy_text(l, in, "input", &t->input, &t->input_len) ||
		       copy_text(l, out, "output", &t->output,
				 &t->output_len);
	}
	if (gen) {
		t->source = TEST_GENERATED;
		if (want_kind(l, gen, YNODE_SCALAR, "generate"))
			return -1;
		t->generate = strdup(gen->text);
		return t->generate ? 0 : fail(l, gen, "out of memory");
	}
	t->source = TEST_FILE;
	return file_test_paths(l, n, t);
}

/* Natural order: "2" before "10". */
static int natural_cmp(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;

	while (*x && *y) {
		if (isdigit((unsigned char)*x) && isdigit((unsigned char)*y)) {
			char *ex, *ey;
			unsigned long long nx = strtoull(x, &ex, 10);
			unsigned long long ny = strtoull(y, &ey, 10);

			if (nx != ny)
				return nx < ny ? -1 : 1;
			x = ex;
			y = ey;
		} else {
			if (*x != *y)
				return (unsigned char)*x - (unsigned char)*y;
			x++;
			y++;
		}
	}
	return (unsigned char)*x - (unsigned char)*y;
}

static int add_test(struct loader *l, struct test_spec **slot)
{
	struct test_spec *grown = realloc(l->p->tests,
					  (l->p->test_count + 1) *
						  sizeof(*grown));

	if (!grown)
		return fail(l, NULL, "out of memory");
	l->p->tests = grown;
	*slot = &grown[l->p->test_count++];
	memset(*slot, 0, sizeof(**slot));
	return 0;
}

/* Adds tests/NAME.in files that no test in problem.yaml names. */
static int discover_file_tests(struct loader *l)
{
	char *tests_dir = join(l->dir, "tests");
	char **names = NULL;
	size_t count = 0;
	struct dirent *de;
	DIR *d;
	int rc = 0;

	if (!tests_dir)
		return fail(l, NULL, "out of memory");
	d = opendir(tests_dir);
	free(tests_dir);
	if (!d)
		return 0;
	while ((de = readdir(d))) {
		size_t len = strlen(de->d_name);
		char **grown;

		if (len < 4 || strcmp(de->d_name + len - 3, ".in"))
			continue;
		grown = realloc(names, (count + 1) * sizeof(*names));
		if (!grown || !(grown[count] = strndup(de->d_name, len - 3))) {
			free(grown ? grown : names);
			names = NULL;
			count = 0;
			rc = fail(l, NULL, "out of memory");
			break;
		}
		names = grown;
		count++;
	}
	closedir(d);
	if (count > 1)
		qsort(names, count, sizeof(*names), natural_cmp);
	for (size_t i = 0; i < count && !rc; i++) {
		struct test_spec *t = NULL;

		if (find_test(l->p, names[i]))
			continue;
		if (!valid_test_name(names[i])) {
			diag_set(l->d, l->file, 0, 0, "test file 'tests/%s.in' "
				 "has a name judge cannot use", names[i]);
			diag_hint(l->d, "use letters, digits, '-', '_', '.'");
			rc = -1;
			break;
		}
		rc = add_test(l, &t);
		if (rc)
			break;
		t->name = names[i];
		names[i] = NULL;
		t->source = TEST_FILE;
		t->sample = !strncmp(t->name, "sample", 6);
		rc = file_test_paths(l, NULL, t);
	}
	for (size_t i = 0; i < count; i++)
		free(names[i]);
	free(names);
	return rc;
}

static int parse_tests(struct loader *l, const struct ynode *root)
{
	const struct ynode *n = ynode_get(root, "tests");

	if (n) {
		if (want_kind(l, n, YNODE_SEQUENCE, "tests"))
			return -1;
		for (size_t i = 0; i < n->n; i++) {
			struct test_spec *t = NULL;

			if (add_test(l, &t) || parse_test(l, n->items[i], t))
				return -1;
		}
	}
	if (l->dir && discover_file_tests(l))
		return -1;
	if (l->p->test_count == 0) {
		fail(l, root, "the problem has no tests");
		diag_hint(l->d, "add a 'tests:' list or tests/NAME.in and "
			  "tests/NAME.out files");
		return -1;
	}
	return 0;
}

static int parse_generator(struct loader *l, const struct ynode *root)
{
	static const char *const keys[] = { "program", "reference", NULL };
	const struct ynode *n = ynode_get(root, "generator"), *v;
	bool needed = false;

	for (size_t i = 0; i < l->p->test_count; i++)
		if (l->p->tests[i].source == TEST_GENERATED)
			needed = true;
	if (!n) {
		if (needed)
			return fail(l, root, "tests use 'generate' but the "
				    "problem has no 'generator'");
		return 0;
	}
	if (want_kind(l, n, YNODE_MAPPING, "generator") ||
	    check_keys(l, n, keys, "generator"))
		return -1;
	if (!(v = ynode_get(n, "program")))
		return fail(l, n, "generator needs 'program'");
	if (get_path(l, v, "generator program", &l->p->generator))
		return -1;
	if (!(v = ynode_get(n, "reference")))
		return fail(l, n, "generator needs 'reference', the solution "
			    "whose output is the expected output");
	return get_path(l, v, "reference solution", &l->p->reference);
}

static int parse_expect(struct loader *l, const struct ynode *n,
			unsigned *mask)
{
	static const char *const names[] = { "AC", "WA", "TLE", "MLE", "OLE",
					     "RE", "SV", "CE", "CLE", NULL };
	const struct ynode *const *items = &n;
	size_t count = 1;

	if (n->kind == YNODE_MAPPING)
		return fail(l, n, "expect must be a verdict or a list of "
			    "verdicts, not a mapping");
	if (n->kind == YNODE_SEQUENCE) {
		items = (const struct ynode *const *)n->items;
		count = n->n;
		if (!count)
			return fail(l, n, "expect must not be empty");
	}
	for (size_t i = 0; i < count; i++) {
		enum verdict v;

		if (items[i]->kind != YNODE_SCALAR)
			return fail(l, items[i], "each verdict in expect must "
				    "be a single value, not %s",
				    ynode_kind_name(items[i]->kind));
		if (verdict_parse(items[i]->text, &v) || v == VERDICT_IE) {
			fail(l, items[i], "unknown verdict '%s'",
			     items[i]->text);
			hint_one_of(l, items[i]->text, names);
			return -1;
		}
		*mask |= 1u << v;
	}
	return 0;
}

static int parse_solutions(struct loader *l, const struct ynode *root)
{
	static const char *const keys[] = { "file", "expect", "lang", NULL };
	const struct ynode *n = ynode_get(root, "solutions");

	if (!n) {
		fail(l, root, "missing key 'solutions'");
		diag_hint(l->d, "list at least a reference solution with "
			  "'expect: AC'");
		return -1;
	}
	if (want_kind(l, n, YNODE_SEQUENCE, "solutions"))
		return -1;
	if (n->n == 0) {
		fail(l, n, "solutions must not be empty");
		diag_hint(l->d, "list at least a reference solution with "
			  "'expect: AC'");
		return -1;
	}
	l->p->solutions = calloc(n->n + 1, sizeof(*l->p->solutions));
	if (!l->p->solutions)
		return fail(l, n, "out of memory");
	for (size_t i = 0; i < n->n; i++) {
		const struct ynode *s = n->items[i], *file, *expect, *lang;
		struct solution_spec *sol = &l->p->solutions[i];

		if (want_kind(l, s, YNODE_MAPPING, "a solution") ||
		    check_keys(l, s, keys, "a solution"))
			return -1;
		l->p->solution_count = i + 1;
		sol->line = s->line;
		if (!(file = ynode_get(s, "file")))
			return fail(l, s, "a solution needs 'file'");
		if (get_path(l, file, "solution", &sol->path))
			return -1;
		if (!(expect = ynode_get(s, "expect"))) {
			fail(l, s, "solution '%s' needs 'expect'", file->text);
			diag_hint(l->d, "the verdict it must get: 'expect: AC'");
			return -1;
		}
		if (parse_expect(l, expect, &sol->expect))
			return -1;
		if ((lang = ynode_get(s, "lang")) &&
		    get_string(l, s, "lang", false, &sol->lang))
			return -1;
	}
	return 0;
}

/* LeetCode's type names: a base type, then [] or [][], or list<T>. */
static bool valid_type(const char *t, bool allow_void)
{
	static const char *const bases[] = {
		"integer", "long", "double", "boolean", "character", "string",
		"ListNode", "TreeNode", "Node", NULL,
	};
	size_t len = strlen(t);

	if (allow_void && !strcmp(t, "void"))
		return true;
	if (len > 6 && !strncmp(t, "list<", 5) && t[len - 1] == '>') {
		char inner[128];

		if (len - 6 >= sizeof(inner))
			return false;
		memcpy(inner, t + 5, len - 6);
		inner[len - 6] = '\0';
		return valid_type(inner, false);
	}
	while (len > 2 && !strncmp(t + len - 2, "[]", 2))
		len -= 2;
	for (const char *const *b = bases; *b; b++)
		if (strlen(*b) == len && !strncmp(*b, t, len))
			return strlen(t) - len <= 4 &&
			       (len == strlen(t) || (strcmp(*b, "ListNode") &&
						     strcmp(*b, "TreeNode") &&
						     strcmp(*b, "Node")));
	return false;
}

static int get_type(struct loader *l, const struct ynode *map,
		    const char *key, bool allow_void, char **out)
{
	const struct ynode *n = ynode_get(map, key);

	if (!n) {
		fail(l, map, "missing key '%s'", key);
		return -1;
	}
	if (want_kind(l, n, YNODE_SCALAR, key))
		return -1;
	if (!valid_type(n->text, allow_void)) {
		fail(l, n, "unknown type '%s'", n->text);
		diag_hint(l->d, "LeetCode's names: integer, long, double, "
			  "boolean, character, string, T[], T[][], list<T>, "
			  "ListNode, TreeNode, Node%s", allow_void ? ", void" : "");
		return -1;
	}
	*out = strdup(n->text);
	return *out ? 0 : fail(l, n, "out of memory");
}

static bool valid_identifier(const char *s)
{
	if (!*s || isdigit((unsigned char)*s))
		return false;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '_')
			return false;
	return true;
}

static int get_identifier(struct loader *l, const struct ynode *map,
			  const char *key, char **out)
{
	const struct ynode *n = ynode_get(map, key);

	if (get_string(l, map, key, true, out))
		return -1;
	if (!valid_identifier(*out))
		return fail(l, n, "%s '%s' is not an identifier", key, *out);
	return 0;
}

static int parse_params(struct loader *l, const struct ynode *n,
			struct param **out, size_t *count)
{
	static const char *const keys[] = { "name", "type", NULL };

	if (want_kind(l, n, YNODE_SEQUENCE, "params"))
		return -1;
	*out = calloc(n->n + 1, sizeof(**out));
	if (!*out)
		return fail(l, n, "out of memory");
	for (size_t i = 0; i < n->n; i++) {
		const struct ynode *p = n->items[i];

		if (want_kind(l, p, YNODE_MAPPING, "a parameter") ||
		    check_keys(l, p, keys, "a parameter"))
			return -1;
		*count = i + 1;
		if (get_identifier(l, p, "name", &(*out)[i].name) ||
		    get_type(l, p, "type", false, &(*out)[i].type))
			return -1;
	}
	return 0;
}

static int parse_function(struct loader *l, const struct ynode *n)
{
	static const char *const keys[] = { "name", "params", "returns",
					    "output", "length_from_return",
					    NULL };
	struct signature *sig = &l->p->signature;
	const struct ynode *v;

	if (want_kind(l, n, YNODE_MAPPING, "function") ||
	    check_keys(l, n, keys, "function") ||
	    get_identifier(l, n, "name", &sig->name) ||
	    get_type(l, n, "returns", true, &sig->returns))
		return -1;
	if (!(v = ynode_get(n, "params")))
		return fail(l, n, "function needs 'params'");
	if (parse_params(l, v, &sig->params, &sig->param_count))
		return -1;
	if ((v = ynode_get(n, "output"))) {
		size_t i;

		if (get_string(l, n, "output", true, &sig->output))
			return -1;
		for (i = 0; i < sig->param_count; i++)
			if (!strcmp(sig->params[i].name, sig->output))
				break;
		if (i == sig->param_count)
			return fail(l, v, "output '%s' is not a parameter",
				    sig->output);
	}
	if ((v = ynode_get(n, "length_from_return"))) {
		if (get_bool(l, v, "length_from_return",
			     &sig->length_from_return))
			return -1;
		if (sig->length_from_return &&
		    (!sig->output || strcmp(sig->returns, "integer")))
			return fail(l, v, "length_from_return needs 'output' "
				    "and 'returns: integer'");
	}
	return 0;
}

static int parse_design(struct loader *l, const struct ynode *n)
{
	static const char *const keys[] = { "class", "constructor",
					    "methods", NULL };
	static const char *const mkeys[] = { "name", "params", "returns",
					     NULL };
	struct signature *sig = &l->p->signature;
	const struct ynode *v;

	if (want_kind(l, n, YNODE_MAPPING, "design") ||
	    check_keys(l, n, keys, "design") ||
	    get_identifier(l, n, "class", &sig->name))
		return -1;
	if ((v = ynode_get(n, "constructor")) &&
	    parse_params(l, v, &sig->params, &sig->param_count))
		return -1;
	if (!(v = ynode_get(n, "methods")))
		return fail(l, n, "design needs 'methods'");
	if (want_kind(l, v, YNODE_SEQUENCE, "methods"))
		return -1;
	if (!v->n)
		return fail(l, v, "methods must not be empty");
	sig->methods = calloc(v->n, sizeof(*sig->methods));
	if (!sig->methods)
		return fail(l, v, "out of memory");
	for (size_t i = 0; i < v->n; i++) {
		const struct ynode *m = v->items[i], *params;
		struct method *me = &sig->methods[i];

		if (want_kind(l, m, YNODE_MAPPING, "a method") ||
		    check_keys(l, m, mkeys, "a method"))
			return -1;
		sig->method_count = i + 1;
		if (get_identifier(l, m, "name", &me->name) ||
		    get_type(l, m, "returns", true, &me->returns))
			return -1;
		params = ynode_get(m, "params");
		if (params && parse_params(l, params, &me->params,
					   &me->param_count))
			return -1;
	}
	return 0;
}

static int parse_compare(struct loader *l, const struct ynode *root)
{
	static const char *const orders[] = { "exact", "any_order",
					      "any_order_nested", NULL };
	static const char *const keys[] = { "type", "abs", "rel", "program",
					    NULL };
	const struct ynode *n = ynode_get(root, "compare"), *v;
	struct problem *p = l->p;

	p->compare_abs = p->compare_rel = 1e-5;
	if (!n)
		return 0;
	if (p->kind == PROBLEM_STDIO)
		return fail(l, n, "compare is for function and design "
			    "problems; stdio problems use 'checker'");
	if (n->kind == YNODE_SCALAR) {
		for (int i = 0; orders[i]; i++) {
			if (!strcmp(n->text, orders[i])) {
				p->compare = (enum compare_order)i;
				return 0;
			}
		}
		fail(l, n, "unknown compare '%s'", n->text);
		hint_one_of(l, n->text, orders);
		return -1;
	}
	if (want_kind(l, n, YNODE_MAPPING, "compare") ||
	    check_keys(l, n, keys, "compare"))
		return -1;
	v = ynode_get(n, "type");
	if (v && v->kind == YNODE_SCALAR && !strcmp(v->text, "custom")) {
		/* A checker program, run like a stdio problem's. */
		const struct ynode *prog = ynode_get(n, "program");

		if (!prog)
			return fail(l, n, "a custom compare needs 'program'");
		p->checker.kind = CHECKER_CUSTOM;
		return get_path(l, prog, "checker program",
				&p->checker.program);
	}
	if (!v || v->kind != YNODE_SCALAR || strcmp(v->text, "float"))
		return fail(l, v ? v : n, "compare as a mapping is "
			    "{type: float, abs: ..., rel: ...} or "
			    "{type: custom, program: ...}");
	if ((v = ynode_get(n, "abs")) &&
	    parse_number(l, v, "abs", &p->compare_abs))
		return -1;
	if ((v = ynode_get(n, "rel")) &&
	    parse_number(l, v, "rel", &p->compare_rel))
		return -1;
	return 0;
}

static int parse_signature(struct loader *l, const struct ynode *root)
{
	const struct ynode *fn = ynode_get(root, "function");
	const struct ynode *de = ynode_get(root, "design");

	switch (l->p->kind) {
	case PROBLEM_STDIO:
		if (fn || de)
			return fail(l, fn ? fn : de, "'%s' needs 'kind: %s'",
				    fn ? "function" : "design",
				    fn ? "function" : "design");
		break;
	case PROBLEM_FUNCTION:
		if (!fn)
			return fail(l, root, "a function problem needs "
				    "'function' (its signature)");
		if (de)
			return fail(l, de, "'design' needs 'kind: design'");
		if (parse_function(l, fn))
			return -1;
		break;
	case PROBLEM_DESIGN:
		if (!de)
			return fail(l, root, "a design problem needs 'design' "
				    "(its class)");
		if (fn)
			return fail(l, fn, "'function' needs 'kind: function'");
		if (parse_design(l, de))
			return -1;
		break;
	}
	return parse_compare(l, root);
}

/* ---- complexity: the budget (docs/complexity.md) */

/* An expression of n, checked by evaluating it at n = 1000. */
static int get_expr(struct loader *l, const struct ynode *n, const char *what,
		    char **out)
{
	const char *why;
	int64_t v;
	size_t at;

	if (want_kind(l, n, YNODE_SCALAR, what))
		return -1;
	if (expr_eval(n->text, n->len, 1000, &v, &at, &why)) {
		fail(l, n, "invalid %s '%s': %s at character %zu", what,
		     n->text, why, at + 1);
		diag_hint(l->d, "write a whole number or an expression of n, "
			  "like 1e9, n/2 or 2*n+1");
		return -1;
	}
	free(*out);
	*out = strdup(n->text);
	return *out ? 0 : fail(l, n, "out of memory");
}

static int get_budget(struct loader *l, const struct ynode *n,
		      const char *what, char **out)
{
	struct complexity_spec *c = l->p->complexity;
	const char *why;
	struct bigo b;
	size_t at;

	if (want_kind(l, n, YNODE_SCALAR, what))
		return -1;
	if (bigo_parse(n->text, n->len, &b, &at, &why)) {
		fail(l, n, "invalid %s budget '%s': %s at character %zu", what,
		     n->text, why, at + 1);
		diag_hint(l->d, "write it like O(n), O(n log n), O(n^2) or "
			  "O(m*n)");
		return -1;
	}
	for (const char *v = b.vars; *v; v++) {
		bool known = *v == 'n';

		for (size_t i = 0; i < c->var_count && !known; i++)
			known = c->vars[i].name[0] == *v;
		if (!known) {
			bigo_release(&b);
			fail(l, n, "the %s budget uses '%c', which is not "
			     "defined", what, *v);
			diag_hint(l->d, "n is the size; define others from it "
				  "with 'vars: {%c: n}'", *v);
			return -1;
		}
	}
	bigo_release(&b);
	*out = strdup(n->text);
	return *out ? 0 : fail(l, n, "out of memory");
}

static int parse_vars(struct loader *l, const struct ynode *n)
{
	struct complexity_spec *c = l->p->complexity;

	if (want_kind(l, n, YNODE_MAPPING, "vars"))
		return -1;
	c->vars = calloc(n->n + 1, sizeof(*c->vars));
	if (!c->vars)
		return fail(l, n, "out of memory");
	for (size_t i = 0; i < n->n; i++) {
		const char *name = n->keys[i]->text;

		if (strlen(name) != 1 || !islower((unsigned char)name[0]) ||
		    name[0] == 'n')
			return fail(l, n->keys[i], "a budget variable is one "
				    "lowercase letter other than n, not '%s'",
				    name);
		c->vars[i].name = strdup(name);
		c->var_count = i + 1;
		if (!c->vars[i].name ||
		    get_expr(l, n->items[i], "variable", &c->vars[i].expr))
			return -1;
	}
	return 0;
}

static int parse_sizes(struct loader *l, const struct ynode *n)
{
	static const char *const keys[] = { "min", "max", NULL };
	struct complexity_spec *c = l->p->complexity;
	const char *names[] = { "min", "max" };
	uint64_t *slots[] = { &c->min_n, &c->max_n };

	if (want_kind(l, n, YNODE_MAPPING, "sizes") ||
	    check_keys(l, n, keys, "sizes"))
		return -1;
	for (size_t i = 0; i < 2; i++) {
		const struct ynode *v = ynode_get(n, names[i]);
		const char *why = NULL;
		int64_t x;
		size_t at;

		if (!v)
			continue;
		if (want_kind(l, v, YNODE_SCALAR, names[i]))
			return -1;
		if (expr_eval(v->text, v->len, 0, &x, &at, &why) || x < 1 ||
		    x > 100000000)
			return fail(l, v, "sizes %s must be a whole number from "
				    "1 to 1e8, not '%s'", names[i], v->text);
		*slots[i] = (uint64_t)x;
	}
	if (c->max_n < 4 * c->min_n)
		return fail(l, n, "sizes max (%llu) must be at least 4 times "
			    "min (%llu), for growth to show",
			    (unsigned long long)c->max_n,
			    (unsigned long long)c->min_n);
	return 0;
}

static const struct param *find_param(const struct signature *sig,
				      const char *name)
{
	for (size_t i = 0; i < sig->param_count; i++)
		if (!strcmp(sig->params[i].name, name))
			return &sig->params[i];
	return NULL;
}

/* One argument's shape: {array: n, min: 0, ...}. */
static int parse_shape(struct loader *l, const struct ynode *key,
		       const struct ynode *n, struct shape *sh)
{
	static const char *const kinds[] = {
		"int", "array", "string", "strings", "matrix", "tree", "list",
		"graph", "intervals", "value", NULL,
	};
	static const char *const keys[] = {
		"int", "array", "string", "strings", "matrix", "tree", "list",
		"graph", "intervals", "value", "min", "max", "distinct",
		"sorted", "alphabet", "length", "edges", "form", NULL,
	};
	const struct param *param = find_param(&l->p->signature, key->text);
	const struct ynode *kv = NULL, *v;
	const char *why;
	int kind = -1;

	sh->line = n->line;
	sh->col = n->column;
	if (!param) {
		fail(l, key, "'%s' is not a parameter of %s", key->text,
		     l->p->signature.name);
		return -1;
	}
	if (!(sh->param = strdup(key->text)))
		return fail(l, key, "out of memory");
	if (want_kind(l, n, YNODE_MAPPING, "an input shape") ||
	    check_keys(l, n, keys, "an input shape"))
		return -1;
	for (int i = 0; kinds[i]; i++) {
		const struct ynode *k = ynode_get(n, kinds[i]);

		if (!k)
			continue;
		if (kv)
			return fail(l, k, "a shape has one kind; '%s' and "
				    "'%s' both given", kinds[kind], kinds[i]);
		kv = k;
		kind = i;
	}
	if (!kv) {
		fail(l, n, "the shape of '%s' has no kind", key->text);
		hint_one_of(l, "", kinds);
		return -1;
	}
	sh->kind = (enum shape_kind)kind;
	if (sh->kind == SHAPE_INT || sh->kind == SHAPE_MATRIX) {
		const char *what = sh->kind == SHAPE_INT ? "int: [min, max]"
							 : "matrix: [rows, cols]";
		char **a = sh->kind == SHAPE_INT ? &sh->min : &sh->size;
		char **b = sh->kind == SHAPE_INT ? &sh->max : &sh->cols;

		if (kv->kind != YNODE_SEQUENCE || kv->n != 2)
			return fail(l, kv, "write %s", what);
		if (get_expr(l, kv->items[0], what, a) ||
		    get_expr(l, kv->items[1], what, b))
			return -1;
	} else if (sh->kind == SHAPE_VALUE) {
		if (want_kind(l, kv, YNODE_SCALAR, "value"))
			return -1;
		if (!(sh->value = strdup(kv->text)))
			return fail(l, kv, "out of memory");
	} else if (get_expr(l, kv, kinds[kind], &sh->size)) {
		return -1;
	}
	if (((v = ynode_get(n, "min")) && get_expr(l, v, "min", &sh->min)) ||
	    ((v = ynode_get(n, "max")) && get_expr(l, v, "max", &sh->max)) ||
	    ((v = ynode_get(n, "length")) &&
	     get_expr(l, v, "length", &sh->length)) ||
	    ((v = ynode_get(n, "edges")) &&
	     get_expr(l, v, "edges", &sh->edges)) ||
	    ((v = ynode_get(n, "distinct")) &&
	     get_bool(l, v, "distinct", &sh->distinct)) ||
	    ((v = ynode_get(n, "sorted")) &&
	     get_bool(l, v, "sorted", &sh->sorted)) ||
	    get_string(l, n, "alphabet", false, &sh->alphabet) ||
	    get_string(l, n, "form", false, &sh->form))
		return -1;
	if ((why = shape_check(sh, param->type))) {
		fail(l, n, "the shape of '%s' (%s): %s", key->text, param->type,
		     why);
		return -1;
	}
	return 0;
}

static int parse_input(struct loader *l, const struct ynode *n)
{
	struct complexity_spec *c = l->p->complexity;
	const struct signature *sig = &l->p->signature;

	if (l->p->kind != PROBLEM_FUNCTION)
		return fail(l, n, "'input' shapes are for function problems; "
			    "use 'generate' with a generator program");
	if (want_kind(l, n, YNODE_MAPPING, "input"))
		return -1;
	c->shapes = calloc(n->n + 1, sizeof(*c->shapes));
	if (!c->shapes)
		return fail(l, n, "out of memory");
	for (size_t i = 0; i < n->n; i++) {
		c->shape_count = i + 1;
		if (parse_shape(l, n->keys[i], n->items[i], &c->shapes[i]))
			return -1;
	}
	for (size_t i = 0; i < sig->param_count; i++) {
		bool found = false;

		for (size_t j = 0; j < c->shape_count && !found; j++)
			found = !strcmp(c->shapes[j].param,
					sig->params[i].name);
		if (!found)
			return fail(l, n, "input has no shape for parameter "
				    "'%s'", sig->params[i].name);
	}
	return 0;
}

static int parse_complexity_refs(struct loader *l, const struct ynode *n)
{
	struct complexity_spec *c = l->p->complexity;
	const struct ynode *const *items = &n;
	size_t count = 1;

	if (!n) { /* the generator's reference, checked by the caller */
		c->references = calloc(2, sizeof(char *));
		if (!c->references ||
		    !(c->references[0] = strdup(l->p->reference)))
			return fail(l, NULL, "out of memory");
		c->reference_count = 1;
		return 0;
	}
	if (n->kind == YNODE_SEQUENCE) {
		items = (const struct ynode *const *)n->items;
		count = n->n;
		if (!count)
			return fail(l, n, "reference must not be empty");
	}
	c->references = calloc(count + 1, sizeof(char *));
	if (!c->references)
		return fail(l, n, "out of memory");
	for (size_t i = 0; i < count; i++) {
		c->reference_count = i + 1;
		if (get_path(l, items[i], "reference solution",
			     &c->references[i]))
			return -1;
	}
	return 0;
}

static int parse_complexity(struct loader *l, const struct ynode *root)
{
	static const char *const keys[] = {
		"time", "space", "n", "vars", "sizes", "input", "generate",
		"reference", NULL,
	};
	const struct ynode *n = ynode_get(root, "complexity"), *v;
	struct complexity_spec *c;

	if (!n)
		return 0;
	if (want_kind(l, n, YNODE_MAPPING, "complexity") ||
	    check_keys(l, n, keys, "complexity"))
		return -1;
	c = l->p->complexity = calloc(1, sizeof(*c));
	if (!c)
		return fail(l, n, "out of memory");
	c->line = n->line;
	c->min_n = 8;
	c->max_n = 1u << 20;
	if (((v = ynode_get(n, "vars")) && parse_vars(l, v)) ||
	    !(v = ynode_get(n, "time")))
		return v ? -1 : fail(l, n, "complexity needs 'time', the "
				     "budget, like O(n log n)");
	if (get_budget(l, v, "time", &c->time) ||
	    ((v = ynode_get(n, "space")) &&
	     get_budget(l, v, "space", &c->space)) ||
	    ((v = ynode_get(n, "sizes")) && parse_sizes(l, v)) ||
	    ((v = ynode_get(n, "input")) && parse_input(l, v)))
		return -1;
	if ((v = ynode_get(n, "generate"))) {
		if (c->shapes)
			return fail(l, v, "give 'input' shapes or 'generate', "
				    "not both");
		if (!l->p->generator)
			return fail(l, v, "'generate' runs the problem's "
				    "generator, but it has no 'generator'");
		if (get_string(l, n, "generate", true, &c->args))
			return -1;
		if (!strstr(c->args, "{n}"))
			return fail(l, v, "'generate' must pass the size: "
				    "write {n} (and {seed}) in it");
	} else if (!c->shapes) {
		fail(l, n, "complexity needs a way to make inputs of size n");
		diag_hint(l->d, l->p->kind == PROBLEM_FUNCTION
					? "add 'input' shapes, or 'generate' "
					  "with the generator's arguments"
					: "add 'generate: \"{n} {seed}\"' and "
					  "a generator program");
		return -1;
	}
	v = ynode_get(n, "reference");
	if (!v && !l->p->reference)
		return fail(l, n, "complexity needs a 'reference' solution "
			    "to measure against");
	return parse_complexity_refs(l, v);
}

/* A budget is proven by catching something: at least one solution must
 * be over it (expect: CLE and nothing else). */
static int check_cle_declared(struct loader *l, const struct ynode *root)
{
	if (!l->p->complexity)
		return 0;
	for (size_t i = 0; i < l->p->solution_count; i++)
		if (l->p->solutions[i].expect == 1u << VERDICT_CLE)
			return 0;
	fail(l, ynode_key(root, "complexity"), "a complexity budget needs a "
	     "solution over it: none of the solutions expects CLE");
	diag_hint(l->d, "add a correct solution one class slower, with "
		  "'expect: CLE'");
	return -1;
}

static int parse_root(struct loader *l, const struct ynode *root)
{
	static const char *const keys[] = {
		"id", "title", "difficulty", "tags", "companies", "kind",
		"statement", "limits", "checker", "tests", "generator",
		"solutions", "function", "design", "compare", "complexity",
		NULL,
	};
	const struct ynode *n;

	if (want_kind(l, root, YNODE_MAPPING, "problem.yaml") ||
	    check_keys(l, root, keys, "problem.yaml"))
		return -1;
	if (parse_id(l, root) ||
	    get_string(l, root, "title", true, &l->p->title) ||
	    parse_difficulty(l, root) ||
	    get_string_list(l, root, "tags", "tag", true, &l->p->tags,
			    &l->p->tag_count) ||
	    get_string_list(l, root, "companies", "company", false,
			    &l->p->companies, &l->p->company_count))
		return -1;
	l->p->kind = PROBLEM_STDIO;
	if ((n = ynode_get(root, "kind"))) {
		static const char *const kinds[] = { "stdio", "function",
						     "design", NULL };
		int i;

		if (want_kind(l, n, YNODE_SCALAR, "kind"))
			return -1;
		for (i = 0; kinds[i] && strcmp(kinds[i], n->text); i++)
			;
		if (!kinds[i]) {
			fail(l, n, "unknown kind '%s'", n->text);
			hint_one_of(l, n->text, kinds);
			return -1;
		}
		l->p->kind = (enum problem_kind)i;
	}
	if (parse_signature(l, root))
		return -1;
	if ((n = ynode_get(root, "statement"))) {
		if (get_path(l, n, "statement", &l->p->statement_path))
			return -1;
	} else {
		l->p->statement_path = join(l->dir, "statement.md");
		if (!l->p->statement_path)
			return fail(l, root, "out of memory");
		if (l->dir && access(l->p->statement_path, R_OK)) {
			fail(l, root, "statement.md not found");
			diag_hint(l->d, "write the statement in %s",
				  l->p->statement_path);
			return -1;
		}
	}
	return parse_limits(l, root) || parse_checker(l, root) ||
	       parse_tests(l, root) || parse_generator(l, root) ||
	       parse_complexity(l, root) || parse_solutions(l, root) ||
	       check_cle_declared(l, root);
}

int problem_parse(const char *buf, size_t len, const char *file,
		  const char *dir, struct problem **out, struct diag *d)
{
	struct loader l = { .file = file, .dir = dir, .d = d };
	struct ynode *root;
	int rc;

	*out = NULL;
	diag_clear(d);
	if (ytree_parse(buf, len, file, &root, d))
		return -1;
	l.p = calloc(1, sizeof(*l.p));
	if (!l.p) {
		ynode_free(root);
		diag_set(d, file, 0, 0, "out of memory");
		return -1;
	}
	rc = parse_root(&l, root);
	ynode_free(root);
	if (!rc && dir) {
		l.p->dir = strdup(dir);
		l.p->yaml_path = strdup(file);
		if (!l.p->dir || !l.p->yaml_path) {
			diag_set(d, file, 0, 0, "out of memory");
			rc = -1;
		}
	}
	if (rc) {
		problem_free(l.p);
		return -1;
	}
	*out = l.p;
	return 0;
}

int problem_load(const char *dir, struct problem **out, struct diag *d)
{
	char real[PATH_MAX], *file, *buf;
	FILE *f;
	size_t len;
	int rc;

	*out = NULL;
	diag_clear(d);
	if (!realpath(dir, real)) {
		diag_set(d, dir, 0, 0, "no such problem folder: %s",
			 strerror(errno));
		return -1;
	}
	if (asprintf(&file, "%s/problem.yaml", real) < 0) {
		diag_set(d, dir, 0, 0, "out of memory");
		return -1;
	}
	f = fopen(file, "re");
	if (!f) {
		diag_set(d, file, 0, 0, "cannot open: %s", strerror(errno));
		diag_hint(d, "a problem folder holds a problem.yaml "
			  "(docs/problem-format.md)");
		free(file);
		return -1;
	}
	buf = malloc(YTREE_MAX_BYTES + 1);
	len = buf ? fread(buf, 1, YTREE_MAX_BYTES + 1, f) : 0;
	fclose(f);
	if (!buf) {
		diag_set(d, file, 0, 0, "out of memory");
		free(file);
		return -1;
	}
	rc = problem_parse(buf, len, file, real, out, d);
	free(buf);
	free(file);
	return rc;
}

static void free_params(struct param *params, size_t n)
{
	for (size_t i = 0; params && i < n; i++) {
		free(params[i].name);
		free(params[i].type);
	}
	free(params);
}

static void signature_clear(struct signature *sig)
{
	free(sig->name);
	free_params(sig->params, sig->param_count);
	free(sig->returns);
	free(sig->output);
	for (size_t i = 0; sig->methods && i < sig->method_count; i++) {
		free(sig->methods[i].name);
		free_params(sig->methods[i].params,
			    sig->methods[i].param_count);
		free(sig->methods[i].returns);
	}
	free(sig->methods);
}

static void free_strings(char **v, size_t n)
{
	for (size_t i = 0; v && i < n; i++)
		free(v[i]);
	free(v);
}

static void complexity_free(struct complexity_spec *c)
{
	if (!c)
		return;
	free(c->time);
	free(c->space);
	for (size_t i = 0; i < c->var_count; i++) {
		free(c->vars[i].name);
		free(c->vars[i].expr);
	}
	free(c->vars);
	for (size_t i = 0; i < c->shape_count; i++) {
		struct shape *sh = &c->shapes[i];

		free(sh->param);
		free(sh->size);
		free(sh->cols);
		free(sh->length);
		free(sh->edges);
		free(sh->min);
		free(sh->max);
		free(sh->alphabet);
		free(sh->form);
		free(sh->value);
	}
	free(c->shapes);
	free(c->args);
	free_strings(c->references, c->reference_count);
	free(c);
}

void problem_free(struct problem *p)
{
	if (!p)
		return;
	free(p->id);
	free(p->title);
	free(p->dir);
	free(p->yaml_path);
	free(p->statement_path);
	free_strings(p->tags, p->tag_count);
	free_strings(p->companies, p->company_count);
	free(p->checker.program);
	for (size_t i = 0; i < p->test_count; i++) {
		struct test_spec *t = &p->tests[i];

		free(t->name);
		free(t->input);
		free(t->output);
		free(t->input_path);
		free(t->output_path);
		free(t->generate);
	}
	free(p->tests);
	free(p->generator);
	free(p->reference);
	complexity_free(p->complexity);
	for (size_t i = 0; i < p->solution_count; i++) {
		free(p->solutions[i].path);
		free(p->solutions[i].lang);
	}
	free(p->solutions);
	signature_clear(&p->signature);
	free(p);
}

const char *difficulty_name(enum difficulty d)
{
	switch (d) {
	case DIFFICULTY_EASY:
		return "easy";
	case DIFFICULTY_MEDIUM:
		return "medium";
	case DIFFICULTY_HARD:
		return "hard";
	}
	return "?";
}
