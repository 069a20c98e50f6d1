/*
 * compare.c: the built-in checkers.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"

/* A cursor over whitespace-separated tokens that knows its line. */
struct tokens {
	const char *p, *end;
	size_t line;
};

static bool next_token(struct tokens *t, const char **tok, size_t *len)
{
	while (t->p < t->end && isspace((unsigned char)*t->p)) {
		if (*t->p == '\n')
			t->line++;
		t->p++;
	}
	if (t->p >= t->end)
		return false;
	*tok = t->p;
	while (t->p < t->end && !isspace((unsigned char)*t->p))
		t->p++;
	*len = (size_t)(t->p - *tok);
	return true;
}

/* A token shortened for a message. */
static void quote(char *out, size_t size, const char *tok, size_t len)
{
	size_t o = 0;

	out[o++] = '\'';
	for (size_t i = 0; i < len && o + 5 < size; i++)
		out[o++] = isprint((unsigned char)tok[i]) ? tok[i] : '?';
	if (len > size - 6 && o + 4 < size) {
		out[o++] = '.';
		out[o++] = '.';
	}
	out[o++] = '\'';
	out[o] = '\0';
}

/* Parses a whole token as a finite number. */
static bool as_number(const char *tok, size_t len, double *v)
{
	char buf[64], *end;

	if (len == 0 || len >= sizeof(buf))
		return false;
	/* Decimal notation only: strtod would also read hexadecimal,
	 * "inf" and "nan", which no expected output means as numbers. */
	for (size_t i = 0; i < len; i++)
		if (!strchr("0123456789+-.eE", tok[i]))
			return false;
	memcpy(buf, tok, len);
	buf[len] = '\0';
	*v = strtod(buf, &end);
	return *end == '\0' && isfinite(*v);
}

static bool tokens_equal(const struct checker_spec *c, const char *a,
			 size_t alen, const char *b, size_t blen)
{
	double x, y;

	if (alen == blen && !memcmp(a, b, alen))
		return true;
	if (c->kind != CHECKER_FLOAT || !as_number(a, alen, &x) ||
	    !as_number(b, blen, &y))
		return false;
	return fabs(x - y) <= c->abs_tol ||
	       fabs(x - y) <= c->rel_tol * fabs(x);
}

static void check_tokens(const struct checker_spec *c, const char *e,
			 size_t elen, const char *a, size_t alen,
			 struct compare_result *r)
{
	struct tokens te = { e, e + elen, 1 }, ta = { a, a + alen, 1 };
	size_t index = 0;

	for (;;) {
		const char *et, *at;
		size_t el, al;
		bool has_e = next_token(&te, &et, &el);
		bool has_a = next_token(&ta, &at, &al);
		char qe[80], qa[80];

		index++;
		if (!has_e && !has_a) {
			r->same = true;
			return;
		}
		r->expected_line = te.line;
		r->actual_line = ta.line;
		if (!has_a) {
			quote(qe, sizeof(qe), et, el);
			snprintf(r->message, sizeof(r->message),
				 "output ended early: expected %s as token %zu",
				 qe, index);
			return;
		}
		if (!has_e) {
			quote(qa, sizeof(qa), at, al);
			snprintf(r->message, sizeof(r->message),
				 "extra output: %s after the %zu expected "
				 "tokens", qa, index - 1);
			return;
		}
		if (!tokens_equal(c, et, el, at, al)) {
			quote(qe, sizeof(qe), et, el);
			quote(qa, sizeof(qa), at, al);
			snprintf(r->message, sizeof(r->message),
				 "token %zu: expected %s, got %s", index, qe,
				 qa);
			return;
		}
	}
}

/* Splits text into lines with trailing blanks removed; blank lines at
 * the end dropped.  Returns the count; *lines and *lens are owned. */
static size_t split_lines(const char *text, size_t len, const char ***lines,
			  size_t **lens)
{
	size_t count = 0, cap = 0;

	*lines = NULL;
	*lens = NULL;
	for (const char *p = text, *end = text + len; p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *stop = nl ? nl : end;
		size_t l = (size_t)(stop - p);

		while (l > 0 && (p[l - 1] == ' ' || p[l - 1] == '\t' ||
				 p[l - 1] == '\r'))
			l--;
		if (count == cap) {
			const char **gl;
			size_t *gn;

			cap = cap ? cap * 2 : 64;
			gl = realloc(*lines, cap * sizeof(*gl));
			gn = gl ? realloc(*lens, cap * sizeof(*gn)) : NULL;
			if (!gl || !gn) {
				free(gl ? gl : *lines);
				*lines = NULL;
				*lens = NULL;
				return 0;
			}
			*lines = gl;
			*lens = gn;
		}
		(*lines)[count] = p;
		(*lens)[count++] = l;
		p = nl ? nl + 1 : end;
	}
	while (count > 0 && (*lens)[count - 1] == 0)
		count--;
	return count;
}

