/*
 * json.c: a small streaming JSON writer.
 */
#include <inttypes.h>
#include <math.h>
#include <string.h>

#include "json.h"

void json_init(struct json_writer *w, FILE *f)
{
	memset(w, 0, sizeof(*w));
	w->f = f;
}

/* Length of the valid UTF-8 sequence at p, or 0. */
static size_t utf8_len(const unsigned char *p)
{
	size_t n, i;

	if (*p >= 0xc2 && *p <= 0xdf)
		n = 2;
	else if (*p >= 0xe0 && *p <= 0xef)
		n = 3;
	else if (*p >= 0xf0 && *p <= 0xf4)
		n = 4;
	else
		return 0;
	for (i = 1; i < n; i++)
		if ((p[i] & 0xc0) != 0x80)
			return 0;
	return n;
}

static void write_escaped(FILE *f, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	fputc('"', f);
	while (*p) {
		size_t n;

		if (*p == '"' || *p == '\\') {
			fputc('\\', f);
			fputc(*p++, f);
		} else if (*p == '\n') {
			fputs("\\n", f);
			p++;
		} else if (*p == '\t') {
			fputs("\\t", f);
			p++;
		} else if (*p < 0x20 || *p == 0x7f) {
			fprintf(f, "\\u%04x", *p++);
		} else if (*p < 0x80) {
			fputc(*p++, f);
		} else if ((n = utf8_len(p)) > 0) {
			fwrite(p, 1, n, f);
			p += n;
		} else {
			/* Not UTF-8: the replacement character keeps the
			 * output valid JSON. */
			fputs("\\ufffd", f);
			p++;
		}
	}
	fputc('"', f);
}

/* Writes the comma and key that come before a value. */
static void prefix(struct json_writer *w, const char *key)
{
	if (w->depth > 0 && w->need_comma[w->depth])
		fputc(',', w->f);
	if (w->depth > 0)
		w->need_comma[w->depth] = true;
	if (key) {
		write_escaped(w->f, key);
		fputc(':', w->f);
	}
}

void json_begin_object(struct json_writer *w, const char *key)
{
	prefix(w, key);
	fputc('{', w->f);
	if (w->depth + 1 < (int)(sizeof(w->need_comma) /
				 sizeof(*w->need_comma)))
		w->depth++;
	w->need_comma[w->depth] = false;
}

void json_begin_array(struct json_writer *w, const char *key)
{
	prefix(w, key);
	fputc('[', w->f);
	if (w->depth + 1 < (int)(sizeof(w->need_comma) /
				 sizeof(*w->need_comma)))
		w->depth++;
	w->need_comma[w->depth] = false;
}

void json_end_array(struct json_writer *w)
{
	fputc(']', w->f);
	if (w->depth > 0)
		w->depth--;
}

void json_end_object(struct json_writer *w)
{
	fputc('}', w->f);
	if (w->depth > 0)
		w->depth--;
	if (w->depth == 0)
		fputc('\n', w->f);
}

void json_string(struct json_writer *w, const char *key, const char *value)
{
	prefix(w, key);
	if (value)
		write_escaped(w->f, value);
	else
		fputs("null", w->f);
}

void json_uint(struct json_writer *w, const char *key, uint64_t value)
{
	prefix(w, key);
	fprintf(w->f, "%" PRIu64, value);
}

void json_int(struct json_writer *w, const char *key, int64_t value)
{
	prefix(w, key);
	fprintf(w->f, "%" PRId64, value);
}

void json_double(struct json_writer *w, const char *key, double value)
{
	prefix(w, key);
	if (isfinite(value))
		fprintf(w->f, "%.4g", value);
	else
		fputs("null", w->f);
}

void json_bool(struct json_writer *w, const char *key, bool value)
{
	prefix(w, key);
	fputs(value ? "true" : "false", w->f);
}

void json_null(struct json_writer *w, const char *key)
{
	prefix(w, key);
	fputs("null", w->f);
}
