/*
 * check_shapes.c: arguments made from shapes: valid LeetCode values with
 * the asked properties, deterministic, and the errors.
 */
#define _GNU_SOURCE
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shapes.h"
#include "value.h"

#define S(text) ((char *)(text))

static struct shape shape(enum shape_kind kind, const char *size)
{
	struct shape s = { .param = S("x"), .kind = kind, .size = S(size) };

	return s;
}

/* Runs shapes_write for one parameter "x"; the text, or NULL with err. */
static char *run(const struct shape *s, const char *type, int64_t n,
		 uint64_t seed, char *err, size_t err_len)
{
	struct param p = { .name = S("x"), .type = S(type) };
	struct signature sig = { .params = &p, .param_count = 1 };
	struct complexity_spec c = { .shapes = (struct shape *)s,
				     .shape_count = 1 };
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	int rc;

	ck_assert_ptr_nonnull(f);
	rc = shapes_write(f, &c, &sig, n, seed, err, err_len);
	ck_assert_int_eq(fclose(f), 0);
	if (rc < 0) {
		ck_assert_int_eq(rc, -1);
		free(buf);
		return NULL;
	}
	ck_assert_int_eq(rc, 0);
	return buf;
}

/* The one line s makes, parsed. */
static struct value make(const struct shape *s, const char *type, int64_t n,
			 uint64_t seed)
{
	char err[256] = "";
	char *text = run(s, type, n, seed, err, sizeof(err));
	const char *why = NULL;
	struct value v;
	size_t len, at = 0;

	ck_assert_msg(text, "%s: %s", type, err);
	len = strlen(text);
	ck_assert_msg(len > 0 && text[len - 1] == '\n' &&
		      !memchr(text, '\n', len - 1), "not one line: '%s'", text);
	ck_assert_msg(value_parse(text, len, &v, &at, &why) == 0,
		      "%s at %zu in '%.200s'", why, at, text);
	free(text);
	return v;
}

/* The error s makes. */
static void fails(const struct shape *s, const char *type, int64_t n,
		  const char *want)
{
	char err[256] = "";
	char *text = run(s, type, n, 1, err, sizeof(err));

	ck_assert_msg(!text, "'%s' was accepted", type);
	ck_assert_msg(strstr(err, want), "'%s' lacks '%s'", err, want);
	ck_assert_msg(strstr(err, "'x'"), "'%s' does not name 'x'", err);
}

static void ints_in(const struct value *v, size_t len, long long lo,
		    long long hi)
{
	ck_assert_int_eq(v->kind, VALUE_LIST);
	ck_assert_uint_eq(v->n, len);
	for (size_t i = 0; i < v->n; i++) {
		ck_assert_int_eq(v->items[i].kind, VALUE_NUMBER);
		ck_assert(v->items[i].integral);
		ck_assert_int_ge(v->items[i].integer, lo);
		ck_assert_int_le(v->items[i].integer, hi);
	}
}

static void ascending(const struct value *v, bool strictly)
{
	for (size_t i = 1; i < v->n; i++)
		if (strictly)
			ck_assert_int_lt(v->items[i - 1].integer,
					 v->items[i].integer);
		else
			ck_assert_int_le(v->items[i - 1].integer,
					 v->items[i].integer);
}

static int cmp_ll(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;

	return (x > y) - (x < y);
}

static void distinct(const struct value *v)
{
	long long *x = malloc((v->n + 1) * sizeof(*x));

	for (size_t i = 0; i < v->n; i++)
		x[i] = v->items[i].integer;
	qsort(x, v->n, sizeof(*x), cmp_ll);
	for (size_t i = 1; i < v->n; i++)
		ck_assert_int_ne(x[i - 1], x[i]);
	free(x);
}

