/*
 * bigo.c: budget formulas (bigo.h), parsed by recursive descent into a
 * small tree and evaluated in doubles.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bigo.h"

#define MAX_DEPTH 16

enum op { OP_NUM, OP_VAR, OP_ADD, OP_MUL, OP_POW, OP_LOG, OP_SQRT };

struct bigo_node {
	enum op op;
	double num;           /* OP_NUM */
	char var;             /* OP_VAR */
	struct bigo_node *a, *b;
};

struct parser {
	const char *s;
	size_t len, pos;
	int depth;
	const char *why;
	struct bigo *out;
};

static void node_free(struct bigo_node *n)
{
	if (!n)
		return;
	node_free(n->a);
	node_free(n->b);
	free(n);
}

static struct bigo_node *node(struct parser *p, enum op op,
			      struct bigo_node *a, struct bigo_node *b)
{
	struct bigo_node *n = calloc(1, sizeof(*n));

	if (!n) {
		node_free(a);
		node_free(b);
		if (!p->why)
			p->why = "out of memory";
		return NULL;
	}
	n->op = op;
	n->a = a;
	n->b = b;
	return n;
}

static struct bigo_node *fail(struct parser *p, const char *why)
{
	if (!p->why)
		p->why = why;
	return NULL;
}

static void skip_space(struct parser *p)
{
	while (p->pos < p->len && isspace((unsigned char)p->s[p->pos]))
		p->pos++;
}

static int peek(struct parser *p)
{
	skip_space(p);
	return p->pos < p->len ? (unsigned char)p->s[p->pos] : -1;
}

static bool word_at(struct parser *p, const char *w)
{
	size_t n = strlen(w);

	skip_space(p);
	if (p->len - p->pos < n || strncmp(p->s + p->pos, w, n))
		return false;
	if (p->pos + n < p->len && isalpha((unsigned char)p->s[p->pos + n]) &&
	    p->s[p->pos + n] != 'n' && p->s[p->pos + n] != 'm')
		return false;
	p->pos += n;
	return true;
}

static struct bigo_node *parse_sum(struct parser *p);
static struct bigo_node *parse_factor(struct parser *p);

static struct bigo_node *parse_number(struct parser *p)
{
	struct bigo_node *n;
	double v = 0;

	while (p->pos < p->len && isdigit((unsigned char)p->s[p->pos])) {
		v = v * 10 + (p->s[p->pos++] - '0');
		if (v > 1e6)
			return fail(p, "number too large");
	}
	if (!(n = node(p, OP_NUM, NULL, NULL)))
		return NULL;
	n->num = v;
	return n;
}

static struct bigo_node *parse_group(struct parser *p)
{
	struct bigo_node *n;

	if (peek(p) != '(')
		return fail(p, "expected '('");
	p->pos++;
	if (!(n = parse_sum(p)))
		return NULL;
	if (peek(p) != ')') {
		node_free(n);
		return fail(p, "expected ')'");
	}
	p->pos++;
	return n;
}

/* '^' NUMBER after a variable or a group. */
static struct bigo_node *maybe_power(struct parser *p, struct bigo_node *base)
{
	struct bigo_node *e;

	if (!base || peek(p) != '^')
		return base;
	p->pos++;
	skip_space(p);
	if (p->pos >= p->len || !isdigit((unsigned char)p->s[p->pos])) {
		node_free(base);
		return fail(p, "expected a number after '^'");
	}
	if (!(e = parse_number(p))) {
		node_free(base);
		return NULL;
	}
	return node(p, OP_POW, base, e);
}

static struct bigo_node *parse_var(struct parser *p)
{
	struct bigo_node *n;
	char c = p->s[p->pos];

	if (p->pos + 1 < p->len && isalnum((unsigned char)p->s[p->pos + 1]))
		return fail(p, "a variable is a single letter (n, m, k...)");
	p->pos++;
	if (!strchr(p->out->vars, c)) {
		size_t used = strlen(p->out->vars);

		if (used + 1 >= sizeof(p->out->vars))
			return fail(p, "too many variables");
		p->out->vars[used] = c;
	}
	if (!(n = node(p, OP_VAR, NULL, NULL)))
		return NULL;
	n->var = c;
	return maybe_power(p, n);
}

static struct bigo_node *parse_factor_inner(struct parser *p)
{
	int c = peek(p);

