/*
 * check_compare.c: the built-in checkers (docs/problem-format.md,
 * "Checkers"), valid (same output) and invalid (different output).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"

static struct compare_result run(enum checker_kind kind, double abs_tol,
				 double rel_tol, const char *expected,
				 size_t elen, const char *actual, size_t alen)
{
	struct checker_spec c = { .kind = kind, .abs_tol = abs_tol,
				  .rel_tol = rel_tol };
	struct compare_result r;
	/* Private copies of exactly len bytes, so that ASan sees any read
	 * past the end. */
	char *e = malloc(elen ? elen : 1), *a = malloc(alen ? alen : 1);

	ck_assert_ptr_nonnull(e);
	ck_assert_ptr_nonnull(a);
	memcpy(e, expected, elen);
	memcpy(a, actual, alen);
	memset(&r, 0x5a, sizeof(r));
	compare_output(&c, e, elen, a, alen, &r);
	free(e);
	free(a);
	ck_assert_msg(memchr(r.message, '\0', sizeof(r.message)) != NULL,
		      "message not terminated");
	if (r.same)
		ck_assert_msg(r.message[0] == '\0', "same, but says '%s'",
			      r.message);
	else
		ck_assert_msg(r.message[0] != '\0', "different, but no "
			      "message");
	return r;
}

static struct compare_result cmp(enum checker_kind kind, const char *expected,
				 const char *actual)
{
	return run(kind, 1e-6, 1e-6, expected, strlen(expected), actual,
		   strlen(actual));
}

#define SAME(kind, e, a)                                                   \
	do {                                                               \
		struct compare_result r_ = cmp(kind, e, a);                \
		ck_assert_msg(r_.same, #kind ": \"%s\" vs \"%s\": %s", e, a, \
			      r_.message);                                 \
	} while (0)

/* Different; the message holds the fragment; the lines where they part. */
#define DIFF(kind, e, a, fragment, eline, aline)                            \
	do {                                                               \
		struct compare_result r_ = cmp(kind, e, a);                \
		ck_assert_msg(!r_.same, #kind ": \"%s\" vs \"%s\" is the same", \
			      e, a);                                       \
		ck_assert_msg(strstr(r_.message, fragment), "message '%s' " \
			      "lacks '%s'", r_.message, fragment);         \
		ck_assert_uint_eq(r_.expected_line, eline);                \
		ck_assert_uint_eq(r_.actual_line, aline);                  \
	} while (0)

static struct compare_result flt(double abs_tol, double rel_tol,
				 const char *expected, const char *actual)
{
	return run(CHECKER_FLOAT, abs_tol, rel_tol, expected, strlen(expected),
		   actual, strlen(actual));
}

/* ------------------------------------------------------------------ */
/* tokens                                                              */
/* ------------------------------------------------------------------ */

START_TEST(valid_tokens)
{
	SAME(CHECKER_TOKENS, "", "");
	SAME(CHECKER_TOKENS, "", " \n\t\n");
	SAME(CHECKER_TOKENS, "1 2\n", "1 2\n");
	SAME(CHECKER_TOKENS, "1 2\n", "1   2");
	SAME(CHECKER_TOKENS, "1 2\n3\n", "1\n2 3\n\n\n");
	SAME(CHECKER_TOKENS, "a\tb\r\nc\n", "  a b c ");
	SAME(CHECKER_TOKENS, "yes\n", "yes\r\n");
}
END_TEST

START_TEST(invalid_tokens)
{
	DIFF(CHECKER_TOKENS, "1 2 3\n", "1 2\n",
	     "output ended early: expected '3' as token 3", 1, 2);
	DIFF(CHECKER_TOKENS, "1 2", "1 2 3",
	     "extra output: '3' after the 2 expected tokens", 1, 1);
	DIFF(CHECKER_TOKENS, "a\nb\nc\n", "a\nb\nx\n",
	     "token 3: expected 'c', got 'x'", 3, 3);
	/* The lines are each output's own. */
	DIFF(CHECKER_TOKENS, "1 2\n3\n", "1\n2\n4\n",
	     "token 3: expected '3', got '4'", 2, 3);
	DIFF(CHECKER_TOKENS, "Yes", "yes", "expected 'Yes', got 'yes'", 1, 1);
	DIFF(CHECKER_TOKENS, "1", "1.0", "got '1.0'", 1, 1);
	DIFF(CHECKER_TOKENS, "12", "1 2", "token 1: expected '12', got '1'",
	     1, 1);
	DIFF(CHECKER_TOKENS, "x", "", "output ended early", 1, 1);
	DIFF(CHECKER_TOKENS, "", "x", "extra output: 'x' after the 0", 1, 1);
}
END_TEST