START_TEST(valid_int)
{
	struct shape s = shape(SHAPE_INT, NULL);
	bool low = false, high = false;

	for (uint64_t seed = 0; seed < 200; seed++) {
		struct value v = make(&s, "integer", 5, seed);

		ck_assert(v.kind == VALUE_NUMBER && v.integral);
		ck_assert(v.integer >= 0 && v.integer <= 5);
		low |= v.integer == 0;
		high |= v.integer == 5;
		value_release(&v);
	}
	ck_assert(low && high);
	s.min = S("-3*n");
	s.max = S("-n");
	for (uint64_t seed = 0; seed < 50; seed++) {
		struct value v = make(&s, "long", 1000, seed);

		ck_assert(v.integer >= -3000 && v.integer <= -1000);
		value_release(&v);
	}
	s.min = S("-9223372036854775807-1");
	s.max = S("9223372036854775807");
	{
		struct value v = make(&s, "long", 1, 7);

		ck_assert(v.kind == VALUE_NUMBER && v.integral);
		value_release(&v);
	}
}
END_TEST

START_TEST(valid_arrays)
{
	struct shape s = shape(SHAPE_ARRAY, "n");
	struct value v;

	v = make(&s, "integer[]", 1000, 1);
	ints_in(&v, 1000, -1000000000, 1000000000);
	value_release(&v);

	s.size = S("n/2");
	s.min = S("-5");
	s.max = S("5");
	v = make(&s, "list<integer>", 100, 2);
	ints_in(&v, 50, -5, 5);
	value_release(&v);

	s.sorted = true;
	v = make(&s, "long[]", 100, 3);
	ints_in(&v, 50, -5, 5);
	ascending(&v, false);
	value_release(&v);

	/* Narrow range: every value once, in some order. */
	s.sorted = false;
	s.distinct = true;
	s.size = S("n");
	s.min = S("1");
	s.max = S("n");
	v = make(&s, "integer[]", 1000, 4);
	ints_in(&v, 1000, 1, 1000);
	distinct(&v);
	value_release(&v);

	/* Wide range, distinct and sorted. */
	s.sorted = true;
	s.min = s.max = NULL;
	v = make(&s, "double[]", 1000, 5);
	ints_in(&v, 1000, -1000000000, 1000000000);
	ascending(&v, true);
	value_release(&v);

	s.size = S("0");
	v = make(&s, "integer[]", 1000, 5);
	ints_in(&v, 0, 0, 0);
	value_release(&v);

	s = shape(SHAPE_LIST, "n");
	s.sorted = true;
	s.min = S("0");
	s.max = S("9");
	v = make(&s, "ListNode", 300, 6);
	ints_in(&v, 300, 0, 9);
	ascending(&v, false);
	value_release(&v);
}
END_TEST

/* 10^6 distinct sorted values: made with a hash set and a sort. */
START_TEST(valid_large_array)
{
	struct shape s = shape(SHAPE_ARRAY, "n");
	struct value v;

	s.distinct = s.sorted = true;
	v = make(&s, "integer[]", 1000000, 42);
	ck_assert_uint_eq(v.n, 1000000);
	ascending(&v, true);
	value_release(&v);
}
END_TEST

START_TEST(valid_strings)
{
	struct shape s = shape(SHAPE_STRING, "2*n");
	struct value v;

	v = make(&s, "string", 50, 1);
	ck_assert_int_eq(v.kind, VALUE_STRING);
	ck_assert_uint_eq(v.len, 100);
	for (size_t i = 0; i < v.len; i++)
		ck_assert(v.text[i] >= 'a' && v.text[i] <= 'z');
	value_release(&v);

	/* Quotes and backslashes are escaped. */
	s.alphabet = S("\"\\a");
	v = make(&s, "string", 200, 2);
	ck_assert_uint_eq(v.len, 400);
	for (size_t i = 0; i < v.len; i++)
		ck_assert_ptr_nonnull(strchr("\"\\a", v.text[i]));
	ck_assert_ptr_nonnull(memchr(v.text, '"', v.len));
	ck_assert_ptr_nonnull(memchr(v.text, '\\', v.len));
	value_release(&v);

	s = shape(SHAPE_STRINGS, "n");
	v = make(&s, "string[]", 30, 3);
	ck_assert_uint_eq(v.n, 30);
	for (size_t i = 0; i < v.n; i++)
		ck_assert_uint_eq(v.items[i].len, 8);
	value_release(&v);

	s.length = S("n/10");
	s.alphabet = S("ab");
	v = make(&s, "list<string>", 30, 3);
	ck_assert_uint_eq(v.n, 30);
	for (size_t i = 0; i < v.n; i++) {
		ck_assert_uint_eq(v.items[i].len, 3);
		ck_assert_uint_eq(strspn(v.items[i].text, "ab"), 3);
	}
	value_release(&v);
}
END_TEST

