/*
 * expr.c: whole-number expressions of n (expr.h), by recursive descent.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>

#include "expr.h"

#define MAX_DEPTH 32

struct parser {
	const char *s;
	size_t len, pos;
	int64_t n;
	int depth;
	const char *why;
};

static int fail(struct parser *p, const char *why)
{
	if (!p->why)
		p->why = why;
	return -1;
}

static void skip_space(struct parser *p)
{
	while (p->pos < p->len && (p->s[p->pos] == ' ' || p->s[p->pos] == '\t'))
		p->pos++;
}

static bool accept(struct parser *p, char c)
{
	skip_space(p);
	if (p->pos < p->len && p->s[p->pos] == c) {
		p->pos++;
		return true;
	}
	return false;
}

static int parse_sum(struct parser *p, int64_t *out);

static int parse_number(struct parser *p, int64_t *out)
{
	int64_t v = 0;

	while (p->pos < p->len && isdigit((unsigned char)p->s[p->pos])) {
		if (__builtin_mul_overflow(v, 10, &v) ||
		    __builtin_add_overflow(v, p->s[p->pos] - '0', &v))
			return fail(p, "number too large");
		p->pos++;
	}
	if (p->pos < p->len && (p->s[p->pos] == 'e' || p->s[p->pos] == 'E')) {
		int e = 0;

		p->pos++;
		if (p->pos >= p->len || !isdigit((unsigned char)p->s[p->pos]))
			return fail(p, "expected digits after 'e'");
		while (p->pos < p->len && isdigit((unsigned char)p->s[p->pos])) {
			e = e * 10 + (p->s[p->pos++] - '0');
			if (e > 18)
				return fail(p, "number too large");
		}
		while (e-- > 0)
			if (__builtin_mul_overflow(v, 10, &v))
				return fail(p, "number too large");
	}
	*out = v;
	return 0;
}

static int parse_atom(struct parser *p, int64_t *out)
{
	skip_space(p);
	if (p->pos >= p->len)
		return fail(p, "expected a number, 'n' or '('");
	if (isdigit((unsigned char)p->s[p->pos]))
		return parse_number(p, out);
	if (p->s[p->pos] == 'n') {
		p->pos++;
		if (p->pos < p->len && (isalnum((unsigned char)p->s[p->pos]) ||
					p->s[p->pos] == '_'))
			return fail(p, "the only variable is n");
		*out = p->n;
		return 0;
	}
	if (p->s[p->pos] == '(') {
		p->pos++;
		if (++p->depth > MAX_DEPTH)
			return fail(p, "nested too deeply");
		if (parse_sum(p, out))
			return -1;
		p->depth--;
		if (!accept(p, ')'))
			return fail(p, "expected ')'");
		return 0;
	}
	return fail(p, isalpha((unsigned char)p->s[p->pos])
			       ? "the only variable is n"
			       : "expected a number, 'n' or '('");
}

static int parse_unary(struct parser *p, int64_t *out)
{
	if (accept(p, '-')) {
		if (++p->depth > MAX_DEPTH)
			return fail(p, "nested too deeply");
		if (parse_unary(p, out))
			return -1;
		p->depth--;
		if (*out == INT64_MIN)
			return fail(p, "number too large");
		*out = -*out;
		return 0;
	}
	return parse_atom(p, out);
}

static int parse_power(struct parser *p, int64_t *out)
{
	int64_t base, e, v = 1;

	if (parse_unary(p, &base))
		return -1;
	if (!accept(p, '^')) {
		*out = base;
		return 0;
	}
	if (parse_unary(p, &e))
		return -1;
	if (e < 0)
		return fail(p, "negative exponent");
	/* 0, 1 and -1 never overflow, so they are not multiplied out: 1^1e18
	 * must not take 10^18 steps.  Any other base overflows within 63. */
	if (base == 0 || base == 1) {
		*out = e == 0 ? 1 : base;
		return 0;
	}
	if (base == -1) {
		*out = e % 2 ? -1 : 1;
		return 0;
	}
	while (e-- > 0)
		if (__builtin_mul_overflow(v, base, &v))
			return fail(p, "number too large");
	*out = v;
	return 0;
}

static int parse_term(struct parser *p, int64_t *out)
{
	int64_t v, rhs;

	if (parse_power(p, &v))
		return -1;
	for (;;) {
		if (accept(p, '*')) {
			if (parse_power(p, &rhs))
				return -1;
			if (__builtin_mul_overflow(v, rhs, &v))
				return fail(p, "number too large");
		} else if (accept(p, '/')) {
			if (parse_power(p, &rhs))
				return -1;
			if (rhs == 0)
				return fail(p, "division by zero");
			if (v == INT64_MIN && rhs == -1)
				return fail(p, "number too large");
			v /= rhs;
		} else {
			*out = v;
			return 0;
		}
	}
}

static int parse_sum(struct parser *p, int64_t *out)
{
	int64_t v, rhs;

	if (parse_term(p, &v))
		return -1;
	for (;;) {
		if (accept(p, '+')) {
			if (parse_term(p, &rhs))
				return -1;
			if (__builtin_add_overflow(v, rhs, &v))
				return fail(p, "number too large");
		} else if (accept(p, '-')) {
			if (parse_term(p, &rhs))
				return -1;
			if (__builtin_sub_overflow(v, rhs, &v))
				return fail(p, "number too large");
		} else {
			*out = v;
			return 0;
		}
	}
}

int expr_eval(const char *text, size_t len, int64_t n, int64_t *out,
	      size_t *at, const char **why)
{
	struct parser p = { .s = text, .len = len, .n = n };
	int64_t v;

	if (parse_sum(&p, &v) == 0) {
		skip_space(&p);
		if (p.pos == p.len) {
			*out = v;
			return 0;
		}
		fail(&p, "unexpected character");
	}
	*at = p.pos;
	*why = p.why;
	return -1;
}
