/*
 * check_toolchains.c: toolchain tables (toolchains.yaml), valid and
 * invalid, overrides, and finding a toolchain by a file's extension.
 */
#define _GNU_SOURCE
#include <check.h>
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lang.h"

#ifndef TOOLCHAINS_YAML
#error "TOOLCHAINS_YAML must name judge/toolchains.yaml"
#endif

/* judge/toolchains.yaml, as shipped. */
static char *shipped;
static size_t shipped_len;

static void read_shipped(void)
{
	FILE *f = fopen(TOOLCHAINS_YAML, "re");
	long size;

	if (!f || fseek(f, 0, SEEK_END) || (size = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET)) {
		fprintf(stderr, "%s: %s\n", TOOLCHAINS_YAML, strerror(errno));
		exit(EXIT_FAILURE);
	}
	shipped = malloc((size_t)size + 1);
	if (!shipped || fread(shipped, 1, (size_t)size, f) != (size_t)size)
		exit(EXIT_FAILURE);
	shipped_len = (size_t)size;
	shipped[shipped_len] = '\0';
	fclose(f);
}

static void load_shipped(struct toolchains *tc)
{
	struct diag d;

	memset(tc, 0, sizeof(*tc));
	ck_assert_msg(toolchains_parse(tc, shipped, shipped_len,
				       "toolchains.yaml", &d) == 0,
		      "%d:%d: %s", d.line, d.column, d.message);
}

static int parse(struct toolchains *tc, const char *text, struct diag *d)
{
	diag_clear(d);
	return toolchains_parse(tc, text, strlen(text), "toolchains.yaml", d);
}

/* One complete toolchain, for tables that change one thing. */
#define TC(id, extra)                                                      \
	id ":\n"                                                           \
	"  name: X\n"                                                      \
	"  extensions: [.x]\n"                                             \
	"  source: main.x\n"                                               \
	"  run: [\"{exe}\"]\n"                                             \
	"  version: [x, --version]\n"                                      \
	"  profile: native\n" extra

static const char *id_for(const struct toolchains *tc, const char *path)
{
	const struct toolchain *t = toolchain_for_file(tc, path);

	return t ? t->id : "(none)";
}

START_TEST(valid_shipped_table)
{
	struct toolchains tc;
	const struct toolchain *c, *py, *java;

	load_shipped(&tc);
	ck_assert_uint_ge(tc.count, 5);
	c = toolchain_by_id(&tc, "c");
	ck_assert_ptr_nonnull(c);
	ck_assert_str_eq(c->name, "C");
	ck_assert_str_eq(c->source, "main.c");
	ck_assert_str_eq(c->compile[0], "gcc");
	ck_assert_str_eq(c->run[0], "{exe}");
	ck_assert_ptr_null(c->run[1]);
	ck_assert_int_eq(c->profile, RUN_PROFILE_NATIVE);
	ck_assert_uint_eq(c->extension_count, 1);
	py = toolchain_by_id(&tc, "python");
	ck_assert_ptr_nonnull(py);
	ck_assert_int_eq(py->profile, RUN_PROFILE_PYTHON);
	java = toolchain_by_id(&tc, "java");
	ck_assert_ptr_nonnull(java);
	ck_assert_int_eq(java->profile, RUN_PROFILE_JVM);
	ck_assert_str_eq(java->source, "{class}.java");
	ck_assert_ptr_nonnull(toolchain_by_id(&tc, "cpp"));
	ck_assert_ptr_nonnull(toolchain_by_id(&tc, "javascript"));
	ck_assert_ptr_null(toolchain_by_id(&tc, "rust"));
	toolchains_release(&tc);
	ck_assert_uint_eq(tc.count, 0);
	ck_assert_ptr_null(tc.items);
}
END_TEST