START_TEST(valid_matrices)
{
	struct shape s = shape(SHAPE_MATRIX, "n");
	struct value v;

	s.cols = S("n+2");
	s.min = S("0");
	s.max = S("1");
	v = make(&s, "integer[][]", 10, 1);
	ck_assert_uint_eq(v.n, 10);
	for (size_t i = 0; i < v.n; i++)
		ints_in(&v.items[i], 12, 0, 1);
	value_release(&v);

	s = shape(SHAPE_MATRIX, "n");
	s.alphabet = S("01");
	v = make(&s, "character[][]", 7, 2);
	ck_assert_uint_eq(v.n, 7);
	for (size_t i = 0; i < v.n; i++) {
		ck_assert_uint_eq(v.items[i].n, 7);
		for (size_t j = 0; j < 7; j++) {
			const struct value *c = &v.items[i].items[j];

			ck_assert_int_eq(c->kind, VALUE_STRING);
			ck_assert_uint_eq(c->len, 1);
			ck_assert(c->text[0] == '0' || c->text[0] == '1');
		}
	}
	value_release(&v);

	s.size = S("0");
	v = make(&s, "character[][]", 7, 2);
	ck_assert_uint_eq(v.n, 0);
	value_release(&v);
}
END_TEST

/* A tree rebuilt from level order: children and values by node. */
struct tree {
	size_t n;
	size_t *left, *right;
	long long *val;
};

#define NIL SIZE_MAX

static struct tree rebuild(const struct value *v)
{
	struct tree t = { 0 };
	size_t next = 1;

	ck_assert_int_eq(v->kind, VALUE_LIST);
	t.left = malloc((v->n + 1) * sizeof(size_t));
	t.right = malloc((v->n + 1) * sizeof(size_t));
	t.val = malloc((v->n + 1) * sizeof(long long));
	if (v->n == 0)
		return t;
	ck_assert_int_ne(v->items[v->n - 1].kind, VALUE_NULL); /* trimmed */
	ck_assert_int_ne(v->items[0].kind, VALUE_NULL);
	/* Nodes are numbered in level order; each takes its two children
	 * from the next items. */
	t.val[t.n++] = v->items[0].integer;
	for (size_t node = 0; node < t.n; node++) {
		size_t *kid[2] = { &t.left[node], &t.right[node] };

		for (int i = 0; i < 2; i++) {
			*kid[i] = NIL;
			if (next >= v->n)
				continue;
			if (v->items[next++].kind == VALUE_NULL)
				continue;
			*kid[i] = t.n;
			t.val[t.n++] = v->items[next - 1].integer;
		}
	}
	ck_assert_uint_ge(next, v->n); /* every item is used */
	return t;
}

static void tree_free(struct tree *t)
{
	free(t->left);
	free(t->right);
	free(t->val);
}

static size_t tree_depth(const struct tree *t)
{
	size_t *level = malloc((t->n + 1) * sizeof(*level)), depth = 0;

	/* Children come after their parents in level order. */
	for (size_t i = 0; i < t->n; i++) {
		if (i == 0)
			level[0] = 1;
		if (level[i] > depth)
			depth = level[i];
		if (t->left[i] != NIL)
			level[t->left[i]] = level[i] + 1;
		if (t->right[i] != NIL)
			level[t->right[i]] = level[i] + 1;
	}
	free(level);
	return depth;
}

