/*
 * shapes.c: arguments of function problems made from their shapes
 * (shapes.h).
 *
 * Theory of operation: each parameter draws from its own xoshiro256**
 * stream, seeded by splitmix64 from the seed and the parameter's position,
 * so the bytes depend on (shapes, n, seed) alone.  Nothing is quadratic:
 * distinct values come from a hash set when the range is wide and from
 * selection sampling (Knuth's algorithm S) when it is narrow; trees grow
 * by uniformly chosen free slots and are written breadth first; graph
 * edges are drawn into a hash set.  Nothing recurses, so a path of 10^6
 * nodes is as safe as a balanced tree.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expr.h"
#include "shapes.h"

#define NONE SIZE_MAX
#define LOWERCASE "abcdefghijklmnopqrstuvwxyz"

struct rng {
	uint64_t s[4];
};

/* One parameter being written. */
struct gen {
	FILE *out;
	const char *param, *type;
	const struct shape *s;
	int64_t n;
	struct rng rng;
	char *err;
	size_t err_len;
};

/* A set of 64-bit keys, open addressing; `used` marks the full slots. */
struct set {
	uint64_t *keys;
	unsigned char *used;
	size_t mask;
};

static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static uint64_t rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static void rng_seed(struct rng *r, uint64_t seed, size_t position)
{
	uint64_t x = seed ^ (0xd1b54a32d192ed03ULL * (position + 1));

	for (int i = 0; i < 4; i++)
		r->s[i] = splitmix64(&x);
}

static uint64_t rng_next(struct rng *r)
{
	uint64_t *s = r->s;
	uint64_t result = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return result;
}

/* Uniform in [0, bound), without modulo bias; bound 0 stands for 2^64. */
static uint64_t rng_below(struct rng *r, uint64_t bound)
{
	uint64_t floor, x;

	if (bound == 0)
		return rng_next(r);
	floor = -bound % bound; /* 2^64 mod bound: the values that would bias */
	do
		x = rng_next(r);
	while (x < floor);
	return x % bound;
}

/* Uniform in [lo, hi]. */
static int64_t rng_range(struct rng *r, int64_t lo, int64_t hi)
{
	return (int64_t)((uint64_t)lo +
			 rng_below(r, (uint64_t)hi - (uint64_t)lo + 1));
}

static void shuffle(struct rng *r, int64_t *v, size_t count)
{
	for (size_t i = count; i > 1; i--) {
		size_t j = rng_below(r, i);
		int64_t t = v[i - 1];

		v[i - 1] = v[j];
		v[j] = t;
	}
}

static int set_init(struct set *s, size_t count)
{
	size_t cap = 16;

	while (cap < 2 * count)
		cap *= 2;
	s->keys = malloc(cap * sizeof(*s->keys));
	s->used = calloc(cap, 1);
	s->mask = cap - 1;
	return s->keys && s->used ? 0 : -1;
}

static void set_release(struct set *s)
{
	free(s->keys);
	free(s->used);
}

/* Adds key; whether it was new.  The set holds at most half its slots. */
static bool set_add(struct set *s, uint64_t key)
{
	uint64_t h = key;
	size_t i = (size_t)splitmix64(&h) & s->mask;

	for (; s->used[i]; i = (i + 1) & s->mask)
		if (s->keys[i] == key)
			return false;
	s->used[i] = 1;
	s->keys[i] = key;
	return true;
}

static int cmp_int64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

