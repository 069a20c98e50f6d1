/*
 * fuzz_compare.c: libFuzzer target for the built-in checkers.  The input
 * is split in two halves, the expected and the actual output, and every
 * built-in checker compares them.  Beyond not crashing or reading past
 * either half, the checkers must agree with each other: every output is
 * the same as itself, and a stricter checker never accepts what a looser
 * one refuses (exact => lines => tokens => float and unordered).
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool same(enum checker_kind kind, const char *e, size_t elen,
		 const char *a, size_t alen)
{
	struct checker_spec c = { .kind = kind, .abs_tol = 1e-6,
				  .rel_tol = 1e-6 };
	struct compare_result r;

	compare_output(&c, e, elen, a, alen, &r);
	if (!memchr(r.message, '\0', sizeof(r.message)))
		abort();
	if (r.same != (r.message[0] == '\0'))
		abort();
	return r.same;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t elen = size / 2, alen = size - elen;
	/* Private copies of exactly each half, so ASan sees any read past
	 * the end of either. */
	char *e = malloc(elen ? elen : 1), *a = malloc(alen ? alen : 1);
	bool exact, lines, tokens, flt, ulines, utokens;

	if (!e || !a) {
		free(e);
		free(a);
		return 0;
	}
	memcpy(e, data, elen);
	memcpy(a, data + elen, alen);

	exact = same(CHECKER_EXACT, e, elen, a, alen);
	lines = same(CHECKER_LINES, e, elen, a, alen);
	tokens = same(CHECKER_TOKENS, e, elen, a, alen);
	flt = same(CHECKER_FLOAT, e, elen, a, alen);
	ulines = same(CHECKER_UNORDERED_LINES, e, elen, a, alen);
	utokens = same(CHECKER_UNORDERED_TOKENS, e, elen, a, alen);
	if ((exact && !lines) || (lines && !tokens) || (tokens && !flt) ||
	    (tokens && !utokens) || (lines && !ulines))
		abort();
	/* The custom checker is not built in: never "same". */
	if (same(CHECKER_CUSTOM, e, elen, a, alen))
		abort();
	/* Each output is the same as itself. */
	if (!same(CHECKER_EXACT, e, elen, e, elen) ||
	    !same(CHECKER_LINES, a, alen, a, alen) ||
	    !same(CHECKER_TOKENS, e, elen, e, elen) ||
	    !same(CHECKER_FLOAT, a, alen, a, alen) ||
	    !same(CHECKER_UNORDERED_LINES, e, elen, e, elen) ||
	    !same(CHECKER_UNORDERED_TOKENS, a, alen, a, alen))
		abort();
	free(e);
	free(a);
	return 0;
}
