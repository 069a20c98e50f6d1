/*
 * value.c: LeetCode's values, parsed, compared and printed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "value.h"

struct parser {
	const char *buf;
	size_t len, pos;
	size_t err_at;
	const char *why;
};

static int fail(struct parser *p, const char *why)
{
	if (!p->why) {
		p->why = why;
		p->err_at = p->pos;
	}
	return -1;
}

static void skip_space(struct parser *p)
{
	while (p->pos < p->len &&
	       (p->buf[p->pos] == ' ' || p->buf[p->pos] == '\t' ||
		p->buf[p->pos] == '\n' || p->buf[p->pos] == '\r'))
		p->pos++;
}

static bool word(struct parser *p, const char *w)
{
	size_t n = strlen(w);

	if (p->len - p->pos < n || memcmp(p->buf + p->pos, w, n))
		return false;
	p->pos += n;
	return true;
}

static int parse_number(struct parser *p, struct value *v)
{
	size_t start = p->pos;
	char tmp[512], *end;

	if (p->pos < p->len && (p->buf[p->pos] == '-' || p->buf[p->pos] == '+'))
		p->pos++;
	if (p->pos >= p->len || p->buf[p->pos] < '0' || p->buf[p->pos] > '9')
		return fail(p, "expected a value");
	v->kind = VALUE_NUMBER;
	v->integral = true;
	while (p->pos < p->len) {
		char c = p->buf[p->pos];

		if (c >= '0' && c <= '9') {
			p->pos++;
		} else if (c == '.' || c == 'e' || c == 'E' ||
			   ((c == '-' || c == '+') &&
			    (p->buf[p->pos - 1] == 'e' ||
			     p->buf[p->pos - 1] == 'E'))) {
			v->integral = false;
			p->pos++;
		} else {
			break;
		}
	}
	if (p->pos - start >= sizeof(tmp)) {
		p->pos = start;
		return fail(p, "number too long");
	}
	memcpy(tmp, p->buf + start, p->pos - start);
	tmp[p->pos - start] = '\0';
	errno = 0;
	v->number = strtod(tmp, &end);
	if (*end) {
		p->pos = start;
		return fail(p, "malformed number");
	}
	if (!isfinite(v->number)) {
		p->pos = start;
		return fail(p, "number out of range");
	}
	if (v->integral) {
		errno = 0;
		v->integer = strtoll(tmp, &end, 10);
		if (errno == ERANGE)
			v->integral = false; /* compared as a double */
	}
	return 0;
}

static int hex4(const char *s, unsigned *out)
{
	*out = 0;
	for (int i = 0; i < 4; i++) {
		char c = s[i];

		*out <<= 4;
		if (c >= '0' && c <= '9')
			*out |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			*out |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			*out |= (unsigned)(c - 'A' + 10);
		else
			return -1;
	}
	return 0;
}