static void in_order_increasing(const struct tree *t)
{
	size_t *stack = malloc((t->n + 1) * sizeof(*stack)), sp = 0;
	size_t node = t->n ? 0 : NIL, seen = 0;
	long long last = 0;

	while (node != NIL || sp) {
		for (; node != NIL; node = t->left[node])
			stack[sp++] = node;
		node = stack[--sp];
		if (seen++)
			ck_assert_int_lt(last, t->val[node]);
		last = t->val[node];
		node = t->right[node];
	}
	ck_assert_uint_eq(seen, t->n);
	free(stack);
}

static struct tree tree_of(const struct shape *s, int64_t n, uint64_t seed)
{
	struct value v = make(s, "TreeNode", n, seed);
	struct tree t = rebuild(&v);

	value_release(&v);
	return t;
}

START_TEST(valid_trees)
{
	struct shape s = shape(SHAPE_TREE, "n");
	struct tree t;

	t = tree_of(&s, 1000, 1);
	ck_assert_uint_eq(t.n, 1000);
	ck_assert_uint_lt(tree_depth(&t), 100); /* about 4 ln n */
	for (size_t i = 0; i < t.n; i++)
		ck_assert(t.val[i] >= -1000000000 && t.val[i] <= 1000000000);
	tree_free(&t);

	s.form = S("bst");
	s.min = S("0");
	s.max = S("n");
	for (uint64_t seed = 0; seed < 20; seed++) {
		t = tree_of(&s, 500, seed);
		ck_assert_uint_eq(t.n, 500);
		in_order_increasing(&t);
		tree_free(&t);
	}
	s.min = s.max = NULL;
	t = tree_of(&s, 100000, 9);
	ck_assert_uint_eq(t.n, 100000);
	in_order_increasing(&t);
	ck_assert_uint_lt(tree_depth(&t), 200);
	tree_free(&t);

	s.form = S("path");
	t = tree_of(&s, 10000, 2);
	ck_assert_uint_eq(t.n, 10000);
	ck_assert_uint_eq(tree_depth(&t), 10000);
	for (size_t i = 0; i < t.n; i++)
		ck_assert_uint_eq(t.left[i], NIL);
	tree_free(&t);

	s.form = S("complete");
	t = tree_of(&s, 1000, 3);
	ck_assert_uint_eq(t.n, 1000);
	ck_assert_uint_eq(tree_depth(&t), 10);
	tree_free(&t);

	s.size = S("0");
	t = tree_of(&s, 1000, 3);
	ck_assert_uint_eq(t.n, 0);
	tree_free(&t);
}
END_TEST

/* Checks an adjacency list of `nodes` nodes; returns how many edges. */
static size_t check_adjacency(const struct value *v, size_t nodes)
{
	size_t edges = 0, *queue = malloc((nodes + 1) * sizeof(*queue));
	bool *seen = calloc(nodes + 1, 1);
	size_t head = 0, tail = 0;

	ck_assert_uint_eq(v->n, nodes);
	for (size_t u = 0; u < nodes; u++) {
		const struct value *row = &v->items[u];

		ints_in(row, row->n, 1, (long long)nodes);
		ascending(row, true); /* no duplicates */
		for (size_t i = 0; i < row->n; i++) {
			const struct value *back =
				&v->items[row->items[i].integer - 1];
			size_t j = 0;

			ck_assert_int_ne(row->items[i].integer, (long long)u + 1);
			while (j < back->n &&
			       back->items[j].integer != (long long)u + 1)
				j++;
			ck_assert_msg(j < back->n, "%zu-%lld is one way", u + 1,
				      row->items[i].integer);
		}
		edges += row->n;
	}
	if (nodes) { /* connected */
		seen[0] = true;
		queue[tail++] = 0;
	}
	while (head < tail) {
		const struct value *row = &v->items[queue[head++]];

		for (size_t i = 0; i < row->n; i++) {
			size_t w = (size_t)row->items[i].integer - 1;

			if (!seen[w]) {
				seen[w] = true;
				queue[tail++] = w;
			}
		}
	}
	ck_assert_uint_eq(tail, nodes);
	free(queue);
	free(seen);
	return edges / 2;
}