START_TEST(valid_toolchain_for_file)
{
	struct toolchains tc;

	load_shipped(&tc);
	ck_assert_str_eq(id_for(&tc, "ref.c"), "c");
	ck_assert_str_eq(id_for(&tc, "solutions/ref.c"), "c");
	ck_assert_str_eq(id_for(&tc, "a.cpp"), "cpp");
	ck_assert_str_eq(id_for(&tc, "a.cc"), "cpp");
	ck_assert_str_eq(id_for(&tc, "a.cxx"), "cpp");
	ck_assert_str_eq(id_for(&tc, "slow.py"), "python");
	ck_assert_str_eq(id_for(&tc, "Main.java"), "java");
	ck_assert_str_eq(id_for(&tc, "a.js"), "javascript");
	ck_assert_str_eq(id_for(&tc, "a.mjs"), "javascript");
	/* The last extension counts. */
	ck_assert_str_eq(id_for(&tc, "a.c.py"), "python");
	ck_assert_str_eq(id_for(&tc, "v1.2/a.py"), "python");
	toolchains_release(&tc);
}
END_TEST

START_TEST(invalid_toolchain_for_file)
{
	struct toolchains tc;

	load_shipped(&tc);
	ck_assert_str_eq(id_for(&tc, "README"), "(none)");
	ck_assert_str_eq(id_for(&tc, "a.rs"), "(none)");
	ck_assert_str_eq(id_for(&tc, "a."), "(none)");
	/* Extensions are case-sensitive: .C is not .c */
	ck_assert_str_eq(id_for(&tc, "a.C"), "(none)");
	ck_assert_str_eq(id_for(&tc, "a.pyc"), "(none)");
	ck_assert_str_eq(id_for(&tc, "a.c~"), "(none)");
	/* A dot in a folder's name is not an extension. */
	ck_assert_str_eq(id_for(&tc, "dir.c/main"), "(none)");
	ck_assert_str_eq(id_for(&tc, ""), "(none)");
	toolchains_release(&tc);
}
END_TEST

START_TEST(valid_override_keeps_the_others)
{
	struct toolchains tc;
	struct diag d;
	const struct toolchain *py;
	size_t count;
	char *java_name;

	load_shipped(&tc);
	count = tc.count;
	java_name = strdup(toolchain_by_id(&tc, "java")->name);
	ck_assert_ptr_nonnull(java_name);
	ck_assert_int_eq(parse(&tc, "python:\n"
			       "  name: PyPy 3\n"
			       "  extensions: [.py, .pypy]\n"
			       "  source: main.py\n"
			       "  run: [pypy3, \"{src}\"]\n"
			       "  version: [pypy3, --version]\n"
			       "  profile: python\n", &d), 0);
	ck_assert_uint_eq(tc.count, count);
	py = toolchain_by_id(&tc, "python");
	ck_assert_str_eq(py->name, "PyPy 3");
	ck_assert_str_eq(py->run[0], "pypy3");
	/* The whole entry is replaced: no compile step any more. */
	ck_assert_ptr_null(py->compile);
	ck_assert_uint_eq(py->extension_count, 2);
	ck_assert_str_eq(id_for(&tc, "a.pypy"), "python");
	ck_assert_str_eq(id_for(&tc, "a.py"), "python");
	/* The others are untouched. */
	ck_assert_str_eq(toolchain_by_id(&tc, "c")->compile[0], "gcc");
	ck_assert_str_eq(toolchain_by_id(&tc, "java")->name, java_name);
	ck_assert_str_eq(id_for(&tc, "a.c"), "c");
	free(java_name);
	toolchains_release(&tc);
}
END_TEST