static size_t put_utf8(char *o, unsigned cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xc0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	o[0] = (char)(0xe0 | (cp >> 12));
	o[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
	o[2] = (char)(0x80 | (cp & 0x3f));
	return 3;
}

static int parse_string(struct parser *p, struct value *v)
{
	size_t start = ++p->pos, n = 0;
	char *out;

	/* The decoded text is never longer than the quoted one. */
	while (p->pos < p->len && p->buf[p->pos] != '"') {
		if (p->buf[p->pos] == '\\')
			p->pos++;
		p->pos++;
	}
	if (p->pos >= p->len) {
		/* Point at the opening quote, not past the end. */
		p->pos = start - 1;
		return fail(p, "unterminated string");
	}
	out = malloc(p->pos - start + 1);
	if (!out)
		return fail(p, "out of memory");
	for (size_t i = start; i < p->pos; i++) {
		char c = p->buf[i];
		unsigned cp;

		if (c != '\\') {
			out[n++] = c;
			continue;
		}
		c = p->buf[++i];
		switch (c) {
		case 'n': out[n++] = '\n'; break;
		case 't': out[n++] = '\t'; break;
		case 'r': out[n++] = '\r'; break;
		case 'b': out[n++] = '\b'; break;
		case 'f': out[n++] = '\f'; break;
		case '/': out[n++] = '/'; break;
		case '\\': out[n++] = '\\'; break;
		case '"': out[n++] = '"'; break;
		case 'u':
			if (i + 4 >= p->pos || hex4(p->buf + i + 1, &cp)) {
				free(out);
				p->pos = i;
				return fail(p, "bad \\u escape");
			}
			n += put_utf8(out + n, cp);
			i += 4;
			break;
		default:
			free(out);
			p->pos = i;
			return fail(p, "unknown escape in string");
		}
	}
	out[n] = '\0';
	p->pos++;
	v->kind = VALUE_STRING;
	v->text = out;
	v->len = n;
	return 0;
}

static int parse_any(struct parser *p, struct value *v, int depth);

static int parse_list(struct parser *p, struct value *v, int depth)
{
	size_t cap = 0;

	if (depth >= VALUE_MAX_DEPTH)
		return fail(p, "lists nested too deeply");
	p->pos++;
	v->kind = VALUE_LIST;
	skip_space(p);
	if (p->pos < p->len && p->buf[p->pos] == ']') {
		p->pos++;
		return 0;
	}
	for (;;) {
		if (v->n == cap) {
			struct value *grown;

			cap = cap ? cap * 2 : 8;
			grown = realloc(v->items, cap * sizeof(*grown));
			if (!grown)
				return fail(p, "out of memory");
			v->items = grown;
		}
		memset(&v->items[v->n], 0, sizeof(*v->items));
		if (parse_any(p, &v->items[v->n], depth + 1)) {
			value_release(&v->items[v->n]);
			return -1;
		}
		v->n++;
		skip_space(p);
		if (p->pos < p->len && p->buf[p->pos] == ',') {
			p->pos++;
			continue;
		}
		if (p->pos < p->len && p->buf[p->pos] == ']') {
			p->pos++;
			return 0;
		}
		return fail(p, "expected ',' or ']'");
	}
}

static int parse_any(struct parser *p, struct value *v, int depth)
{
	skip_space(p);
	if (p->pos >= p->len)
		return fail(p, "expected a value");
	switch (p->buf[p->pos]) {
	case '[':
		return parse_list(p, v, depth);
	case '"':
		return parse_string(p, v);
	default:
		break;
	}
	if (word(p, "null")) {
		v->kind = VALUE_NULL;
		return 0;
	}
	if (word(p, "true") || word(p, "false")) {
		v->kind = VALUE_BOOL;
		v->boolean = p->buf[p->pos - 1] == 'e' &&
			     p->buf[p->pos - 2] == 'u';
		return 0;
	}
	return parse_number(p, v);
}

int value_parse(const char *buf, size_t len, struct value *out, size_t *at,
		const char **why)
{
	struct parser p = { .buf = buf, .len = len };

	memset(out, 0, sizeof(*out));
	if (parse_any(&p, out, 0) == 0) {
		skip_space(&p);
		if (p.pos == p.len)
			return 0;
		fail(&p, "unexpected text after the value");
	}
	value_release(out);
	*at = p.err_at;
	*why = p.why;
	return -1;
}

void value_release(struct value *v)
{
	for (size_t i = 0; i < v->n; i++)
		value_release(&v->items[i]);
	free(v->items);
	free(v->text);
	memset(v, 0, sizeof(*v));
}

struct out {
	char *buf;
	size_t len, cap;
	bool failed;
};

static void emit(struct out *o, const char *s, size_t n)
{
	if (o->failed)
		return;
	if (o->len + n + 1 > o->cap) {
		size_t cap = (o->cap ? o->cap * 2 : 64) + n;
		char *grown = realloc(o->buf, cap);

		if (!grown) {
			o->failed = true;
			return;
		}
		o->buf = grown;
		o->cap = cap;
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
	o->buf[o->len] = '\0';
}

static void format_into(struct out *o, const struct value *v)
{
	char tmp[64];

	switch (v->kind) {
	case VALUE_NULL:
		emit(o, "null", 4);
		break;
	case VALUE_BOOL:
		emit(o, v->boolean ? "true" : "false", v->boolean ? 4 : 5);
		break;
	case VALUE_NUMBER:
		if (v->integral)
			snprintf(tmp, sizeof(tmp), "%lld", v->integer);
		else if (fabs(v->number) < 1e15)
			snprintf(tmp, sizeof(tmp), "%.5f", v->number);
		else /* LeetCode's five decimals, but not 300 digits */
			snprintf(tmp, sizeof(tmp), "%.17g", v->number);
		emit(o, tmp, strlen(tmp));
		break;
	case VALUE_STRING:
		emit(o, "\"", 1);
		for (size_t i = 0; i < v->len; i++) {
			unsigned char c = (unsigned char)v->text[i];

			if (c == '"' || c == '\\') {
				tmp[0] = '\\';
				tmp[1] = (char)c;
				emit(o, tmp, 2);
			} else if (c < 0x20) {
				snprintf(tmp, sizeof(tmp), "\\u%04x", c);
				emit(o, tmp, 6);
			} else {
				emit(o, (const char *)&c, 1);
			}
		}
		emit(o, "\"", 1);
		break;
	case VALUE_LIST:
		emit(o, "[", 1);
		for (size_t i = 0; i < v->n; i++) {
			if (i)
				emit(o, ",", 1);
			format_into(o, &v->items[i]);
		}
		emit(o, "]", 1);
		break;
	}
}

char *value_format(const struct value *v)
{
	struct out o = { 0 };

	format_into(&o, v);
	if (o.failed) {
		free(o.buf);
		return NULL;
	}
	return o.buf ? o.buf : strdup("");
}

/* A total order on values, for sorting lists compared in any order. */
static int value_cmp(const struct value *a, const struct value *b)
{
	if (a->kind != b->kind)
		return (int)a->kind - (int)b->kind;
	switch (a->kind) {
	case VALUE_NULL:
		return 0;
	case VALUE_BOOL:
		return (int)a->boolean - (int)b->boolean;
	case VALUE_NUMBER:
		if (a->integral && b->integral)
			return (a->integer > b->integer) -
			       (a->integer < b->integer);
		return (a->number > b->number) - (a->number < b->number);
	case VALUE_STRING: {
		size_t n = a->len < b->len ? a->len : b->len;
		int c = memcmp(a->text, b->text, n);

		return c ? c : (a->len > b->len) - (a->len < b->len);
	}
	case VALUE_LIST:
		for (size_t i = 0; i < a->n && i < b->n; i++) {
			int c = value_cmp(&a->items[i], &b->items[i]);

			if (c)
				return c;
		}
		return (a->n > b->n) - (a->n < b->n);
	}
	return 0;
}

static int cmp_for_qsort(const void *x, const void *y)
{
	return value_cmp(x, y);
}

/* Sorts a list (and, nested, its inner lists) in place. */
static void sort_value(struct value *v, bool nested)
{
	if (v->kind != VALUE_LIST)
		return;
	if (nested)
		for (size_t i = 0; i < v->n; i++)
			sort_value(&v->items[i], nested);
	if (v->n > 1)
		qsort(v->items, v->n, sizeof(*v->items), cmp_for_qsort);
}

static bool equal(const struct value *e, const struct value *a, double abs_tol,
		  double rel_tol)
{
	if (e->kind != a->kind)
		return false;
	switch (e->kind) {
	case VALUE_NULL:
		return true;
	case VALUE_BOOL:
		return e->boolean == a->boolean;
	case VALUE_NUMBER:
		if (e->integral && a->integral)
			return e->integer == a->integer;
		return fabs(e->number - a->number) <= abs_tol ||
		       fabs(e->number - a->number) <= rel_tol * fabs(e->number);
	case VALUE_STRING:
		return e->len == a->len && !memcmp(e->text, a->text, e->len);
	case VALUE_LIST:
		if (e->n != a->n)
			return false;
		for (size_t i = 0; i < e->n; i++)
			if (!equal(&e->items[i], &a->items[i], abs_tol, rel_tol))
				return false;
		return true;
	}
	return false;
}

/* A deep copy, so that sorting for comparison leaves the inputs alone. */
static int copy_value(struct value *dst, const struct value *src)
{
	*dst = *src;
	dst->text = NULL;
	dst->items = NULL;
	if (src->text) {
		dst->text = malloc(src->len + 1);
		if (!dst->text)
			return -1;
		memcpy(dst->text, src->text, src->len + 1);
	}
	if (src->n) {
		dst->items = calloc(src->n, sizeof(*dst->items));
		if (!dst->items)
			return -1;
		for (size_t i = 0; i < src->n; i++)
			if (copy_value(&dst->items[i], &src->items[i]))
				return -1;
	}
	return 0;
}

bool value_equal(const struct value *expected, const struct value *actual,
		 enum value_order order, double abs_tol, double rel_tol)
{
	struct value e = { 0 }, a = { 0 };
	bool same;

	if (order == VALUE_ORDER_EXACT)
		return equal(expected, actual, abs_tol, rel_tol);
	if (copy_value(&e, expected) || copy_value(&a, actual)) {
		value_release(&e);
		value_release(&a);
		return false;
	}
	sort_value(&e, order == VALUE_ORDER_ANY_NESTED);
	sort_value(&a, order == VALUE_ORDER_ANY_NESTED);
	same = equal(&e, &a, abs_tol, rel_tol);
	value_release(&e);
	value_release(&a);
	return same;
}