START_TEST(valid_graphs)
{
	struct shape s = shape(SHAPE_GRAPH, "n");
	struct value v;
	long long *keys;

	v = make(&s, "Node", 1000, 1);
	ck_assert_uint_eq(check_adjacency(&v, 1000), 2000);
	value_release(&v);

	s.edges = S("n-1");
	v = make(&s, "Node", 1000, 2);
	ck_assert_uint_eq(check_adjacency(&v, 1000), 999);
	value_release(&v);

	/* Capped at the complete graph. */
	s.edges = NULL;
	v = make(&s, "Node", 4, 3);
	ck_assert_uint_eq(check_adjacency(&v, 4), 6);
	value_release(&v);

	s.size = S("1");
	v = make(&s, "Node", 4, 3);
	ck_assert_uint_eq(check_adjacency(&v, 1), 0);
	value_release(&v);

	s.size = S("0");
	v = make(&s, "Node", 4, 3);
	ck_assert_uint_eq(v.n, 0);
	value_release(&v);

	/* The edge list, 0-indexed, without loops or duplicates. */
	s.size = S("n");
	s.edges = S("3*n");
	v = make(&s, "integer[][]", 500, 4);
	ck_assert_uint_eq(v.n, 1500);
	keys = malloc(v.n * sizeof(*keys));
	for (size_t i = 0; i < v.n; i++) {
		long long a, b;

		ints_in(&v.items[i], 2, 0, 499);
		a = v.items[i].items[0].integer;
		b = v.items[i].items[1].integer;
		ck_assert_int_ne(a, b);
		keys[i] = a < b ? a * 500 + b : b * 500 + a;
	}
	qsort(keys, v.n, sizeof(*keys), cmp_ll);
	for (size_t i = 1; i < v.n; i++)
		ck_assert_int_ne(keys[i - 1], keys[i]);
	free(keys);
	value_release(&v);
}
END_TEST

START_TEST(valid_intervals)
{
	struct shape s = shape(SHAPE_INTERVALS, "n");
	struct value v;
	size_t overlaps = 0;

	v = make(&s, "integer[][]", 1000, 1);
	ck_assert_uint_eq(v.n, 1000);
	for (size_t i = 0; i < v.n; i++) {
		ints_in(&v.items[i], 2, 0, 1000000000);
		ck_assert_int_le(v.items[i].items[0].integer,
				 v.items[i].items[1].integer);
	}
	value_release(&v);

	s.sorted = true;
	s.min = S("10");
	s.max = S("10*n");
	v = make(&s, "list<list<integer>>", 1000, 2);
	for (size_t i = 0; i < v.n; i++) {
		ints_in(&v.items[i], 2, 10, 10000);
		ck_assert_int_le(v.items[i].items[0].integer,
				 v.items[i].items[1].integer);
		if (i) {
			ck_assert_int_le(v.items[i - 1].items[0].integer,
					 v.items[i].items[0].integer);
			overlaps += v.items[i - 1].items[1].integer >=
				    v.items[i].items[0].integer;
		}
	}
	/* Some overlap, some do not. */
	ck_assert_uint_gt(overlaps, 100);
	ck_assert_uint_lt(overlaps, 900);
	value_release(&v);

	s.min = s.max = S("7");
	v = make(&s, "integer[][]", 3, 2);
	for (size_t i = 0; i < v.n; i++)
		ints_in(&v.items[i], 2, 7, 7);
	value_release(&v);
}
END_TEST

