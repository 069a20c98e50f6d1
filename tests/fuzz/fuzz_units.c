/*
 * fuzz_units.c: libFuzzer target for the limit parsers.  They take
 * (buf, len), never allocate and never exit; this checks they also never
 * read past len, overflow, or accept a value they then mangle.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "units.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A private copy of exactly size bytes, so ASan sees any read past
	 * the end. */
	char *buf = malloc(size ? size : 1);
	const char *why;
	uint64_t v;

	if (!buf)
		return 0;
	for (size_t i = 0; i < size; i++)
		buf[i] = (char)data[i];
	if (units_parse_duration_ms(buf, size, &v, &why) != 0 && !why)
		abort();
	if (units_parse_size(buf, size, 1, &v, &why) != 0 && !why)
		abort();
	if (units_parse_size(buf, size, 1u << 20, &v, &why) != 0 && !why)
		abort();
	if (units_parse_count(buf, size, 4096, &v, &why) == 0 &&
	    (v < 1 || v > 4096))
		abort();
	free(buf);
	return 0;
}