/* Messages quote tokens shortly and printably. */
START_TEST(invalid_tokens_message_is_short)
{
	char longtok[300];
	struct compare_result r;

	memset(longtok, 'x', sizeof(longtok) - 1);
	longtok[sizeof(longtok) - 1] = '\0';
	r = cmp(CHECKER_TOKENS, longtok, "y");
	ck_assert(!r.same);
	ck_assert_ptr_nonnull(strstr(r.message, "..'"));
	ck_assert_uint_lt(strlen(r.message), 200);
	r = run(CHECKER_TOKENS, 0, 0, "a", 1, "\x01\xff", 2);
	ck_assert(!r.same);
	ck_assert_ptr_nonnull(strstr(r.message, "got '?\?'"));
}
END_TEST

/* NUL bytes are ordinary bytes, not the end of the output. */
START_TEST(invalid_tokens_nul_is_a_byte)
{
	struct compare_result r = run(CHECKER_TOKENS, 0, 0, "1 2", 3,
				      "1\0 2", 4);

	ck_assert(!r.same);
	r = run(CHECKER_TOKENS, 0, 0, "1 2", 3, "1 2\0", 4);
	ck_assert(!r.same);
}
END_TEST

/* ------------------------------------------------------------------ */
/* exact                                                               */
/* ------------------------------------------------------------------ */

START_TEST(valid_exact)
{
	SAME(CHECKER_EXACT, "", "");
	SAME(CHECKER_EXACT, "a b\n", "a b\n");
	/* A missing final newline is forgiven, on either side. */
	SAME(CHECKER_EXACT, "a\nb\n", "a\nb");
	SAME(CHECKER_EXACT, "a\nb", "a\nb\n");
	SAME(CHECKER_EXACT, "\n", "");
}
END_TEST

START_TEST(invalid_exact)
{
	DIFF(CHECKER_EXACT, "a b\n", "a  b\n", "byte 3 (line 1) differs", 1,
	     1);
	DIFF(CHECKER_EXACT, "a\nb\n", "a\nc\n", "byte 3 (line 2) differs", 2,
	     2);
	DIFF(CHECKER_EXACT, "a\n", "a\r\n", "differs", 1, 1);
	DIFF(CHECKER_EXACT, "a b\n", "a b \n", "byte 4", 1, 1);
	DIFF(CHECKER_EXACT, "a\nb\n", "a\n", "output ended early", 2, 2);
	DIFF(CHECKER_EXACT, "a\n", "a\nb\n", "extra output", 2, 2);
	DIFF(CHECKER_EXACT, "a\n", "", "byte 1 (line 1) differs: output "
	     "ended early", 1, 1);
	DIFF(CHECKER_EXACT, " a\n", "a\n", "byte 1", 1, 1);
	DIFF(CHECKER_EXACT, "a", "a\n\n", "extra output", 1, 1);
}
END_TEST

/*
 * Only a missing final newline is forgiven: the outputs are compared with
 * one final newline taken off each.  A blank line more or less at the end
 * is a difference.
 */
START_TEST(invalid_exact_extra_final_newline)
{
	static const char *const pairs[][2] = {
		{ "a\n", "a\n\n" },
		{ "a\n\n", "a\n" },
		{ "1\n2\n", "1\n2\n\n" },
		{ "", "\n\n" },
	};

	for (size_t i = 0; i < sizeof(pairs) / sizeof(*pairs); i++) {
		struct compare_result r = cmp(CHECKER_EXACT, pairs[i][0],
					      pairs[i][1]);

		/* Regression: a blank line more or less at the end was
		 * forgiven along with a missing final newline. */
		ck_assert_msg(!r.same, "exact: case %zu accepted", i);
	}
}
END_TEST

/* ------------------------------------------------------------------ */
/* lines                                                               */
/* ------------------------------------------------------------------ */

