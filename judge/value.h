/*
 * value.h: LeetCode's values ([2,7,11,15], "abc", [1,null,2], true, 1.50000)
 * parsed into a tree, compared, and printed back in canonical form
 * (docs/function-problems.md).
 *
 * The parser takes (buf, len), never reads past len, reports the offset of
 * the first error, nests at most VALUE_MAX_DEPTH deep, and needs no
 * allocation per number or per list element beyond the tree itself, so a
 * 10^6-element array parses in milliseconds.
 */
#ifndef JUDGE_VALUE_H
#define JUDGE_VALUE_H

#include <stdbool.h>
#include <stddef.h>

#define VALUE_MAX_DEPTH 64

enum value_kind { VALUE_NULL, VALUE_BOOL, VALUE_NUMBER, VALUE_STRING,
		  VALUE_LIST };

struct value {
	enum value_kind kind;
	bool boolean;
	bool integral;       /* a number written without '.', 'e' or 'E' */
	double number;
	long long integer;   /* when integral and it fits */
	char *text;          /* strings: decoded bytes, NUL-terminated */
	size_t len;
	struct value *items; /* lists */
	size_t n;
};

/*
 * Parses one value (surrounding whitespace allowed).  Returns 0 with *out
 * owned by the caller (value_release), or -1 with *at the byte offset of
 * the problem and *why a static message; *out is then empty.
 */
int value_parse(const char *buf, size_t len, struct value *out, size_t *at,
		const char **why);
void value_release(struct value *v);

/* The canonical text: no spaces, doubles with five decimals.  Caller
 * frees.  NULL when out of memory. */
char *value_format(const struct value *v);

enum value_order {
	VALUE_ORDER_EXACT,       /* lists in the same order */
	VALUE_ORDER_ANY,         /* the outer list in any order */
	VALUE_ORDER_ANY_NESTED,  /* the outer and every inner list */
};

/* Equal under the order rule, with numbers that are not both integers
 * equal within abs_tol or rel_tol of the expected (a). */
bool value_equal(const struct value *expected, const struct value *actual,
		 enum value_order order, double abs_tol, double rel_tol);

#endif