	if (c < 0)
		return fail(p, "unexpected end");
	if (isdigit(c)) {
		struct bigo_node *n = parse_number(p);

		if (n && peek(p) == '^') {
			struct bigo_node *e;

			p->pos++;
			if (!(e = parse_factor(p))) {
				node_free(n);
				return NULL;
			}
			return node(p, OP_POW, n, e);
		}
		return n;
	}
	if (word_at(p, "log")) {
		struct bigo_node *arg;

		if (peek(p) == '(')
			arg = parse_group(p);
		else if (peek(p) >= 0 && isalpha(peek(p)))
			arg = parse_var(p);
		else
			return fail(p, "expected what log is of");
		return arg ? node(p, OP_LOG, arg, NULL) : NULL;
	}
	if (word_at(p, "sqrt")) {
		struct bigo_node *arg = parse_group(p);

		return arg ? node(p, OP_SQRT, arg, NULL) : NULL;
	}
	if (c == '(')
		return maybe_power(p, parse_group(p));
	if (isalpha(c))
		return parse_var(p);
	return fail(p, "expected a number, a variable, log, sqrt or '('");
}

static struct bigo_node *parse_factor(struct parser *p)
{
	struct bigo_node *n;

	if (++p->depth > MAX_DEPTH)
		return fail(p, "nested too deeply");
	n = parse_factor_inner(p);
	p->depth--;
	return n;
}

static struct bigo_node *parse_product(struct parser *p)
{
	struct bigo_node *n = parse_factor(p);

	while (n) {
		int c = peek(p);

		if (c == '*')
			p->pos++;
		else if (c < 0 || c == '+' || c == ')')
			break;
		n = node(p, OP_MUL, n, NULL);
		if (n && !(n->b = parse_factor(p))) {
			node_free(n);
			return NULL;
		}
	}
	return n;
}

static struct bigo_node *parse_sum(struct parser *p)
{
	struct bigo_node *n = parse_product(p);

	while (n && peek(p) == '+') {
		p->pos++;
		n = node(p, OP_ADD, n, NULL);
		if (n && !(n->b = parse_product(p))) {
			node_free(n);
			return NULL;
		}
	}
	return n;
}

int bigo_parse(const char *buf, size_t len, struct bigo *out, size_t *at,
	       const char **why)
{
	struct parser p = { .s = buf, .len = len, .out = out };
	size_t start, end;

	memset(out, 0, sizeof(*out));
	skip_space(&p);
	if (p.pos >= len || buf[p.pos] != 'O') {
		*at = p.pos;
		*why = "a budget is written O(...), as in O(n log n)";
		return -1;
	}
	p.pos++;
	start = p.pos;
	out->root = parse_group(&p);
	end = p.pos;
	if (out->root && peek(&p) >= 0)
		fail(&p, "unexpected text after the budget");
	if (p.why) {
		bigo_release(out);
		*at = p.pos;
		*why = p.why;
		return -1;
	}
	/* The canonical text: as written, runs of spaces squeezed. */
	{
		size_t o = 0;

		out->text[o++] = 'O';
		for (size_t i = start; i < end && o + 1 < sizeof(out->text);
		     i++) {
			bool space = isspace((unsigned char)buf[i]);

			if (!space || out->text[o - 1] != ' ')
				out->text[o++] = space ? ' ' : buf[i];
		}
		out->text[o] = '\0';
	}
	return 0;
}

void bigo_release(struct bigo *b)
{
	node_free(b->root);
	b->root = NULL;
}

static double eval(const struct bigo_node *n, const char *vars,
		   const double *values)
{
	double a;

	switch (n->op) {
	case OP_NUM:
		return n->num;
	case OP_VAR:
		for (size_t i = 0; vars[i]; i++)
			if (vars[i] == n->var)
				return values[i];
		return 1;
	case OP_ADD:
		return eval(n->a, vars, values) + eval(n->b, vars, values);
	case OP_MUL:
		return eval(n->a, vars, values) * eval(n->b, vars, values);
	case OP_POW:
		return pow(eval(n->a, vars, values), eval(n->b, vars, values));
	case OP_LOG:
		a = eval(n->a, vars, values);
		return a > 2 ? log2(a) : 1;
	case OP_SQRT:
		a = eval(n->a, vars, values);
		return a > 0 ? sqrt(a) : 0;
	}
	return 0;
}

double bigo_eval(const struct bigo *b, const char *vars, const double *values)
{
	return b->root ? eval(b->root, vars, values) : 0;
}

const char *bigo_class_name(enum bigo_class c)
{
	static const char *const names[] = {
		"O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)",
		"O(n^3)", "O(2^n)",
	};

	return c < BIGO_CLASS_COUNT ? names[c] : "?";
}

double bigo_class_log(enum bigo_class c, double n)
{
	double lg = n > 2 ? log2(n) : 1;

	if (n < 1)
		n = 1;
	switch (c) {
	case BIGO_1:
		return 0;
	case BIGO_LOG:
		return log(lg);
	case BIGO_N:
		return log(n);
	case BIGO_N_LOG:
		return log(n) + log(lg);
	case BIGO_N2:
		return 2 * log(n);
	case BIGO_N3:
		return 3 * log(n);
	case BIGO_EXP:
		return n * log(2);
	case BIGO_CLASS_COUNT:
		break;
	}
	return 0;
}