static void check_lines(const char *e, size_t elen, const char *a,
			size_t alen, struct compare_result *r)
{
	const char **el, **al;
	size_t *en, *an;
	size_t ne = split_lines(e, elen, &el, &en);
	size_t na = split_lines(a, alen, &al, &an);

	r->same = true;
	for (size_t i = 0; i < ne || i < na; i++) {
		char qe[80], qa[80];

		if (i < ne && i < na && en[i] == an[i] &&
		    !memcmp(el[i], al[i], en[i]))
			continue;
		r->same = false;
		r->expected_line = r->actual_line = i + 1;
		if (i >= na) {
			quote(qe, sizeof(qe), el[i], en[i]);
			snprintf(r->message, sizeof(r->message),
				 "output ended early: expected line %zu %s",
				 i + 1, qe);
		} else if (i >= ne) {
			quote(qa, sizeof(qa), al[i], an[i]);
			snprintf(r->message, sizeof(r->message),
				 "extra output on line %zu: %s", i + 1, qa);
		} else {
			quote(qe, sizeof(qe), el[i], en[i]);
			quote(qa, sizeof(qa), al[i], an[i]);
			snprintf(r->message, sizeof(r->message),
				 "line %zu: expected %s, got %s", i + 1, qe,
				 qa);
		}
		break;
	}
	free(el);
	free(en);
	free(al);
	free(an);
}

static void check_exact(const char *e, size_t elen, const char *a,
			size_t alen, struct compare_result *r)
{
	size_t i = 0, line = 1;

	/* A missing final newline is forgiven, nothing else: one side may
	 * lack the other's last '\n', not have an extra blank line. */
	if (elen > 0 && e[elen - 1] == '\n' && alen == elen - 1 &&
	    (alen == 0 || a[alen - 1] != '\n'))
		elen--;
	else if (alen > 0 && a[alen - 1] == '\n' && elen == alen - 1 &&
		 (elen == 0 || e[elen - 1] != '\n'))
		alen--;
	while (i < elen && i < alen && e[i] == a[i])
		line += e[i++] == '\n';
	if (i == elen && i == alen) {
		r->same = true;
		return;
	}
	r->expected_line = r->actual_line = line;
	snprintf(r->message, sizeof(r->message),
		 "byte %zu (line %zu) differs%s", i + 1, line,
		 i == alen ? ": output ended early"
		 : i == elen ? ": extra output" : "");
}

struct span {
	const char *p;
	size_t len;
};

static int span_cmp(const void *x, const void *y)
{
	const struct span *a = x, *b = y;
	size_t n = a->len < b->len ? a->len : b->len;
	int c = memcmp(a->p, b->p, n);

	return c ? c : (a->len > b->len) - (a->len < b->len);
}

/* Collects lines (or tokens) as spans; blank lines are skipped. */
static size_t collect(const char *text, size_t len, bool by_tokens,
		      struct span **out)
{
	size_t count = 0, cap = 0;

	*out = NULL;
	if (by_tokens) {
		struct tokens t = { text, text + len, 1 };
		const char *tok;
		size_t tl;

		while (next_token(&t, &tok, &tl)) {
			if (count == cap) {
				struct span *g;

				cap = cap ? cap * 2 : 64;
				g = realloc(*out, cap * sizeof(*g));
				if (!g)
					return count;
				*out = g;
			}
			(*out)[count++] = (struct span){ tok, tl };
		}
		return count;
	}
	{
		const char **lines;
		size_t *lens, n = split_lines(text, len, &lines, &lens);

		*out = calloc(n ? n : 1, sizeof(**out));
		for (size_t i = 0; *out && i < n; i++)
			if (lens[i])
				(*out)[count++] = (struct span){ lines[i],
								 lens[i] };
		free(lines);
		free(lens);
	}
	return count;
}

static void check_unordered(bool by_tokens, const char *e, size_t elen,
			    const char *a, size_t alen, struct compare_result *r)
{
	struct span *es, *as;
	size_t ne = collect(e, elen, by_tokens, &es);
	size_t na = collect(a, alen, by_tokens, &as);
	size_t i = 0, j = 0;
	const char *what = by_tokens ? "token" : "line";
	char q[80];

	if (ne > 1)
		qsort(es, ne, sizeof(*es), span_cmp);
	if (na > 1)
		qsort(as, na, sizeof(*as), span_cmp);
	r->same = true;
	while (i < ne || j < na) {
		int c = i == ne ? 1 : j == na ? -1 : span_cmp(&es[i], &as[j]);

		if (c == 0) {
			i++;
			j++;
			continue;
		}
		r->same = false;
		if (c < 0) {
			quote(q, sizeof(q), es[i].p, es[i].len);
			snprintf(r->message, sizeof(r->message),
				 "missing %s %s (%zu expected, %zu given, in "
				 "any order)", what, q, ne, na);
		} else {
			quote(q, sizeof(q), as[j].p, as[j].len);
			snprintf(r->message, sizeof(r->message),
				 "unexpected %s %s (%zu expected, %zu given, "
				 "in any order)", what, q, ne, na);
		}
		break;
	}
	free(es);
	free(as);
}

void compare_output(const struct checker_spec *c, const char *expected,
		  size_t expected_len, const char *actual, size_t actual_len,
		  struct compare_result *r)
{
	memset(r, 0, sizeof(*r));
	switch (c->kind) {
	case CHECKER_TOKENS:
	case CHECKER_FLOAT:
		check_tokens(c, expected, expected_len, actual, actual_len, r);
		break;
	case CHECKER_EXACT:
		check_exact(expected, expected_len, actual, actual_len, r);
		break;
	case CHECKER_LINES:
		check_lines(expected, expected_len, actual, actual_len, r);
		break;
	case CHECKER_UNORDERED_LINES:
	case CHECKER_UNORDERED_TOKENS:
		check_unordered(c->kind == CHECKER_UNORDERED_TOKENS, expected,
				expected_len, actual, actual_len, r);
		break;
	case CHECKER_CUSTOM:
		snprintf(r->message, sizeof(r->message),
			 "a custom checker is not a built-in comparison");
		break;
	}
}
