/*
 * fuzz_expr.c: libFuzzer target for the size expressions of n (expr.h).
 * expr_eval takes (buf, len), never allocates and never exits; this
 * checks it also never reads past len, overflows (UBSan traps signed
 * overflow), recurses without bound, or fails without saying where and
 * why.  Each input is evaluated at the n judge uses: 1000 (problem.c
 * checks expressions there), 0 (sizes) and sizes up to 1e8 (measure.c),
 * and a few negative ones.
 *
 * It found that a power of 0, 1 or -1 ("1^1e18") was multiplied out as
 * many times as the exponent said; INT64_MAX is among the n tried, where
 * "1^n" alone would hang again.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "expr.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int64_t ns[] = {
		0, 1, -1, 8, 1000, 1 << 20, 100000000, -100000000, INT64_MAX,
	};
	/* A private copy of exactly size bytes, so ASan sees any read past
	 * the end. */
	char *buf = malloc(size ? size : 1);

	if (!buf)
		return 0;
	memcpy(buf, data, size);
	for (size_t i = 0; i < sizeof(ns) / sizeof(*ns); i++) {
		const char *why = NULL;
		int64_t v = 0;
		size_t at = SIZE_MAX;

		if (expr_eval(buf, size, ns[i], &v, &at, &why) != 0 &&
		    (!why || at > size))
			abort();
	}
	free(buf);
	return 0;
}