START_TEST(valid_value)
{
	struct shape s = shape(SHAPE_VALUE, NULL);
	char err[256];
	char *text;

	s.value = S("[1,null,2]");
	text = run(&s, "TreeNode", 5, 1, err, sizeof(err));
	ck_assert_str_eq(text, "[1,null,2]\n");
	free(text);
}
END_TEST

/* Lines follow the signature, whatever the order of the shapes. */
static char *two_params(uint64_t seed)
{
	struct shape shapes[2] = { shape(SHAPE_INT, NULL),
				   shape(SHAPE_ARRAY, "n") };
	struct param params[2] = { { .name = S("nums"),
				     .type = S("integer[]") },
				   { .name = S("target"),
				     .type = S("integer") } };
	struct signature sig = { .params = params, .param_count = 2 };
	struct complexity_spec c = { .shapes = shapes, .shape_count = 2 };
	char *buf = NULL, err[256];
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	shapes[0].param = S("target");
	shapes[1].param = S("nums");
	ck_assert_msg(shapes_write(f, &c, &sig, 100, seed, err,
				   sizeof(err)) == 0, "%s", err);
	fclose(f);
	return buf;
}

START_TEST(valid_determinism)
{
	char *a = two_params(1), *b = two_params(1), *c = two_params(2);
	char *nl = strchr(a, '\n');

	ck_assert_str_eq(a, b);
	ck_assert_str_ne(a, c);
	/* nums, then target: two lines, each ending in '\n'. */
	ck_assert_int_eq(a[0], '[');
	ck_assert_ptr_nonnull(nl);
	ck_assert_int_ne(nl[1], '[');
	ck_assert_ptr_eq(strchr(nl + 1, '\n'), a + strlen(a) - 1);
	free(a);
	free(b);
	free(c);
}
END_TEST

/* Every kind: the same seed, the same bytes; another seed, others. */
START_TEST(valid_determinism_per_kind)
{
	static const struct {
		enum shape_kind kind;
		const char *type;
	} kinds[] = {
		{ SHAPE_INT, "long" }, { SHAPE_ARRAY, "integer[]" },
		{ SHAPE_STRING, "string" }, { SHAPE_STRINGS, "string[]" },
		{ SHAPE_MATRIX, "integer[][]" }, { SHAPE_TREE, "TreeNode" },
		{ SHAPE_LIST, "ListNode" }, { SHAPE_GRAPH, "Node" },
		{ SHAPE_INTERVALS, "integer[][]" },
	};

	for (size_t i = 0; i < sizeof(kinds) / sizeof(*kinds); i++) {
		struct shape s = shape(kinds[i].kind, "n");
		char err[256];
		char *a, *b, *c;

		s.distinct = kinds[i].kind == SHAPE_ARRAY;
		s.max = kinds[i].kind == SHAPE_INT ? S("1e18") : NULL;
		a = run(&s, kinds[i].type, 50, 11, err, sizeof(err));
		b = run(&s, kinds[i].type, 50, 11, err, sizeof(err));
		c = run(&s, kinds[i].type, 50, 12, err, sizeof(err));
		ck_assert_msg(a && b && c, "%s: %s", kinds[i].type, err);
		ck_assert_str_eq(a, b);
		ck_assert_str_ne(a, c);
		free(a);
		free(b);
		free(c);
	}
}
END_TEST

