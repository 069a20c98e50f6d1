/*
 * check_units.c: the limit parsers, valid and invalid.
 */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "units.h"

static uint64_t duration(const char *s)
{
	const char *why = NULL;
	uint64_t v = 0;

	ck_assert_msg(units_parse_duration_ms(s, strlen(s), &v, &why) == 0,
		      "'%s': %s", s, why);
	return v;
}

static uint64_t size(const char *s, uint64_t bare)
{
	const char *why = NULL;
	uint64_t v = 0;

	ck_assert_msg(units_parse_size(s, strlen(s), bare, &v, &why) == 0,
		      "'%s': %s", s, why);
	return v;
}

START_TEST(valid_durations)
{
	ck_assert_uint_eq(duration("1"), 1000);
	ck_assert_uint_eq(duration("0.1"), 100);
	ck_assert_uint_eq(duration("0.25s"), 250);
	ck_assert_uint_eq(duration("250ms"), 250);
	ck_assert_uint_eq(duration("1.5s"), 1500);
	ck_assert_uint_eq(duration("2min"), 120000);
	ck_assert_uint_eq(duration("0.0015"), 1);
}
END_TEST

START_TEST(valid_sizes)
{
	ck_assert_uint_eq(size("64", 1u << 20), 64u << 20);
	ck_assert_uint_eq(size("64", 1), 64);
	ck_assert_uint_eq(size("64MiB", 1), 64u << 20);
	ck_assert_uint_eq(size("1.5GiB", 1), 3ULL << 29);
	ck_assert_uint_eq(size("512KiB", 1), 512u << 10);
	ck_assert_uint_eq(size("1MB", 1), 1000000);
	ck_assert_uint_eq(size("1M", 1), 1u << 20);
	ck_assert_uint_eq(size("100B", 1u << 20), 100);
}
END_TEST

START_TEST(valid_counts)
{
	const char *why;
	uint64_t v;

	ck_assert_int_eq(units_parse_count("16", 2, 100, &v, &why), 0);
	ck_assert_uint_eq(v, 16);
}
END_TEST

START_TEST(invalid_durations)
{
	static const char *const bad[] = {
		"", "s", "-1", "1.", ".5", "1h", "1 s", "1e3",
		"99999999999999999999", "18446744073709551615s",
	};

	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		const char *why = NULL;
		uint64_t v = 42;

		ck_assert_msg(units_parse_duration_ms(bad[i], strlen(bad[i]),
						      &v, &why) == -EINVAL,
			      "'%s' was accepted", bad[i]);
		ck_assert_ptr_nonnull(why);
		ck_assert_uint_eq(v, 42); /* unchanged on failure */
	}
}
END_TEST

START_TEST(invalid_sizes)
{
	static const char *const bad[] = {
		"", "MiB", "-5", "5 MiB", "5mib", "5TiB", "20000000000GiB",
	};

	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		const char *why = NULL;
		uint64_t v = 42;

		ck_assert_msg(units_parse_size(bad[i], strlen(bad[i]), 1, &v,
					       &why) == -EINVAL,
			      "'%s' was accepted", bad[i]);
		ck_assert_ptr_nonnull(why);
	}
}
END_TEST

START_TEST(invalid_counts)
{
	static const char *const bad[] = { "", "0", "1.5", "101", "x", "5x" };

	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		const char *why = NULL;
		uint64_t v;

		ck_assert_msg(units_parse_count(bad[i], strlen(bad[i]), 100,
						&v, &why) == -EINVAL,
			      "'%s' was accepted", bad[i]);
	}
}
END_TEST

/* The parsers take (buf, len): bytes after len must not be read. */
START_TEST(valid_length_is_respected)
{
	const char *why;
	uint64_t v;

	ck_assert_int_eq(units_parse_duration_ms("250msXYZ", 5, &v, &why), 0);
	ck_assert_uint_eq(v, 250);
}
END_TEST

static Suite *units_suite(void)
{
	Suite *s = suite_create("units");
	TCase *valid = tcase_create("valid");
	TCase *invalid = tcase_create("invalid");

	tcase_add_test(valid, valid_durations);
	tcase_add_test(valid, valid_sizes);
	tcase_add_test(valid, valid_counts);
	tcase_add_test(valid, valid_length_is_respected);
	tcase_add_test(invalid, invalid_durations);
	tcase_add_test(invalid, invalid_sizes);
	tcase_add_test(invalid, invalid_counts);
	suite_add_tcase(s, valid);
	suite_add_tcase(s, invalid);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(units_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
