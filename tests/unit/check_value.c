/*
 * check_value.c: LeetCode values: parsing, canonical printing, comparing.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "value.h"

static char *canon(const char *text)
{
	struct value v;
	const char *why = NULL;
	size_t at = 0;
	char *out;

	ck_assert_msg(value_parse(text, strlen(text), &v, &at, &why) == 0,
		      "'%s': %s at %zu", text, why, at);
	out = value_format(&v);
	value_release(&v);
	return out;
}

static void same_canon(const char *in, const char *want)
{
	char *got = canon(in);

	ck_assert_str_eq(got, want);
	free(got);
}

START_TEST(valid_values)
{
	same_canon("[2,7,11,15]", "[2,7,11,15]");
	same_canon(" [ 1 , null , 2 ,3 ] ", "[1,null,2,3]");
	same_canon("\"abc\"", "\"abc\"");
	same_canon("[\"a\",\"b\"]", "[\"a\",\"b\"]");
	same_canon("[[1,2],[3],[]]", "[[1,2],[3],[]]");
	same_canon("true", "true");
	same_canon("false", "false");
	same_canon("null", "null");
	same_canon("1.5", "1.50000");
	same_canon("-0.00001", "-0.00001");
	same_canon("-9223372036854775808", "-9223372036854775808");
	same_canon("\"a\\\"b\\\\c\\n\\u00e9\"", "\"a\\\"b\\\\c\\u000a\xc3\xa9\"");
	same_canon("[]", "[]");
}
END_TEST

static bool eq(const char *a, const char *b, enum value_order order)
{
	struct value x, y;
	const char *why;
	size_t at;
	bool same;

	ck_assert_int_eq(value_parse(a, strlen(a), &x, &at, &why), 0);
	ck_assert_int_eq(value_parse(b, strlen(b), &y, &at, &why), 0);
	same = value_equal(&x, &y, order, 1e-5, 1e-5);
	value_release(&x);
	value_release(&y);
	return same;
}

START_TEST(valid_comparisons)
{
	ck_assert(eq("[0,1]", "[0,1]", VALUE_ORDER_EXACT));
	ck_assert(!eq("[0,1]", "[1,0]", VALUE_ORDER_EXACT));
	ck_assert(eq("[0,1]", "[1,0]", VALUE_ORDER_ANY));
	ck_assert(!eq("[[1,2],[3]]", "[[3],[2,1]]", VALUE_ORDER_ANY));
	ck_assert(eq("[[1,2],[3]]", "[[3],[2,1]]", VALUE_ORDER_ANY_NESTED));
	ck_assert(!eq("[1,1,2]", "[1,2,2]", VALUE_ORDER_ANY));
	ck_assert(eq("2.00000", "2.000001", VALUE_ORDER_EXACT));
	ck_assert(!eq("2.00000", "2.1", VALUE_ORDER_EXACT));
	ck_assert(eq("2", "2.000001", VALUE_ORDER_EXACT)); /* 2 vs 2.0 */
	ck_assert(!eq("3", "4", VALUE_ORDER_EXACT));
	ck_assert(!eq("\"1\"", "1", VALUE_ORDER_EXACT));
	ck_assert(!eq("null", "[]", VALUE_ORDER_EXACT));
	ck_assert(!eq("[1,2]", "[1,2,3]", VALUE_ORDER_ANY));
}
END_TEST

/* 10^6 elements parse fast (a budget far above the real cost, so the
 * test does not flake; the point is that it is not quadratic). */
START_TEST(valid_large_array)
{
	size_t n = 1000000, len = 0;
	char *buf = malloc(n * 12 + 2);
	struct value v;
	const char *why;
	size_t at;
	clock_t start;

	buf[len++] = '[';
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(buf + len, "%s%zu", i ? "," : "",
				       i * 7919 % 1000003);
	buf[len++] = ']';
	start = clock();
	ck_assert_int_eq(value_parse(buf, len, &v, &at, &why), 0);
	ck_assert_uint_eq(v.n, n);
	ck_assert_int_lt((double)(clock() - start) / CLOCKS_PER_SEC, 2.0);
	value_release(&v);
	free(buf);
}
END_TEST

START_TEST(invalid_values)
{
	static const struct {
		const char *text;
		size_t at;
		const char *why;
	} bad[] = {
		{ "", 0, "expected a value" },
		{ "[1,2", 4, "expected ',' or ']'" },
		{ "[1,,2]", 3, "expected a value" },
		{ "\"abc", 0, "unterminated string" },
		{ "tru", 0, "expected a value" },
		{ "[1] x", 4, "unexpected text" },
		{ "\"\\q\"", 2, "unknown escape" },
		{ "1e", 0, "malformed number" },
		{ "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]", 64,
		  "nested too deeply" },
	};

	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		struct value v;
		const char *why = NULL;
		size_t at = 99;

		ck_assert_msg(value_parse(bad[i].text, strlen(bad[i].text), &v,
					  &at, &why) == -1,
			      "'%s' parsed", bad[i].text);
		ck_assert_msg(why && strstr(why, bad[i].why), "'%s': %s",
			      bad[i].text, why);
		ck_assert_msg(at == bad[i].at, "'%s': at %zu, want %zu",
			      bad[i].text, at, bad[i].at);
	}
}
END_TEST

static Suite *value_suite(void)
{
	Suite *s = suite_create("value");
	TCase *valid = tcase_create("valid");
	TCase *invalid = tcase_create("invalid");

	tcase_add_test(valid, valid_values);
	tcase_add_test(valid, valid_comparisons);
	tcase_add_test(valid, valid_large_array);
	tcase_set_timeout(valid, 30);
	tcase_add_test(invalid, invalid_values);
	suite_add_tcase(s, valid);
	suite_add_tcase(s, invalid);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(value_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
