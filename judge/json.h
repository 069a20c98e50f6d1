/*
 * json.h: a small streaming JSON writer for --json output.
 *
 * Keys and values are written in call order; the writer tracks commas and
 * nesting.  Strings are escaped (quotes, control characters; bytes that
 * are not UTF-8 become U+FFFD) so any bytes in, valid JSON out.
 */
#ifndef JUDGE_JSON_H
#define JUDGE_JSON_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

struct json_writer {
	FILE *f;
	int depth;
	bool need_comma[16];
};

void json_init(struct json_writer *w, FILE *f);
void json_begin_object(struct json_writer *w, const char *key);
void json_end_object(struct json_writer *w);
/* Arrays: values inside take NULL keys. */
void json_begin_array(struct json_writer *w, const char *key);
void json_end_array(struct json_writer *w);
void json_string(struct json_writer *w, const char *key, const char *value);
void json_uint(struct json_writer *w, const char *key, uint64_t value);
void json_int(struct json_writer *w, const char *key, int64_t value);
void json_bool(struct json_writer *w, const char *key, bool value);
/* A number with 4 significant digits; null when not finite. */
void json_double(struct json_writer *w, const char *key, double value);
void json_null(struct json_writer *w, const char *key);

#endif
