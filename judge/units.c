/*
 * units.c: parsing of human-readable limits.
 *
 * Numbers are parsed by hand as an integer part and up to nine decimal
 * digits, so that "0.1s" is exactly 100 ms (no floating point rounding)
 * and overflow is detected rather than wrapped.
 */
#include <errno.h>
#include <string.h>

#include "units.h"

struct number {
	uint64_t whole;
	uint64_t frac;      /* decimal digits after the point */
	uint64_t frac_div;  /* 10^(number of those digits) */
};

/* Parses [0-9]+(\.[0-9]+)? at the start of buf; returns the bytes used,
 * or 0 when there is no number or it does not fit. */
static size_t parse_number(const char *buf, size_t len, struct number *n)
{
	size_t i = 0;

	n->whole = 0;
	n->frac = 0;
	n->frac_div = 1;
	while (i < len && buf[i] >= '0' && buf[i] <= '9') {
		uint64_t d = (uint64_t)(buf[i] - '0');

		if (n->whole > (UINT64_MAX - d) / 10)
			return 0;
		n->whole = n->whole * 10 + d;
		i++;
	}
	if (i == 0)
		return 0;
	if (i < len && buf[i] == '.') {
		size_t start = ++i;

		while (i < len && buf[i] >= '0' && buf[i] <= '9') {
			if (n->frac_div < 1000000000) {
				n->frac = n->frac * 10 +
					  (uint64_t)(buf[i] - '0');
				n->frac_div *= 10;
			}
			i++;
		}
		if (i == start)
			return 0;
	}
	return i;
}

/* n * scale, or -ERANGE. */
static int scale_number(const struct number *n, uint64_t scale,
			uint64_t *out)
{
	uint64_t frac_part;

	if (scale && n->whole > UINT64_MAX / scale)
		return -ERANGE;
	/* frac < frac_div <= 1e9, so this only overflows for huge scales. */
	if (n->frac && scale > UINT64_MAX / n->frac)
		return -ERANGE;
	frac_part = n->frac * scale / n->frac_div;
	if (n->whole * scale > UINT64_MAX - frac_part)
		return -ERANGE;
	*out = n->whole * scale + frac_part;
	return 0;
}

static int unit_is(const char *unit, size_t unit_len, const char *name)
{
	return unit_len == strlen(name) && !memcmp(unit, name, unit_len);
}

int units_parse_duration_ms(const char *buf, size_t len, uint64_t *out,
			    const char **why)
{
	struct number n;
	size_t used = parse_number(buf, len, &n);
	const char *unit = buf + used;
	size_t unit_len = len - used;
	uint64_t scale, v;

	if (!used) {
		*why = len && buf[0] >= '0' && buf[0] <= '9'
			       ? "time is too large"
			       : "expected a number of seconds, such as 2, 0.5 "
				 "or 250ms";
		return -EINVAL;
	}
	if (unit_len == 0 || unit_is(unit, unit_len, "s")) {
		scale = 1000;
	} else if (unit_is(unit, unit_len, "ms")) {
		scale = 1;
	} else if (unit_is(unit, unit_len, "min")) {
		scale = 60000;
	} else {
		*why = "unknown time unit (use ms, s or min)";
		return -EINVAL;
	}
	if (scale_number(&n, scale, &v)) {
		*why = "time is too large";
		return -EINVAL;
	}
	*out = v;
	return 0;
}

int units_parse_size(const char *buf, size_t len, uint64_t bare_unit,
		     uint64_t *out, const char **why)
{
	static const struct {
		const char *name;
		uint64_t bytes;
	} units[] = {
		{ "B", 1 },
		{ "K", 1ULL << 10 }, { "KiB", 1ULL << 10 }, { "KB", 1000 },
		{ "M", 1ULL << 20 }, { "MiB", 1ULL << 20 },
		{ "MB", 1000000 },
		{ "G", 1ULL << 30 }, { "GiB", 1ULL << 30 },
		{ "GB", 1000000000 },
	};
	struct number n;
	size_t used = parse_number(buf, len, &n);
	const char *unit = buf + used;
	size_t unit_len = len - used;
	uint64_t scale = 0, v;

	if (!used) {
		*why = len && buf[0] >= '0' && buf[0] <= '9'
			       ? "size is too large"
			       : "expected a size, such as 64, 64MiB or 1GiB";
		return -EINVAL;
	}
	if (unit_len == 0)
		scale = bare_unit;
	for (size_t i = 0; !scale && i < sizeof(units) / sizeof(*units); i++)
		if (unit_is(unit, unit_len, units[i].name))
			scale = units[i].bytes;
	if (!scale) {
		*why = "unknown size unit (use B, KiB, MiB, GiB, KB, MB or GB)";
		return -EINVAL;
	}
	if (scale_number(&n, scale, &v)) {
		*why = "size is too large";
		return -EINVAL;
	}
	*out = v;
	return 0;
}

int units_parse_count(const char *buf, size_t len, uint64_t max,
		      uint64_t *out, const char **why)
{
	struct number n;
	size_t used = parse_number(buf, len, &n);

	if (!used || used != len || n.frac_div != 1) {
		*why = "expected a whole number";
		return -EINVAL;
	}
	if (n.whole < 1 || n.whole > max) {
		*why = "number out of range";
		return -EINVAL;
	}
	*out = n.whole;
	return 0;
}