START_TEST(valid_new_language)
{
	struct toolchains tc;
	struct diag d;
	const struct toolchain *rs;
	size_t count;

	load_shipped(&tc);
	count = tc.count;
	ck_assert_int_eq(parse(&tc, "rust:\n"
			       "  name: Rust\n"
			       "  extensions: [.rs]\n"
			       "  source: main.rs\n"
			       "  compile: [rustc, -O, -o, \"{exe}\", \"{src}\"]\n"
			       "  run: [\"{exe}\"]\n"
			       "  version: [rustc, --version]\n"
			       "  profile: native\n", &d), 0);
	ck_assert_uint_eq(tc.count, count + 1);
	rs = toolchain_for_file(&tc, "main.rs");
	ck_assert_ptr_nonnull(rs);
	ck_assert_str_eq(rs->id, "rust");
	ck_assert_str_eq(rs->compile[4], "{src}");
	ck_assert_ptr_null(rs->compile[5]);
	ck_assert_str_eq(id_for(&tc, "a.py"), "python");
	toolchains_release(&tc);
}
END_TEST

START_TEST(valid_every_profile)
{
	static const char *const names[] = { "native", "python", "jvm", "node",
					     "compiler" };
	struct toolchains tc = { 0 };
	struct diag d;

	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++) {
		char text[512];

		snprintf(text, sizeof(text),
			 "l%zu: {name: L, extensions: [.l%zu], source: m, "
			 "run: [m], version: [m], profile: %s}\n",
			 i, i, names[i]);
		ck_assert_msg(parse(&tc, text, &d) == 0, "%s: %s", names[i],
			      d.message);
	}
	ck_assert_uint_eq(tc.count, 5);
	ck_assert_int_eq(toolchain_by_id(&tc, "l0")->profile,
			 RUN_PROFILE_NATIVE);
	ck_assert_int_eq(toolchain_by_id(&tc, "l4")->profile,
			 RUN_PROFILE_COMPILER);
	toolchains_release(&tc);
}
END_TEST

START_TEST(valid_empty_table)
{
	struct toolchains tc = { 0 };
	struct diag d;

	ck_assert_int_eq(parse(&tc, "# nothing\n", &d), 0);
	ck_assert_uint_eq(tc.count, 0);
	toolchains_release(&tc);
}
END_TEST

struct bad_table {
	const char *text;
	int line, column;
	const char *message;
};

static const struct bad_table bad_tables[] = {
	{ TC("c", "  flags: [-O2]\n"), 8, 3, "unknown toolchain key 'flags'" },
	{ "c:\n  name: C\n  extensions: [.c]\n  source: main.c\n"
	  "  version: [gcc, --version]\n  profile: native\n",
	  2, 3, "toolchain lacks 'run'" },
	{ "c:\n  name: C\n  extensions: [.c]\n  source: main.c\n"
	  "  run: [\"{exe}\"]\n  profile: native\n",
	  2, 3, "toolchain lacks 'version'" },
	{ "c:\n  extensions: [.c]\n  source: main.c\n  run: [a]\n"
	  "  version: [a]\n  profile: native\n",
	  2, 3, "toolchain lacks 'name'" },
	{ "c:\n  name: C\n  extensions: [.c]\n  run: [a]\n"
	  "  version: [a]\n  profile: native\n",
	  2, 3, "toolchain lacks 'source'" },
	{ "c:\n  name: C\n  source: main.c\n  run: [a]\n"
	  "  version: [a]\n  profile: native\n",
	  2, 3, "toolchain lacks 'extensions'" },
	{ "c:\n  name: C\n  extensions: [.c]\n  source: main.c\n"
	  "  run: [a]\n  version: [a]\n  profile: gpu\n",
	  7, 12, "toolchain 'c' needs a profile: native, python, jvm, node "
		 "or compiler" },
	{ "c:\n  name: C\n  extensions: [.c]\n  source: main.c\n"
	  "  run: [a]\n  version: [a]\n",
	  2, 3, "toolchain 'c' needs a profile" },
	{ "c:\n  name: C\n  extensions: [.c]\n  source: main.c\n"
	  "  run: [a]\n  version: [a]\n  profile: [native]\n",
	  7, 12, "toolchain 'c' needs a profile" },
	{ "c:\n  name: C\n  extensions: [.c]\n  source: main.c\n"
	  "  run: []\n  version: [a]\n  profile: native\n",
	  5, 8, "'run' must be a non-empty list" },
	{ "c:\n  name: C\n  extensions: [.c]\n  source: main.c\n"
	  "  run: a.out\n  version: [a]\n  profile: native\n",
	  5, 8, "'run' must be a non-empty list" },
	{ "c:\n  name: C\n  extensions: [.c]\n  source: main.c\n"
	  "  run: [a, [b]]\n  version: [a]\n  profile: native\n",
	  5, 12, "'run' must hold strings" },
	{ "c:\n  name: C\n  extensions: [.c]\n  source: main.c\n"
	  "  compile: []\n  run: [a]\n  version: [a]\n  profile: native\n",
	  5, 12, "'compile' must be a non-empty list" },
	{ "c:\n  name: [C]\n  extensions: [.c]\n  source: main.c\n"
	  "  run: [a]\n  version: [a]\n  profile: native\n",
	  2, 9, "'name' must be a string" },
	{ "c: gcc\n", 1, 4, "toolchain 'c' must be a mapping" },
	{ "c: [gcc]\n", 1, 4, "toolchain 'c' must be a mapping" },
	{ TC("c", "") TC("c", ""), 8, 1, "duplicate key 'c'" },
	{ "c:\n\t- gcc\n", 2, 1, "invalid YAML" },
	{ "c: {name: C\n", 2, 1, "invalid YAML" },
	{ "c: &x {name: C}\ncpp: *x\n", 2, 6, "aliases are not supported" },
};

