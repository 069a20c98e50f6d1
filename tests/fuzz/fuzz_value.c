/*
 * fuzz_value.c: libFuzzer target for the LeetCode value parser: never a
 * crash, a read past len or a leak; whatever parses prints and re-parses
 * to an equal value.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "value.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf = malloc(size ? size : 1);
	struct value v, again;
	const char *why;
	size_t at;

	if (!buf)
		return 0;
	memcpy(buf, data, size);
	if (value_parse(buf, size, &v, &at, &why) == 0) {
		char *text = value_format(&v);

		if (text) {
			if (value_parse(text, strlen(text), &again, &at,
					&why) != 0)
				abort();
			if (!value_equal(&v, &again, VALUE_ORDER_EXACT, 1e-5,
					 1e-5))
				abort();
			value_release(&again);
			free(text);
		}
		value_release(&v);
	} else if (at > size || !why) {
		abort();
	}
	free(buf);
	return 0;
}
