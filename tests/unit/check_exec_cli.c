/*
 * check_exec_cli.c: the command line of `judge exec`, and the JSON
 * writer its --json output goes through.
 */
#define _GNU_SOURCE
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exec_cli.h"
#include "json.h"

/* Parses a NULL-terminated list of words as `judge exec` arguments. */
static enum exec_parse_result parse(struct exec_options *o, char *err,
				    const char *const *words)
{
	static char storage[64][128];
	static char *argv[65];
	int argc = 0;

	for (; words[argc]; argc++) {
		snprintf(storage[argc], sizeof(storage[argc]), "%s",
			 words[argc]);
		argv[argc] = storage[argc];
	}
	argv[argc] = NULL;
	return exec_parse(argc, argv, o, err, 256);
}

START_TEST(valid_all_options)
{
	static const char *const words[] = {
		"exec", "--cpu", "0.1", "--wall", "2", "--mem", "64",
		"--output", "1MiB", "--file-size", "10KiB", "--open-files",
		"32", "--procs", "8", "--profile", "python", "--stdin", "in",
		"--stdout", "out", "--stderr", "err", "--dir", "d",
		"--allow-read", "/a", "--allow-read", "/b", "--env", "X=1",
		"--json", "-v", "--", "prog", "--cpu", "arg", NULL,
	};
	struct exec_options o;
	char err[256];

	ck_assert_int_eq(parse(&o, err, words), EXEC_PARSE_OK);
	ck_assert_uint_eq(o.limits.cpu_ms, 100);
	ck_assert_uint_eq(o.limits.wall_ms, 2000);
	ck_assert_uint_eq(o.limits.memory_kb, 64 * 1024);
	ck_assert_uint_eq(o.limits.output_bytes, 1u << 20);
	ck_assert_uint_eq(o.limits.file_bytes, 10240);
	ck_assert_uint_eq(o.limits.open_files, 32);
	ck_assert_uint_eq(o.limits.processes, 8);
	ck_assert_int_eq(o.profile, RUN_PROFILE_PYTHON);
	ck_assert_str_eq(o.stdin_path, "in");
	ck_assert_str_eq(o.dir, "d");
	ck_assert_uint_eq(o.allow_read_count, 2);
	ck_assert_str_eq(o.allow_read[1], "/b");
	ck_assert_uint_eq(o.env_count, 1);
	ck_assert(o.json);
	ck_assert_int_eq(o.verbose, 1);
	/* Options after -- belong to the program. */
	ck_assert_int_eq(o.program_argc, 3);
	ck_assert_str_eq(o.program_argv[0], "prog");
	ck_assert_str_eq(o.program_argv[1], "--cpu");
	exec_options_release(&o);
}
END_TEST

START_TEST(valid_defaults_and_help)
{
	static const char *const plain[] = { "exec", "prog", NULL };
	static const char *const help[] = { "exec", "--help", NULL };
	struct exec_options o;
	char err[256];

	ck_assert_int_eq(parse(&o, err, plain), EXEC_PARSE_OK);
	ck_assert_uint_eq(o.limits.cpu_ms, 0); /* runner default */
	ck_assert_int_eq(o.profile, RUN_PROFILE_NATIVE);
	ck_assert(!o.json);
	exec_options_release(&o);
	ck_assert_int_eq(parse(&o, err, help), EXEC_PARSE_HELP);
	exec_options_release(&o);
}
END_TEST

START_TEST(invalid_options)
{
	static const struct {
		const char *words[6];
		const char *message;
	} cases[] = {
		{ { "exec", "--cpu", "abc", "--", "p", NULL }, "--cpu" },
		{ { "exec", "--cpu", "0", "--", "p", NULL }, "more than zero" },
		{ { "exec", "--mem", "1KiB", "--", "p", NULL }, "at least" },
		{ { "exec", "--profile", "cobol", "--", "p", NULL },
		  "expected native" },
		{ { "exec", "--procs", "0", "--", "p", NULL }, "--procs" },
		{ { "exec", "--env", "NOEQUALS", "--", "p", NULL },
		  "NAME=VALUE" },
		{ { "exec", "--bogus", "--", "p", NULL }, "unknown option" },
		{ { "exec", "--cpu", NULL }, "needs a value" },
		{ { "exec", "--json", NULL }, "no program" },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct exec_options o;
		char err[256] = "";

		ck_assert_int_eq(parse(&o, err, cases[i].words),
				 EXEC_PARSE_ERROR);
		ck_assert_msg(strstr(err, cases[i].message),
			      "case %zu: '%s' lacks '%s'", i, err,
			      cases[i].message);
		exec_options_release(&o);
	}
}
END_TEST

static char *json_of(void (*fill)(struct json_writer *))
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct json_writer w;

	json_init(&w, f);
	fill(&w);
	fclose(f);
	return buf;
}

static void fill_escapes(struct json_writer *w)
{
	json_begin_object(w, NULL);
	json_string(w, "s", "a\"b\\c\n\x01\xff" "\xc3\xa9");
	json_null(w, "n");
	json_begin_object(w, "o");
	json_uint(w, "u", 18446744073709551615ULL);
	json_int(w, "i", -5);
	json_bool(w, "b", true);
	json_end_object(w);
	json_end_object(w);
}

START_TEST(valid_json_escaping)
{
	char *s = json_of(fill_escapes);

	ck_assert_str_eq(s, "{\"s\":\"a\\\"b\\\\c\\n\\u0001\\ufffd\xc3\xa9\","
			    "\"n\":null,\"o\":{\"u\":18446744073709551615,"
			    "\"i\":-5,\"b\":true}}\n");
	free(s);
}
END_TEST

static Suite *exec_cli_suite(void)
{
	Suite *s = suite_create("exec_cli");
	TCase *valid = tcase_create("valid");
	TCase *invalid = tcase_create("invalid");

	tcase_add_test(valid, valid_all_options);
	tcase_add_test(valid, valid_defaults_and_help);
	tcase_add_test(valid, valid_json_escaping);
	tcase_add_test(invalid, invalid_options);
	suite_add_tcase(s, valid);
	suite_add_tcase(s, invalid);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(exec_cli_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