START_TEST(valid_checks)
{
	static const struct {
		enum shape_kind kind;
		const char *type;
	} ok[] = {
		{ SHAPE_INT, "integer" }, { SHAPE_INT, "long" },
		{ SHAPE_ARRAY, "integer[]" }, { SHAPE_ARRAY, "list<long>" },
		{ SHAPE_STRING, "string" }, { SHAPE_STRINGS, "string[]" },
		{ SHAPE_MATRIX, "integer[][]" }, { SHAPE_TREE, "TreeNode" },
		{ SHAPE_LIST, "ListNode" }, { SHAPE_GRAPH, "Node" },
		{ SHAPE_GRAPH, "integer[][]" },
		{ SHAPE_INTERVALS, "integer[][]" },
	};

	for (size_t i = 0; i < sizeof(ok) / sizeof(*ok); i++) {
		struct shape s = shape(ok[i].kind, "n");
		const char *why = shape_check(&s, ok[i].type);

		ck_assert_msg(!why, "%s: %s", ok[i].type, why);
	}
	{
		struct shape s = shape(SHAPE_MATRIX, "n");

		s.alphabet = S("01");
		ck_assert_ptr_null(shape_check(&s, "character[][]"));
		s = shape(SHAPE_VALUE, NULL);
		s.value = S("\"abc\"");
		ck_assert_ptr_null(shape_check(&s, "string"));
		s = shape(SHAPE_TREE, "n/2+1");
		s.form = S("complete");
		s.min = S("-1e9");
		s.max = S("(n+1)^2");
		ck_assert_ptr_null(shape_check(&s, "TreeNode"));
	}
}
END_TEST

START_TEST(invalid_sizes)
{
	struct shape s = shape(SHAPE_ARRAY, "n-2000");

	fails(&s, "integer[]", 1000, "size 'n-2000' is negative");
	s.size = S("n/0");
	fails(&s, "integer[]", 1000, "size 'n/0'");
	s.size = S("1e12");
	fails(&s, "integer[]", 1000, "size");
	s = shape(SHAPE_STRINGS, "1e6");
	s.length = S("1e6");
	fails(&s, "string[]", 1000, "is over");
	s = shape(SHAPE_GRAPH, "n");
	s.edges = S("-1");
	fails(&s, "Node", 10, "edges");
}
END_TEST

START_TEST(invalid_ranges)
{
	struct shape s = shape(SHAPE_ARRAY, "n");

	s.min = S("5");
	s.max = S("3");
	fails(&s, "integer[]", 10, "min 5 is above max 3");
	s = shape(SHAPE_INT, NULL);
	s.max = S("-1");
	fails(&s, "integer", 10, "above max");
	s.max = S("1e10");
	fails(&s, "integer", 10, "does not fit in integer");
	s = shape(SHAPE_INTERVALS, "n");
	s.min = S("n+1");
	s.max = S("n");
	fails(&s, "integer[][]", 10, "min 11 is above max 10");
}
END_TEST

START_TEST(invalid_distinct)
{
	struct shape s = shape(SHAPE_ARRAY, "n");

	s.distinct = true;
	s.min = S("1");
	s.max = S("n-1");
	fails(&s, "integer[]", 100, "100 distinct values do not fit");
	s = shape(SHAPE_TREE, "n");
	s.form = S("bst");
	s.min = S("0");
	s.max = S("5");
	fails(&s, "TreeNode", 10, "distinct");
}
END_TEST

START_TEST(invalid_missing_shape)
{
	struct shape s = shape(SHAPE_INT, NULL);
	struct param params[2] = { { .name = S("x"), .type = S("integer") },
				   { .name = S("k"), .type = S("integer") } };
	struct signature sig = { .params = params, .param_count = 2 };
	struct complexity_spec c = { .shapes = &s, .shape_count = 1 };
	char err[256] = "";
	FILE *f = fopen("/dev/null", "w");

	ck_assert_int_eq(shapes_write(f, &c, &sig, 10, 1, err, sizeof(err)),
			 -1);
	ck_assert_str_eq(err, "parameter 'k': no shape");
	/* A shape for the wrong type is caught before anything is made. */
	s.kind = SHAPE_STRING;
	ck_assert_int_eq(shapes_write(f, &c, &sig, 10, 1, err, sizeof(err)),
			 -1);
	ck_assert_str_eq(err, "parameter 'x': a string shape makes string, "
			      "not integer");
	/* No room for a message is no crash. */
	ck_assert_int_eq(shapes_write(f, &c, &sig, 10, 1, NULL, 0), -1);
	fclose(f);
}
END_TEST