static int fail(struct gen *g, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static int fail(struct gen *g, const char *fmt, ...)
{
	va_list ap;
	int used;

	if (!g->err_len)
		return -1;
	used = snprintf(g->err, g->err_len, "parameter '%s': ", g->param);
	if (used >= 0 && (size_t)used < g->err_len) {
		va_start(ap, fmt);
		vsnprintf(g->err + used, g->err_len - (size_t)used, fmt, ap);
		va_end(ap);
	}
	return -1;
}

static int oom(struct gen *g)
{
	return fail(g, "out of memory");
}

/* Evaluates a field of the shape (what names it) for g's n. */
static int eval(struct gen *g, const char *what, const char *text,
		int64_t *out)
{
	const char *why = NULL;
	size_t at = 0;

	if (expr_eval(text, strlen(text), g->n, out, &at, &why) < 0)
		return fail(g, "%s '%s': %s at offset %zu", what, text, why, at);
	return 0;
}

/* A size, count or length: text, or dflt when text is NULL. */
static int count(struct gen *g, const char *what, const char *text,
		 const char *dflt, size_t *out)
{
	int64_t v;

	if (eval(g, what, text ? text : dflt, &v) < 0)
		return -1;
	if (v < 0)
		return fail(g, "%s '%s' is negative (%" PRId64 ")", what,
			    text ? text : dflt, v);
	if (v > SHAPES_MAX_ITEMS)
		return fail(g, "%s %" PRId64 " is over %d", what, v,
			    SHAPES_MAX_ITEMS);
	*out = (size_t)v;
	return 0;
}

/* a * b items, when both are sizes: at most SHAPES_MAX_ITEMS. */
static int product(struct gen *g, size_t a, size_t b)
{
	if (a && b > SHAPES_MAX_ITEMS / a)
		return fail(g, "%zu x %zu items is over %d", a, b,
			    SHAPES_MAX_ITEMS);
	return 0;
}

/* The values' range: min and max, or the defaults. */
static int range(struct gen *g, const char *dmin, const char *dmax,
		 int64_t *lo, int64_t *hi)
{
	const struct shape *s = g->s;

	if (eval(g, "min", s->min ? s->min : dmin, lo) < 0 ||
	    eval(g, "max", s->max ? s->max : dmax, hi) < 0)
		return -1;
	if (*lo > *hi)
		return fail(g, "min %" PRId64 " is above max %" PRId64, *lo,
			    *hi);
	/* integer is 32 bits in every language the judge drives. */
	if (!strstr(g->type, "long") && !strstr(g->type, "double") &&
	    (*lo < INT32_MIN || *hi > INT32_MAX))
		return fail(g, "[%" PRId64 ", %" PRId64 "] does not fit in %s",
			    *lo, *hi, g->type);
	return 0;
}

/*
 * Fills v with count values from [lo, hi]: uniform, or distinct (without
 * repeats, uniform among the subsets), sorted ascending if asked.
 */
static int draw(struct gen *g, int64_t *v, size_t count, int64_t lo,
		int64_t hi, bool distinct, bool sorted)
{
	uint64_t span = (uint64_t)hi - (uint64_t)lo + 1; /* 0: 2^64 */
	struct set set;
	size_t k = 0;

	if (!distinct) {
		for (size_t i = 0; i < count; i++)
			v[i] = rng_range(&g->rng, lo, hi);
	} else if (span != 0 && count > span) {
		return fail(g, "%zu distinct values do not fit in [%" PRId64
			    ", %" PRId64 "]", count, lo, hi);
	} else if (span != 0 && span / 2 <= count) {
		/* Narrow: each value in turn, taken with the odds left. */
		for (uint64_t i = 0; k < count; i++)
			if (rng_below(&g->rng, span - i) < count - k)
				v[k++] = (int64_t)((uint64_t)lo + i);
		if (!sorted)
			shuffle(&g->rng, v, count);
		return 0;
	} else {
		/* Wide: fewer than two draws per value on average. */
		if (set_init(&set, count) < 0) {
			set_release(&set);
			return oom(g);
		}
		while (k < count) {
			uint64_t x = rng_below(&g->rng, span);

			if (set_add(&set, x))
				v[k++] = (int64_t)((uint64_t)lo + x);
		}
		set_release(&set);
	}
	if (sorted)
		qsort(v, count, sizeof(*v), cmp_int64);
	return 0;
}

static void put_int(FILE *f, int64_t v)
{
	char buf[24], *p = buf + sizeof(buf);
	uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;

	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	fwrite(p, 1, (size_t)(buf + sizeof(buf) - p), f);
}

static void put_ints(FILE *f, const int64_t *v, size_t count)
{
	putc('[', f);
	for (size_t i = 0; i < count; i++) {
		if (i)
			putc(',', f);
		put_int(f, v[i]);
	}
	putc(']', f);
}

/* [[a,b],[c,d],...] from v = {a, b, c, d, ...}. */
static void put_pairs(FILE *f, const int64_t *v, size_t pairs)
{
	putc('[', f);
	for (size_t i = 0; i < pairs; i++) {
		if (i)
			putc(',', f);
		put_ints(f, v + 2 * i, 2);
	}
	putc(']', f);
}

/* A quoted string of len characters from the alphabet. */
static void put_chars(struct gen *g, size_t len)
{
	const char *a = g->s->alphabet ? g->s->alphabet : LOWERCASE;
	size_t alen = strlen(a);

	putc('"', g->out);
	for (size_t i = 0; i < len; i++) {
		char c = a[rng_below(&g->rng, alen)];

		if (c == '"' || c == '\\')
			putc('\\', g->out);
		putc(c, g->out);
	}
	putc('"', g->out);
}

/* An array, or a linked list: the same values, the same text. */
static int write_array(struct gen *g)
{
	int64_t lo, hi, *v;
	size_t size;
	int rc;

	if (count(g, "size", g->s->size, "n", &size) < 0 ||
	    range(g, "-1e9", "1e9", &lo, &hi) < 0)
		return -1;
	v = malloc((size ? size : 1) * sizeof(*v));
	if (!v)
		return oom(g);
	rc = draw(g, v, size, lo, hi, g->s->distinct, g->s->sorted);
	if (rc == 0)
		put_ints(g->out, v, size);
	free(v);
	return rc;
}

static int write_strings(struct gen *g)
{
	size_t size, len;

	if (count(g, "size", g->s->size, "n", &size) < 0)
		return -1;
	if (g->s->kind == SHAPE_STRING) {
		put_chars(g, size);
		return 0;
	}
	if (count(g, "length", g->s->length, "8", &len) < 0 ||
	    product(g, size, len) < 0)
		return -1;
	putc('[', g->out);
	for (size_t i = 0; i < size; i++) {
		if (i)
			putc(',', g->out);
		put_chars(g, len);
	}
	putc(']', g->out);
	return 0;
}

static int write_matrix(struct gen *g)
{
	const struct shape *s = g->s;
	int64_t lo = 0, hi = 0;
	size_t rows, cols;

	if (count(g, "size", s->size, "n", &rows) < 0 ||
	    count(g, "cols", s->cols, s->size ? s->size : "n", &cols) < 0 ||
	    product(g, rows, cols) < 0 ||
	    (!s->alphabet && range(g, "-1e9", "1e9", &lo, &hi) < 0))
		return -1;
	putc('[', g->out);
	for (size_t i = 0; i < rows; i++) {
		fputs(i ? ",[" : "[", g->out);
		for (size_t j = 0; j < cols; j++) {
			if (j)
				putc(',', g->out);
			if (s->alphabet)
				put_chars(g, 1);
			else
				put_int(g->out, rng_range(&g->rng, lo, hi));
		}
		putc(']', g->out);
	}
	putc(']', g->out);
	return 0;
}

/*
 * A binary tree of n nodes 0..n-1, 0 the root, as kid[2i] and kid[2i+1],
 * node i's left and right child (NONE for none): "slot" 2i+side.
 */

/* Grows the tree by uniformly chosen free slots; work holds n+1. */
static void tree_grow_random(struct rng *r, size_t *kid, size_t n,
			     size_t *work)
{
	size_t free_slots = 2;

	work[0] = 0;
	work[1] = 1;
	for (size_t i = 1; i < n; i++) {
		size_t j = rng_below(r, free_slots);

		kid[work[j]] = i;
		work[j] = 2 * i;
		work[free_slots++] = 2 * i + 1;
	}
}

/* Gives the nodes the sorted values v in order, without recursion. */
static void tree_fill_in_order(const size_t *kid, const int64_t *v,
			       int64_t *val, size_t *work)
{
	size_t depth = 0, k = 0, node = 0;

	while (node != NONE || depth) {
		for (; node != NONE; node = kid[2 * node])
			work[depth++] = node;
		node = work[--depth];
		val[node] = v[k++];
		node = kid[2 * node + 1];
	}
}

/* Level order with nulls, leaving out the nulls after the last node. */
static void tree_put(FILE *f, const size_t *kid, const int64_t *val,
		     size_t *work)
{
	size_t head = 0, tail = 1, nulls = 0;

	putc('[', f);
	put_int(f, val[0]);
	work[0] = 0;
	while (head < tail) {
		size_t node = work[head++];

		for (size_t slot = 2 * node; slot < 2 * node + 2; slot++) {
			if (kid[slot] == NONE) {
				nulls++;
				continue;
			}
			for (; nulls; nulls--)
				fputs(",null", f);
			putc(',', f);
			put_int(f, val[kid[slot]]);
			work[tail++] = kid[slot];
		}
	}
	putc(']', f);
}

static int write_tree(struct gen *g)
{
	const char *form = g->s->form ? g->s->form : "random";
	bool bst = !strcmp(form, "bst");
	size_t n, *kid = NULL, *work = NULL;
	int64_t lo, hi, *v = NULL, *val = NULL;
	int rc = -1;

	if (count(g, "size", g->s->size, "n", &n) < 0 ||
	    range(g, "-1e9", "1e9", &lo, &hi) < 0)
		return -1;
	if (n == 0) {
		fputs("[]", g->out);
		return 0;
	}
	kid = malloc(2 * n * sizeof(*kid));
	work = malloc((n + 1) * sizeof(*work));
	v = malloc(n * sizeof(*v));
	val = malloc(n * sizeof(*val));
	if (!kid || !work || !v || !val) {
		oom(g);
		goto out;
	}
	if (draw(g, v, n, lo, hi, bst || g->s->distinct, bst) < 0)
		goto out;
	for (size_t i = 0; i < 2 * n; i++)
		kid[i] = NONE;
	if (!strcmp(form, "path")) {
		for (size_t i = 1; i < n; i++)
			kid[2 * i - 1] = i; /* the right child of i-1 */
	} else if (!strcmp(form, "complete")) {
		for (size_t i = 1; i < n; i++)
			kid[i - 1] = i;     /* p's children: 2p+1, 2p+2 */
	} else {
		tree_grow_random(&g->rng, kid, n, work);
	}
	if (bst)
		tree_fill_in_order(kid, v, val, work);
	tree_put(g->out, kid, bst ? val : v, work);
	rc = 0;
out:
	free(kid);
	free(work);
	free(v);
	free(val);
	return rc;
}

/* The node's neighbours, 1-indexed, ascending: adjacency in CSR form. */
static int graph_put_nodes(struct gen *g, size_t nodes, const int64_t *ends,
			   size_t edges)
{
	size_t *start = calloc(nodes + 1, sizeof(*start));
	int64_t *adj = malloc((2 * edges + 1) * sizeof(*adj));
	int rc = -1;

	if (!start || !adj) {
		oom(g);
		goto out;
	}
	for (size_t i = 0; i < 2 * edges; i++)
		start[ends[i] + 1]++;
	for (size_t i = 0; i < nodes; i++)
		start[i + 1] += start[i];
	for (size_t i = 0; i < 2 * edges; i++) /* start[u] moves to u's end */
		adj[start[ends[i]]++] = ends[i ^ 1];
	putc('[', g->out);
	for (size_t u = 0, from = 0; u < nodes; from = start[u++]) {
		qsort(adj + from, start[u] - from, sizeof(*adj), cmp_int64);
		fputs(u ? ",[" : "[", g->out);
		for (size_t i = from; i < start[u]; i++) {
			if (i > from)
				putc(',', g->out);
			put_int(g->out, adj[i] + 1);
		}
		putc(']', g->out);
	}
	putc(']', g->out);
	rc = 0;
out:
	free(start);
	free(adj);
	return rc;
}

static uint64_t edge_key(int64_t u, int64_t v, size_t nodes)
{
	return u < v ? (uint64_t)u * nodes + (uint64_t)v
		     : (uint64_t)v * nodes + (uint64_t)u;
}

static int write_graph(struct gen *g)
{
	size_t nodes, edges, tree, k;
	int64_t *ends = NULL, *perm = NULL; /* edge i: ends[2i], ends[2i+1] */
	struct set set = { 0 };
	uint64_t most;
	int rc = -1;

	if (count(g, "size", g->s->size, "n", &nodes) < 0 ||
	    (g->s->edges && count(g, "edges", g->s->edges, NULL, &edges) < 0))
		return -1;
	if (!g->s->edges)
		edges = 2 * nodes;
	most = (uint64_t)nodes * (nodes ? nodes - 1 : 0) / 2;
	if (edges > most)
		edges = (size_t)most;
	tree = nodes && edges > nodes - 1 ? nodes - 1 : edges;
	ends = malloc((2 * edges + 1) * sizeof(*ends));
	perm = malloc((nodes + 1) * sizeof(*perm));
	if (!ends || !perm || set_init(&set, edges) < 0) {
		oom(g);
		goto out;
	}
	/* A random recursive tree over a random order of the nodes. */
	for (size_t i = 0; i < nodes; i++)
		perm[i] = (int64_t)i;
	shuffle(&g->rng, perm, nodes);
	for (k = 0; k < tree; k++) {
		int64_t u = perm[k + 1], v = perm[rng_below(&g->rng, k + 1)];

		set_add(&set, edge_key(u, v, nodes));
		ends[2 * k] = u;
		ends[2 * k + 1] = v;
	}
	while (k < edges) {
		int64_t u = (int64_t)rng_below(&g->rng, nodes);
		int64_t v = (int64_t)rng_below(&g->rng, nodes);

		if (u == v || !set_add(&set, edge_key(u, v, nodes)))
			continue;
		ends[2 * k] = u;
		ends[2 * k + 1] = v;
		k++;
	}
	if (!strcmp(g->type, "Node")) {
		rc = graph_put_nodes(g, nodes, ends, edges);
		goto out;
	}
	put_pairs(g->out, ends, edges);
	rc = 0;
out:
	set_release(&set);
	free(ends);
	free(perm);
	return rc;
}

static int write_intervals(struct gen *g)
{
	int64_t lo, hi, *v;
	uint64_t width, most;
	size_t size;

	if (count(g, "size", g->s->size, "n", &size) < 0 ||
	    range(g, "0", "1e9", &lo, &hi) < 0)
		return -1;
	width = (uint64_t)hi - (uint64_t)lo;
	most = size && width / size <= width / 2 ? width / size * 2 : width;
	v = malloc((2 * size + 1) * sizeof(*v));
	if (!v)
		return oom(g);
	/* The starts, sorted if asked (draw cannot fail without distinct),
	 * spread from the back into pairs. */
	(void)draw(g, v, size, lo, hi, false, g->s->sorted);
	for (size_t i = size; i-- > 0;) {
		uint64_t len = rng_below(&g->rng, most + 1);
		uint64_t room = (uint64_t)hi - (uint64_t)v[i];

		v[2 * i] = v[i];
		v[2 * i + 1] = (int64_t)((uint64_t)v[i] +
					 (len < room ? len : room));
	}
	put_pairs(g->out, v, size);
	free(v);
	return 0;
}

static int write_shape(struct gen *g)
{
	switch (g->s->kind) {
	case SHAPE_INT: {
		int64_t lo, hi;

		if (range(g, "0", "n", &lo, &hi) < 0)
			return -1;
		put_int(g->out, rng_range(&g->rng, lo, hi));
		return 0;
	}
	case SHAPE_ARRAY:
	case SHAPE_LIST: return write_array(g);
	case SHAPE_STRING:
	case SHAPE_STRINGS: return write_strings(g);
	case SHAPE_MATRIX: return write_matrix(g);
	case SHAPE_TREE: return write_tree(g);
	case SHAPE_GRAPH: return write_graph(g);
	case SHAPE_INTERVALS: return write_intervals(g);
	case SHAPE_VALUE:
		fputs(g->s->value, g->out);
		return 0;
	}
	return fail(g, "unknown shape kind %d", (int)g->s->kind);
}

/* What each kind makes; NULL makes for any type. */
struct kind_types {
	const char *makes;
	const char *types[7];
};

static const struct kind_types kinds[] = {
	[SHAPE_INT] = { "an int shape makes integer, long or double",
		{ "integer", "long", "double" } },
	[SHAPE_ARRAY] = { "an array shape makes integer[], long[], double[], "
			  "list<integer>, list<long> or list<double>",
		{ "integer[]", "long[]", "double[]", "list<integer>",
		  "list<long>", "list<double>" } },
	[SHAPE_STRING] = { "a string shape makes string", { "string" } },
	[SHAPE_STRINGS] = { "a strings shape makes string[] or list<string>",
		{ "string[]", "list<string>" } },
	[SHAPE_MATRIX] = { "a matrix shape of numbers makes integer[][], "
			   "long[][], double[][], list<list<integer>>, "
			   "list<list<long>> or list<list<double>>",
		{ "integer[][]", "long[][]", "double[][]",
		  "list<list<integer>>", "list<list<long>>",
		  "list<list<double>>" } },
	[SHAPE_TREE] = { "a tree shape makes TreeNode", { "TreeNode" } },
	[SHAPE_LIST] = { "a list shape makes ListNode", { "ListNode" } },
	[SHAPE_GRAPH] = { "a graph shape makes Node, integer[][] or "
			  "list<list<integer>>",
		{ "Node", "integer[][]", "list<list<integer>>" } },
	[SHAPE_INTERVALS] = { "an intervals shape makes integer[][], "
			      "long[][], list<list<integer>> or "
			      "list<list<long>>",
		{ "integer[][]", "long[][]", "list<list<integer>>",
		  "list<list<long>>" } },
	[SHAPE_VALUE] = { NULL, { NULL } },
};

static const struct kind_types char_matrix = {
	"a matrix shape with an alphabet makes character[][] or "
	"list<list<character>>",
	{ "character[][]", "list<list<character>>" },
};

const char *shape_check(const struct shape *s, const char *type)
{
	static _Thread_local char msg[256];
	const struct {
		const char *name, *text;
	} fields[] = {
		{ "size", s->size }, { "cols", s->cols },
		{ "length", s->length }, { "edges", s->edges },
		{ "min", s->min }, { "max", s->max },
	};
	const struct kind_types *k;
	size_t t = 0;

	if ((size_t)s->kind >= sizeof(kinds) / sizeof(*kinds))
		return "unknown shape kind";
	k = s->kind == SHAPE_MATRIX && s->alphabet ? &char_matrix
						   : &kinds[s->kind];
	while (k->makes && k->types[t] && strcmp(k->types[t], type))
		t++;
	if (k->makes && !k->types[t]) {
		snprintf(msg, sizeof(msg), "%s, not %s", k->makes, type);
		return msg;
	}
	for (size_t i = 0; i < sizeof(fields) / sizeof(*fields); i++) {
		const char *why = NULL;
		size_t at = 0;
		int64_t v;

		if (fields[i].text &&
		    expr_eval(fields[i].text, strlen(fields[i].text), 1000, &v,
			      &at, &why) < 0) {
			snprintf(msg, sizeof(msg), "%s '%s': %s at offset %zu",
				 fields[i].name, fields[i].text, why, at);
			return msg;
		}
	}
	if (s->kind == SHAPE_TREE && s->form && strcmp(s->form, "random") &&
	    strcmp(s->form, "bst") && strcmp(s->form, "path") &&
	    strcmp(s->form, "complete"))
		return "form must be random, bst, path or complete";
	if (s->alphabet && !s->alphabet[0])
		return "alphabet is empty";
	for (const char *p = s->alphabet; p && *p; p++)
		if (*p < ' ' || *p > '~')
			return "alphabet must be printable ASCII characters";
	if (s->kind == SHAPE_VALUE && (!s->value || strchr(s->value, '\n')))
		return "a value shape needs its value, on one line";
	return NULL;
}

int shapes_write(FILE *out, const struct complexity_spec *c,
		 const struct signature *sig, int64_t n, uint64_t seed,
		 char *err, size_t err_len)
{
	for (size_t i = 0; i < sig->param_count; i++) {
		struct gen g = { .out = out, .param = sig->params[i].name,
				 .type = sig->params[i].type, .n = n,
				 .err = err, .err_len = err_len };
		const char *why;

		for (size_t j = 0; c && j < c->shape_count && !g.s; j++)
			if (!strcmp(c->shapes[j].param, g.param))
				g.s = &c->shapes[j];
		if (!g.s)
			return fail(&g, "no shape");
		why = shape_check(g.s, g.type);
		if (why)
			return fail(&g, "%s", why);
		rng_seed(&g.rng, seed, i);
		if (write_shape(&g) < 0)
			return -1;
		putc('\n', out);
		if (ferror(out))
			return fail(&g, "write error");
	}
	return 0;
}