START_TEST(valid_lines)
{
	SAME(CHECKER_LINES, "", "");
	SAME(CHECKER_LINES, "", "\n\n");
	SAME(CHECKER_LINES, "a \nb\n", "a\nb");
	SAME(CHECKER_LINES, "a\nb\n", "a  \t\nb \n");
	SAME(CHECKER_LINES, "a\nb\n\n\n", "a\nb");
	SAME(CHECKER_LINES, "a\nb", "a\nb\n\n  \n\t\n");
	SAME(CHECKER_LINES, "a\r\nb\r\n", "a\nb\n");
	SAME(CHECKER_LINES, "a b\n", "a b\n");
}
END_TEST

START_TEST(invalid_lines)
{
	DIFF(CHECKER_LINES, "a\n\nb\n", "a\nb\n",
	     "line 2: expected '', got 'b'", 2, 2);
	DIFF(CHECKER_LINES, " a\n", "a\n", "line 1: expected ' a', got 'a'",
	     1, 1);
	DIFF(CHECKER_LINES, "a b\n", "a  b\n", "line 1", 1, 1);
	DIFF(CHECKER_LINES, "1 2\n", "1\n2\n", "line 1", 1, 1);
	DIFF(CHECKER_LINES, "a\n", "a\nb\n", "extra output on line 2: 'b'", 2,
	     2);
	DIFF(CHECKER_LINES, "a\nb\n", "a\n",
	     "output ended early: expected line 2 'b'", 2, 2);
	DIFF(CHECKER_LINES, "a\nb\nc\n", "a\nb\nd\n",
	     "line 3: expected 'c', got 'd'", 3, 3);
	/* Blank lines are forgiven only at the end. */
	DIFF(CHECKER_LINES, "a\nb\n", "\na\nb\n", "line 1", 1, 1);
}
END_TEST

/* ------------------------------------------------------------------ */
/* float                                                               */
/* ------------------------------------------------------------------ */

START_TEST(valid_float)
{
	ck_assert(flt(1e-6, 1e-6, "1.0", "1.0000001").same);
	ck_assert(flt(1e-6, 1e-6, "1.5 2.5\n", "1.5000001\n2.4999999").same);
	ck_assert(flt(1e-6, 0, "0", "-0").same);
	ck_assert(flt(1e-6, 0, "100", "1e2").same);
	ck_assert(flt(1e-6, 0, "0.5", ".5").same);
	/* Within abs, not within rel. */
	ck_assert(flt(0.5, 0, "10", "10.4").same);
	ck_assert(flt(0.5, 0, "10", "9.6").same);
	/* Within rel of the expected value, not within abs. */
	ck_assert(flt(0, 1e-3, "1000", "1000.9").same);
	ck_assert(flt(0, 1e-3, "-1000", "-999.1").same);
	ck_assert(flt(1e-9, 1e-9, "1e300", "1.0000000001e300").same);
	/* Zero tolerances: only equal values. */
	ck_assert(flt(0, 0, "2", "2.000").same);
	/* Words are compared as words. */
	ck_assert(flt(1e-6, 1e-6, "YES 1.0", "YES 1.0000001").same);
	ck_assert(flt(1e-6, 1e-6, "abc", "abc").same);
	/* Identical text is the same, whatever it says. */
	ck_assert(flt(1e-6, 1e-6, "inf", "inf").same);
}
END_TEST

START_TEST(invalid_float)
{
	struct compare_result r;

	r = flt(1e-6, 1e-6, "1.0", "1.1");
	ck_assert(!r.same);
	ck_assert_str_eq(r.message, "token 1: expected '1.0', got '1.1'");
	r = flt(1e-6, 1e-6, "1\n2\n3\n", "1\n2\n3.001\n");
	ck_assert(!r.same);
	ck_assert_uint_eq(r.expected_line, 3);
	ck_assert_uint_eq(r.actual_line, 3);
	ck_assert(!flt(0.5, 0, "10", "10.6").same);
	ck_assert(!flt(0, 1e-3, "1000", "1002").same);
	/* rel is relative to the expected value: 1.11 is not within 10% of
	 * 1, though 1 is within 10% of 1.11. */
	ck_assert(!flt(0, 0.1, "1", "1.11").same);
	ck_assert(!flt(0, 0, "2", "2.0000001").same);
	/* Words differ as words. */
	ck_assert(!flt(1e-6, 1e-6, "YES", "NO").same);
	ck_assert(!flt(1e-6, 1e-6, "YES", "yes").same);
	ck_assert(!flt(1e6, 1e6, "1", "x").same);
	ck_assert(!flt(1e6, 1e6, "x", "1").same);
	/* Numbers are whole tokens. */
	ck_assert(!flt(1e-6, 1e-6, "1", "1x").same);
	ck_assert(!flt(1e-6, 1e-6, "1 2", "1").same);
	ck_assert(!flt(1e-6, 1e-6, "1", "1 2").same);
}
END_TEST