START_TEST(invalid_checks)
{
	static const struct {
		enum shape_kind kind;
		const char *type;
	} bad[] = {
		{ SHAPE_INT, "string" }, { SHAPE_INT, "integer[]" },
		{ SHAPE_ARRAY, "string" }, { SHAPE_ARRAY, "integer[][]" },
		{ SHAPE_STRING, "string[]" }, { SHAPE_STRINGS, "string" },
		{ SHAPE_MATRIX, "character[][]" }, { SHAPE_TREE, "ListNode" },
		{ SHAPE_LIST, "TreeNode" }, { SHAPE_GRAPH, "TreeNode" },
		{ SHAPE_INTERVALS, "integer[]" },
	};
	struct shape s;

	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		const char *why;

		s = shape(bad[i].kind, "n");
		why = shape_check(&s, bad[i].type);
		ck_assert_msg(why, "%s was accepted", bad[i].type);
		ck_assert_msg(strstr(why, bad[i].type), "'%s'", why);
	}
	s = shape(SHAPE_ARRAY, "n");
	ck_assert_str_eq(shape_check(&s, "string"),
			 "an array shape makes integer[], long[], double[], "
			 "list<integer>, list<long> or list<double>, not "
			 "string");
	s = shape(SHAPE_MATRIX, "n");
	s.alphabet = S("01");
	ck_assert_ptr_nonnull(shape_check(&s, "integer[][]"));
	s.alphabet = S("");
	ck_assert_ptr_nonnull(strstr(shape_check(&s, "character[][]"),
				     "alphabet"));
	s.alphabet = S("a\tb");
	ck_assert_ptr_nonnull(strstr(shape_check(&s, "character[][]"),
				     "alphabet"));
	s = shape(SHAPE_ARRAY, "n");
	s.max = S("2*");
	ck_assert_ptr_nonnull(strstr(shape_check(&s, "integer[]"),
				     "max '2*'"));
	s.max = NULL;
	s.size = S("m");
	ck_assert_ptr_nonnull(strstr(shape_check(&s, "integer[]"),
				     "size 'm'"));
	s = shape(SHAPE_TREE, "n");
	s.form = S("balanced");
	ck_assert_ptr_nonnull(strstr(shape_check(&s, "TreeNode"), "form"));
	s = shape(SHAPE_VALUE, NULL);
	ck_assert_ptr_nonnull(shape_check(&s, "integer"));
	s.value = S("1\n2");
	ck_assert_ptr_nonnull(shape_check(&s, "integer"));
}
END_TEST

static Suite *shapes_suite(void)
{
	Suite *s = suite_create("shapes");
	TCase *valid = tcase_create("valid");
	TCase *invalid = tcase_create("invalid");

	tcase_add_test(valid, valid_int);
	tcase_add_test(valid, valid_arrays);
	tcase_add_test(valid, valid_large_array);
	tcase_add_test(valid, valid_strings);
	tcase_add_test(valid, valid_matrices);
	tcase_add_test(valid, valid_trees);
	tcase_add_test(valid, valid_graphs);
	tcase_add_test(valid, valid_intervals);
	tcase_add_test(valid, valid_value);
	tcase_add_test(valid, valid_determinism);
	tcase_add_test(valid, valid_determinism_per_kind);
	tcase_add_test(valid, valid_checks);
	tcase_set_timeout(valid, 30);
	tcase_add_test(invalid, invalid_sizes);
	tcase_add_test(invalid, invalid_ranges);
	tcase_add_test(invalid, invalid_distinct);
	tcase_add_test(invalid, invalid_missing_shape);
	tcase_add_test(invalid, invalid_checks);
	suite_add_tcase(s, valid);
	suite_add_tcase(s, invalid);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(shapes_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