START_TEST(invalid_tables)
{
	const struct bad_table *b = &bad_tables[_i];
	struct toolchains tc = { 0 };
	struct diag d;

	ck_assert_msg(parse(&tc, b->text, &d) == -1, "table %d loaded", _i);
	ck_assert_str_eq(d.file, "toolchains.yaml");
	ck_assert_msg(d.line == b->line && d.column == b->column &&
			      strstr(d.message, b->message),
		      "table %d: want %d:%d '%s', got %d:%d '%s'", _i, b->line,
		      b->column, b->message, d.line, d.column, d.message);
	toolchains_release(&tc);
}
END_TEST

/* A document that is not a mapping of languages. */
START_TEST(invalid_table_not_a_mapping)
{
	/* Regression: toolchains_parse() freed the root and then read its
	 * line and column for the message (ASan caught it). */
	struct toolchains tc = { 0 };
	struct diag d;

	ck_assert_int_eq(parse(&tc, "- c\n- cpp\n", &d), -1);
	ck_assert_int_eq(d.line, 1);
	ck_assert_int_eq(d.column, 1);
	ck_assert_ptr_nonnull(strstr(d.message, "a mapping of languages"));
	ck_assert_int_eq(parse(&tc, "gcc\n", &d), -1);
	ck_assert_ptr_nonnull(strstr(d.message, "a mapping of languages"));
	toolchains_release(&tc);
}
END_TEST

/* A bad override leaves the table as it was. */
START_TEST(invalid_override_keeps_the_table)
{
	struct toolchains tc;
	struct diag d;
	const struct toolchain *py;
	size_t count;
	char *name;

	load_shipped(&tc);
	count = tc.count;
	name = strdup(toolchain_by_id(&tc, "python")->name);
	ck_assert_ptr_nonnull(name);
	ck_assert_int_eq(parse(&tc, "python:\n  name: PyPy\n  run: [pypy3]\n",
			       &d), -1);
	ck_assert_uint_eq(tc.count, count);
	py = toolchain_by_id(&tc, "python");
	ck_assert_str_eq(py->name, name);
	ck_assert_str_eq(py->run[0], "python3");
	free(name);
	ck_assert_str_eq(id_for(&tc, "a.py"), "python");
	toolchains_release(&tc);
}
END_TEST

/* toolchains_load: the shipped table, then the user's overrides. */
static char config_home[64];