/* Infinities and NaNs are not numbers: never equal to a number, and only
 * equal to themselves as text. */
START_TEST(invalid_float_inf_nan)
{
	ck_assert(!flt(1e-6, 1e-6, "inf", "1e400").same);
	ck_assert(!flt(1e-6, 1e-6, "1e400", "1e401").same);
	ck_assert(!flt(1e-6, 1e-6, "inf", "INF").same);
	ck_assert(!flt(1e-6, 1e-6, "inf", "infinity").same);
	ck_assert(!flt(1e-6, 1e-6, "nan", "NaN").same);
	ck_assert(!flt(1e-6, 1e-6, "1", "nan").same);
	ck_assert(!flt(1e-6, 1e-6, "nan", "1").same);
	ck_assert(!flt(1e300, 1e300, "1", "inf").same);
	ck_assert(!flt(1e300, 1e300, "-1e308", "-inf").same);
}
END_TEST

/* A number is written in decimal, as contest checkers read it. */
START_TEST(invalid_float_hex)
{
	struct compare_result r = flt(1e-6, 1e-6, "16", "0x10");

	/* Regression: strtod() also reads hexadecimal. */
	ck_assert_msg(!r.same, "0x10 accepted for 16");
}
END_TEST

/* ------------------------------------------------------------------ */
/* unordered                                                           */
/* ------------------------------------------------------------------ */

START_TEST(valid_unordered_lines)
{
	SAME(CHECKER_UNORDERED_LINES, "", "");
	SAME(CHECKER_UNORDERED_LINES, "a\nb\nc\n", "c\na\nb");
	SAME(CHECKER_UNORDERED_LINES, "a\na\nb\n", "a\nb\na\n");
	SAME(CHECKER_UNORDERED_LINES, "1 2\n3 4\n", "3 4  \n1 2\n\n");
	SAME(CHECKER_UNORDERED_LINES, "a\r\nb\r\n", "b\na\n");
	SAME(CHECKER_UNORDERED_LINES, "x\n", "x");
}
END_TEST

START_TEST(invalid_unordered_lines)
{
	/* Duplicates count: a multiset, not a set. */
	DIFF(CHECKER_UNORDERED_LINES, "a\na\nb\n", "a\nb\nb\n",
	     "missing line 'a' (3 expected, 3 given, in any order)", 0, 0);
	DIFF(CHECKER_UNORDERED_LINES, "a\na\n", "a\n", "missing line 'a'", 0,
	     0);
	DIFF(CHECKER_UNORDERED_LINES, "a\n", "a\na\n",
	     "unexpected line 'a' (1 expected, 2 given", 0, 0);
	DIFF(CHECKER_UNORDERED_LINES, "a\nb\n", "a\nc\n", "line", 0, 0);
	/* Lines, not tokens: the order inside a line matters. */
	DIFF(CHECKER_UNORDERED_LINES, "1 2\n3 4\n", "2 1\n4 3\n", "line", 0,
	     0);
	DIFF(CHECKER_UNORDERED_LINES, "1 2\n", "1\n2\n", "line", 0, 0);
	DIFF(CHECKER_UNORDERED_LINES, "x\n", "", "missing line 'x'", 0, 0);
	DIFF(CHECKER_UNORDERED_LINES, "", "x\n", "unexpected line 'x'", 0, 0);
}
END_TEST

START_TEST(valid_unordered_tokens)
{
	SAME(CHECKER_UNORDERED_TOKENS, "", "\n");
	SAME(CHECKER_UNORDERED_TOKENS, "1 2 3\n", "3\n2\n1\n");
	SAME(CHECKER_UNORDERED_TOKENS, "1 1 2", "1 2 1");
	SAME(CHECKER_UNORDERED_TOKENS, "b a\nc", "  a  b  c  ");
}
END_TEST

