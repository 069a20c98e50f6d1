/*
 * units.h: parsing of human-readable limits ("250ms", "1.5s", "64MiB").
 *
 * Every parser takes (buf, len), so it can be fed any bytes (fuzzing);
 * none allocates or exits.  On failure they return -EINVAL and point *why
 * at a static message naming the problem; *out is unchanged.
 */
#ifndef JUDGE_UNITS_H
#define JUDGE_UNITS_H

#include <stddef.h>
#include <stdint.h>

/* "2", "0.25", "250ms", "1.5s", "2min": a bare number is in seconds. */
int units_parse_duration_ms(const char *buf, size_t len, uint64_t *out,
			    const char **why);
/*
 * "64", "64MiB", "1.5GiB", "512KiB", "100B", "1MB" (decimal), "1M"
 * (binary); a bare number is in bare_unit bytes (1 for bytes, 1 << 20 for
 * MiB).
 */
int units_parse_size(const char *buf, size_t len, uint64_t bare_unit,
		     uint64_t *out, const char **why);
/* A whole number from 1 to max. */
int units_parse_count(const char *buf, size_t len, uint64_t max,
		      uint64_t *out, const char **why);

#endif