static int remove_one(const char *path, const struct stat *st, int flag,
		      struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static void config_setup(void)
{
	char dir[128];

	snprintf(config_home, sizeof(config_home),
		 "/tmp/check_toolchains.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(config_home));
	snprintf(dir, sizeof(dir), "%s/judge", config_home);
	ck_assert_int_eq(mkdir(dir, 0755), 0);
	ck_assert_int_eq(setenv("XDG_CONFIG_HOME", config_home, 1), 0);
	ck_assert_int_eq(setenv("JUDGE_DATA_DIR", JUDGE_SOURCE_DIR, 1), 0);
}

static void config_teardown(void)
{
	nftw(config_home, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

static void write_config(const char *text)
{
	char path[192];
	FILE *f;

	snprintf(path, sizeof(path), "%s/judge/toolchains.yaml", config_home);
	f = fopen(path, "we");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

START_TEST(valid_load_without_overrides)
{
	struct toolchains tc;
	struct diag d;

	ck_assert_msg(toolchains_load(&tc, &d) == 0, "%s", d.message);
	ck_assert_uint_ge(tc.count, 5);
	ck_assert_str_eq(id_for(&tc, "a.c"), "c");
	toolchains_release(&tc);
}
END_TEST

START_TEST(valid_load_with_override)
{
	struct toolchains tc;
	struct diag d;

	write_config(TC("c", ""));
	ck_assert_msg(toolchains_load(&tc, &d) == 0, "%s", d.message);
	ck_assert_uint_ge(tc.count, 5);
	ck_assert_str_eq(toolchain_by_id(&tc, "c")->name, "X");
	ck_assert_str_eq(id_for(&tc, "a.x"), "c");
	ck_assert_str_eq(id_for(&tc, "a.c"), "(none)");
	ck_assert_str_eq(id_for(&tc, "a.cpp"), "cpp");
	toolchains_release(&tc);
}
END_TEST

START_TEST(invalid_load_bad_override)
{
	struct toolchains tc;
	struct diag d;

	write_config("c:\n  nmae: C\n");
	ck_assert_int_eq(toolchains_load(&tc, &d), -1);
	ck_assert_ptr_nonnull(strstr(d.file, config_home));
	ck_assert_int_eq(d.line, 2);
	ck_assert_ptr_nonnull(strstr(d.message, "unknown toolchain key "
					       "'nmae'"));
	ck_assert_uint_eq(tc.count, 0);
	ck_assert_ptr_null(tc.items);
}
END_TEST

static Suite *toolchains_suite(void)
{
	Suite *s = suite_create("toolchains");
	TCase *valid = tcase_create("valid");
	TCase *invalid = tcase_create("invalid");
	TCase *load = tcase_create("load");

	tcase_add_test(valid, valid_shipped_table);
	tcase_add_test(valid, valid_toolchain_for_file);
	tcase_add_test(valid, valid_override_keeps_the_others);
	tcase_add_test(valid, valid_new_language);
	tcase_add_test(valid, valid_every_profile);
	tcase_add_test(valid, valid_empty_table);
	tcase_add_test(invalid, invalid_toolchain_for_file);
	tcase_add_loop_test(invalid, invalid_tables, 0,
			    (int)(sizeof(bad_tables) / sizeof(*bad_tables)));
	tcase_add_test(invalid, invalid_override_keeps_the_table);
	tcase_add_test(invalid, invalid_table_not_a_mapping);
	tcase_add_checked_fixture(load, config_setup, config_teardown);
	tcase_add_test(load, valid_load_without_overrides);
	tcase_add_test(load, valid_load_with_override);
	tcase_add_test(load, invalid_load_bad_override);
	suite_add_tcase(s, valid);
	suite_add_tcase(s, invalid);
	suite_add_tcase(s, load);
	return s;
}

int main(void)
{
	SRunner *sr;
	int failed;

	read_shipped();
	sr = srunner_create(toolchains_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	free(shipped);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