START_TEST(invalid_unordered_tokens)
{
	DIFF(CHECKER_UNORDERED_TOKENS, "1 1 2", "1 2 2",
	     "missing token '1' (3 expected, 3 given, in any order)", 0, 0);
	DIFF(CHECKER_UNORDERED_TOKENS, "1 2", "1 2 3",
	     "unexpected token '3' (2 expected, 3 given", 0, 0);
	DIFF(CHECKER_UNORDERED_TOKENS, "1 2 3", "1 2", "missing token '3'", 0,
	     0);
	DIFF(CHECKER_UNORDERED_TOKENS, "1", "1.0", "token", 0, 0);
	DIFF(CHECKER_UNORDERED_TOKENS, "a", "A", "token", 0, 0);
}
END_TEST

/* Many lines, so the collections grow more than once. */
START_TEST(valid_unordered_many)
{
	size_t n = 5000, len;
	char *e = malloc(n * 8), *a = malloc(n * 8);
	struct compare_result r;

	ck_assert_ptr_nonnull(e);
	ck_assert_ptr_nonnull(a);
	len = 0;
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(e + len, "%zu\n", i % 97);
	len = 0;
	for (size_t i = n; i-- > 0;)
		len += (size_t)sprintf(a + len, "%zu\n", i % 97);
	r = run(CHECKER_UNORDERED_LINES, 0, 0, e, strlen(e), a, len);
	ck_assert_msg(r.same, "%s", r.message);
	r = run(CHECKER_UNORDERED_TOKENS, 0, 0, e, strlen(e), a, len);
	ck_assert_msg(r.same, "%s", r.message);
	a[0] = a[0] == '1' ? '2' : '1';
	r = run(CHECKER_UNORDERED_LINES, 0, 0, e, strlen(e), a, len);
	ck_assert(!r.same);
	free(e);
	free(a);
}
END_TEST

/* ------------------------------------------------------------------ */
/* any checker                                                         */
/* ------------------------------------------------------------------ */

/* Every output is the same as itself, under every built-in checker. */
START_TEST(valid_reflexive)
{
	static const char *const outputs[] = {
		"", "\n", "1 2\n", "a\n\n", "  x  \r\n", "nan inf\n",
		"1e400 0x10\n", "\t\v\f\n",
	};
	static const enum checker_kind kinds[] = {
		CHECKER_TOKENS, CHECKER_EXACT, CHECKER_LINES, CHECKER_FLOAT,
		CHECKER_UNORDERED_LINES, CHECKER_UNORDERED_TOKENS,
	};

	for (size_t k = 0; k < sizeof(kinds) / sizeof(*kinds); k++)
		for (size_t i = 0; i < sizeof(outputs) / sizeof(*outputs); i++)
			SAME(kinds[k], outputs[i], outputs[i]);
}
END_TEST

/* The custom checker is a program, not a built-in comparison. */
START_TEST(invalid_custom_is_not_builtin)
{
	struct compare_result r = cmp(CHECKER_CUSTOM, "1", "1");

	ck_assert(!r.same);
	ck_assert_ptr_nonnull(strstr(r.message, "custom checker"));
}
END_TEST

static Suite *compare_suite(void)
{
	Suite *s = suite_create("compare");
	TCase *valid = tcase_create("valid");
	TCase *invalid = tcase_create("invalid");

	tcase_add_test(valid, valid_tokens);
	tcase_add_test(valid, valid_exact);
	tcase_add_test(valid, valid_lines);
	tcase_add_test(valid, valid_float);
	tcase_add_test(valid, valid_unordered_lines);
	tcase_add_test(valid, valid_unordered_tokens);
	tcase_add_test(valid, valid_unordered_many);
	tcase_add_test(valid, valid_reflexive);
	tcase_add_test(invalid, invalid_tokens);
	tcase_add_test(invalid, invalid_tokens_message_is_short);
	tcase_add_test(invalid, invalid_tokens_nul_is_a_byte);
	tcase_add_test(invalid, invalid_exact);
	tcase_add_test(invalid, invalid_exact_extra_final_newline);
	tcase_add_test(invalid, invalid_lines);
	tcase_add_test(invalid, invalid_float);
	tcase_add_test(invalid, invalid_float_inf_nan);
	tcase_add_test(invalid, invalid_float_hex);
	tcase_add_test(invalid, invalid_unordered_lines);
	tcase_add_test(invalid, invalid_unordered_tokens);
	tcase_add_test(invalid, invalid_custom_is_not_builtin);
	suite_add_tcase(s, valid);
	suite_add_tcase(s, invalid);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(compare_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
