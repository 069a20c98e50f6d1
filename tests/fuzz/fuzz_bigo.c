/*
 * fuzz_bigo.c: libFuzzer target for the budget parser (bigo.h): never a
 * crash, a read past len, a leak or unbounded recursion; a failure says
 * where and why; a success has a formula, NUL-terminated vars and text,
 * and evaluates (whatever the values) without trapping.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bigo.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const double ns[] = { 0, 1, 2, 3, 1024, 1e8, 1e300 };
	char *buf = malloc(size ? size : 1);
	const char *why = NULL;
	struct bigo b;
	size_t at = SIZE_MAX;

	if (!buf)
		return 0;
	memcpy(buf, data, size);
	if (bigo_parse(buf, size, &b, &at, &why) == 0) {
		double values[sizeof(b.vars)];

		if (!b.root || !memchr(b.vars, '\0', sizeof(b.vars)) ||
		    !memchr(b.text, '\0', sizeof(b.text)) || b.text[0] != 'O')
			abort();
		for (size_t i = 0; i < sizeof(ns) / sizeof(*ns); i++) {
			for (size_t j = 0; j < sizeof(values) / sizeof(*values);
			     j++)
				values[j] = ns[(i + j) % (sizeof(ns) /
							  sizeof(*ns))];
			/* Any double, NaN and infinity included, but never
			 * negative: every part of a budget is >= 0. */
			if (bigo_eval(&b, b.vars, values) < 0)
				abort();
		}
		(void)bigo_eval(&b, "", values);
		bigo_release(&b);
		if (b.root)
			abort();
	} else if (!why || at > size) {
		abort();
	}
	free(buf);
	return 0;
}
