/*
 * check_runner.c: librunner, run for real.  Every way a run can end, the
 * limits, the streams, and the invalid specs.  Runs as root and, through
 * run-unprivileged.sh, as an ordinary user.
 */
#define _GNU_SOURCE
#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "judge/runner.h"

static char scratch[] = "/tmp/check-runner-XXXXXX";
static const char *child_prog;

static void setup(void)
{
	strcpy(scratch, "/tmp/check-runner-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(scratch));
	ck_assert_int_eq(runner_prepare_scratch(scratch), 0);
	child_prog = getenv("JUDGE_TEST_CHILD");
	if (!child_prog)
		child_prog = CHILD_PROG;
}

static void teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", scratch);
	ck_assert_int_eq(system(cmd), 0);
}

/* A temporary file for a stream, already unlinked. */
static int temp_fd(void)
{
	char path[] = "/tmp/check-runner-stream-XXXXXX";
	int fd = mkstemp(path);

	ck_assert_int_ge(fd, 0);
	unlink(path);
	return fd;
}

static void read_back(int fd, char *buf, size_t len)
{
	ssize_t n = pread(fd, buf, len - 1, 0);

	ck_assert_int_ge(n, 0);
	buf[n] = '\0';
}

/* Runs child_prog with up to two arguments; asserts the run worked. */
static void run_child(struct run_spec *spec, struct run_outcome *out,
		      const char *mode, const char *arg)
{
	const char *argv[] = { child_prog, mode, arg, NULL };
	char err[256];
	int rc;

	spec->argv = argv;
	spec->scratch_dir = scratch;
	rc = runner_run(spec, out, err, sizeof(err));
	ck_assert_msg(rc == 0, "runner_run failed: %d %s", rc, err);
}

static void run_simple(struct run_outcome *out, const char *mode,
		       const char *arg)
{
	struct run_spec spec;

	run_spec_init(&spec);
	run_child(&spec, out, mode, arg);
}

START_TEST(valid_exit_codes)
{
	static const struct {
		const char *arg;
		int code;
	} cases[] = { { "0", 0 }, { "1", 1 }, { "255", 255 }, { "256", 0 } };

	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct run_outcome out;

		run_simple(&out, "exit", cases[i].arg);
		ck_assert_int_eq(out.end, RUN_EXITED);
		ck_assert_int_eq(out.exit_code, cases[i].code);
		ck_assert_int_eq(out.limit, RUN_LIMIT_NONE);
		ck_assert(!out.blocked);
	}
}
END_TEST

START_TEST(valid_signals)
{
	static const int sigs[] = { SIGKILL, SIGSEGV, SIGABRT, SIGTERM };

	for (size_t i = 0; i < sizeof(sigs) / sizeof(*sigs); i++) {
		struct run_outcome out;
		char arg[8];

		snprintf(arg, sizeof(arg), "%d", sigs[i]);
		run_simple(&out, "signal", arg);
		ck_assert_int_eq(out.end, RUN_SIGNALED);
		ck_assert_int_eq(out.signal, sigs[i]);
		ck_assert_int_eq(out.limit, RUN_LIMIT_NONE);
	}
}
END_TEST

START_TEST(valid_twice_in_a_row)
{
	struct run_outcome a, b;

	run_simple(&a, "exit", "7");
	run_simple(&b, "exit", "7");
	ck_assert_int_eq(a.exit_code, 7);
	ck_assert_int_eq(b.exit_code, 7);
}
END_TEST

static void *block_on_pipe(void *arg)
{
	char byte;

	(void)!read(*(int *)arg, &byte, 1);
	return NULL;
}

/* Regression: with another thread alive, glibc's setresuid() in the
 * cloned child waited for that (parent's) thread forever, and every run
 * ended at the wall limit. */
START_TEST(valid_runs_from_threaded_judge)
{
	struct run_spec spec;
	struct run_outcome out;
	pthread_t thread;
	int p[2];

	ck_assert_int_eq(pipe(p), 0);
	ck_assert_int_eq(pthread_create(&thread, NULL, block_on_pipe, &p[0]),
			 0);
	run_spec_init(&spec);
	spec.limits.wall_ms = 2000;
	run_child(&spec, &out, "exit", "0");
	ck_assert_int_eq(write(p[1], "x", 1), 1);
	pthread_join(thread, NULL);
	close(p[0]);
	close(p[1]);
	ck_assert_int_eq(out.limit, RUN_LIMIT_NONE);
	ck_assert_int_eq(out.exit_code, 0);
	ck_assert_uint_lt(out.wall_ms, 1000);
}
END_TEST

START_TEST(valid_streams)
{
	struct run_spec spec;
	struct run_outcome out;
	char buf[64];
	int in = temp_fd(), o = temp_fd(), e = temp_fd();

	ck_assert_int_eq(write(in, "hello", 5), 5);
	lseek(in, 0, SEEK_SET);
	run_spec_init(&spec);
	spec.stdin_fd = in;
	spec.stdout_fd = o;
	spec.stderr_fd = e;
	run_child(&spec, &out, "echo", NULL);
	read_back(o, buf, sizeof(buf));
	ck_assert_str_eq(buf, "hello");
	ck_assert_int_eq(out.output_bytes, 5);

	ck_assert_int_eq(ftruncate(o, 0), 0);
	lseek(o, 0, SEEK_SET);
	run_child(&spec, &out, "print", "abc");
	read_back(o, buf, sizeof(buf));
	ck_assert_str_eq(buf, "abc");
	read_back(e, buf, sizeof(buf));
	ck_assert_str_eq(buf, "err");
	ck_assert_int_eq(out.output_bytes, 6);
	close(in);
	close(o);
	close(e);
}
END_TEST

START_TEST(valid_environment_and_cwd)
{
	static const char *const env[] = { "FOO=bar", NULL };
	struct run_spec spec;
	struct run_outcome out;
	char buf[4200];
	int o = temp_fd();

	run_spec_init(&spec);
	spec.envp = env;
	spec.stdout_fd = o;
	run_child(&spec, &out, "env", "FOO");
	read_back(o, buf, sizeof(buf));
	ck_assert_str_eq(buf, "bar");

	ck_assert_int_eq(ftruncate(o, 0), 0);
	lseek(o, 0, SEEK_SET);
	run_child(&spec, &out, "env", "HOME");
	read_back(o, buf, sizeof(buf));
	ck_assert_str_eq(buf, "(unset)");

	ck_assert_int_eq(ftruncate(o, 0), 0);
	lseek(o, 0, SEEK_SET);
	run_child(&spec, &out, "cwd", NULL);
	read_back(o, buf, sizeof(buf));
	ck_assert_str_eq(buf, scratch);
	close(o);
}
END_TEST

START_TEST(valid_identity)
{
	struct run_spec spec;
	struct run_outcome out;
	char buf[64], want[64];
	int o = temp_fd();

	run_spec_init(&spec);
	spec.stdout_fd = o;
	run_child(&spec, &out, "whoami", NULL);
	read_back(o, buf, sizeof(buf));
	if (geteuid() == 0) {
		/* Dropped to the sandbox ids, no supplementary groups. */
		snprintf(want, sizeof(want), "%d %d 0", RUNNER_SANDBOX_UID,
			 RUNNER_SANDBOX_GID);
		ck_assert_str_eq(buf, want);
	} else {
		unsigned uid, gid;

		ck_assert_int_eq(sscanf(buf, "%u %u", &uid, &gid), 2);
		ck_assert_uint_eq(uid, geteuid());
		ck_assert_uint_eq(gid, getegid());
	}
	close(o);
}
END_TEST

/* Regression for a leak seen in other judges: a descriptor of the
 * judge's own, opened without O_CLOEXEC, must not reach the program. */
START_TEST(valid_judge_fds_not_inherited)
{
	struct run_outcome out;
	int leaky = open("/dev/null", O_RDWR);

	ck_assert_int_ge(leaky, 0);
	run_simple(&out, "fds", NULL);
	close(leaky);
	ck_assert_int_eq(out.end, RUN_EXITED);
	ck_assert_int_eq(out.exit_code, 0);
}
END_TEST

static int count_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	int n = 0;

	ck_assert_ptr_nonnull(d);
	while (readdir(d))
		n++;
	closedir(d);
	return n;
}

START_TEST(valid_no_fd_leak_across_runs)
{
	int before = count_fds();

	for (int i = 0; i < 20; i++) {
		struct run_outcome out;

		/* A normal exit and a killed run, alternately. */
		run_simple(&out, i % 2 ? "exit" : "socket", "3");
	}
	ck_assert_int_eq(count_fds(), before);
}
END_TEST

START_TEST(valid_cpu_limit_is_precise)
{
	struct run_spec spec;
	struct run_outcome out;

	run_spec_init(&spec);
	spec.limits.cpu_ms = 100;
	run_child(&spec, &out, "spin", NULL);
	ck_assert_int_eq(out.limit, RUN_LIMIT_CPU);
	/* Not rounded up to a whole second, as RLIMIT_CPU would. */
	ck_assert_uint_ge(out.cpu_ms, 100);
	ck_assert_uint_le(out.cpu_ms, 150);
}
END_TEST

START_TEST(valid_wall_limit)
{
	struct run_spec spec;
	struct run_outcome out;

	run_spec_init(&spec);
	spec.limits.wall_ms = 150;
	run_child(&spec, &out, "sleep", NULL);
	ck_assert_int_eq(out.limit, RUN_LIMIT_WALL);
	ck_assert_uint_ge(out.wall_ms, 150);
	ck_assert_uint_le(out.wall_ms, 300);
	ck_assert_uint_le(out.cpu_ms, 20);
}
END_TEST

START_TEST(valid_output_limit)
{
	struct run_spec spec;
	struct run_outcome out;
	struct stat st;
	int o = temp_fd();

	run_spec_init(&spec);
	spec.limits.output_bytes = 100000;
	spec.stdout_fd = o;
	run_child(&spec, &out, "flood", NULL);
	ck_assert_int_eq(out.limit, RUN_LIMIT_OUTPUT);
	ck_assert_uint_gt(out.output_bytes, 100000);
	ck_assert_uint_le(out.output_bytes, 100000 + 2 * 65536);
	/* Exactly the limit reaches the destination, no more. */
	ck_assert_int_eq(fstat(o, &st), 0);
	ck_assert_int_eq(st.st_size, 100000);
	close(o);
}
END_TEST

START_TEST(valid_blocked_syscall_is_named)
{
	struct run_outcome out;

	run_simple(&out, "socket", NULL);
	ck_assert(out.blocked);
	ck_assert_str_eq(out.syscall, "socket");
	ck_assert_int_eq(out.limit, RUN_LIMIT_NONE);
}
END_TEST

START_TEST(valid_limit_names)
{
	ck_assert_ptr_null(run_limit_name(RUN_LIMIT_NONE));
	ck_assert_str_eq(run_limit_name(RUN_LIMIT_CPU), "cpu");
	ck_assert_str_eq(run_limit_name(RUN_LIMIT_FILE_SIZE), "file_size");
	ck_assert_str_eq(run_profile_name(RUN_PROFILE_JVM), "jvm");
}
END_TEST

START_TEST(invalid_program_not_found)
{
	static const char *const argv[] = { "/nonexistent/prog", NULL };
	struct run_spec spec;
	struct run_outcome out;
	char err[256];

	run_spec_init(&spec);
	spec.argv = argv;
	spec.scratch_dir = scratch;
	ck_assert_int_eq(runner_run(&spec, &out, err, sizeof(err)), -ENOENT);
	ck_assert_ptr_nonnull(strstr(err, "/nonexistent/prog"));
}
END_TEST

START_TEST(invalid_program_not_executable)
{
	char path[256], err[256];
	const char *argv[] = { path, NULL };
	struct run_spec spec;
	struct run_outcome out;
	int fd;

	snprintf(path, sizeof(path), "%s/data.txt", scratch);
	fd = open(path, O_WRONLY | O_CREAT, 0644);
	ck_assert_int_ge(fd, 0);
	close(fd);
	run_spec_init(&spec);
	spec.argv = argv;
	spec.scratch_dir = scratch;
	ck_assert_int_eq(runner_run(&spec, &out, err, sizeof(err)), -EACCES);
	ck_assert_ptr_nonnull(strstr(err, "cannot execute"));
}
END_TEST

/* Regression: the runner stopped reading once init and the pipes were
 * done, and an exec error still queued on the control socket was lost,
 * turning "cannot execute" into a run that exited 127. */
START_TEST(invalid_setup_error_never_lost)
{
	char path[256], err[256];
	const char *argv[] = { path, NULL };
	struct run_spec spec;
	struct run_outcome out;
	int fd;

	snprintf(path, sizeof(path), "%s/data.txt", scratch);
	fd = open(path, O_WRONLY | O_CREAT, 0644);
	ck_assert_int_ge(fd, 0);
	close(fd);
	run_spec_init(&spec);
	spec.argv = argv;
	spec.scratch_dir = scratch;
	for (int i = 0; i < 50; i++)
		ck_assert_int_eq(runner_run(&spec, &out, err, sizeof(err)),
				 -EACCES);
}
END_TEST

START_TEST(invalid_specs)
{
	static const char *const relative[] = { "true", NULL };
	struct run_spec spec;
	struct run_outcome out;
	char err[256];

	run_spec_init(&spec);
	spec.scratch_dir = scratch;
	ck_assert_int_eq(runner_run(&spec, &out, err, sizeof(err)), -EINVAL);
	spec.argv = relative;
	ck_assert_int_eq(runner_run(&spec, &out, err, sizeof(err)), -EINVAL);
	ck_assert_ptr_nonnull(strstr(err, "absolute"));
	spec.argv = (const char *const[]){ "/bin/true", NULL };
	spec.scratch_dir = NULL;
	ck_assert_int_eq(runner_run(&spec, &out, err, sizeof(err)), -EINVAL);
	spec.scratch_dir = scratch;
	spec.profile = RUN_PROFILE_COUNT;
	ck_assert_int_eq(runner_run(&spec, &out, err, sizeof(err)), -EINVAL);
}
END_TEST

static Suite *runner_suite(void)
{
	Suite *s = suite_create("runner");
	TCase *valid = tcase_create("valid");
	TCase *invalid = tcase_create("invalid");

	tcase_add_checked_fixture(valid, setup, teardown);
	tcase_add_checked_fixture(invalid, setup, teardown);
	tcase_set_timeout(valid, 60);
	tcase_add_test(valid, valid_exit_codes);
	tcase_add_test(valid, valid_signals);
	tcase_add_test(valid, valid_twice_in_a_row);
	tcase_add_test(valid, valid_runs_from_threaded_judge);
	tcase_add_test(valid, valid_streams);
	tcase_add_test(valid, valid_environment_and_cwd);
	tcase_add_test(valid, valid_identity);
	tcase_add_test(valid, valid_judge_fds_not_inherited);
	tcase_add_test(valid, valid_no_fd_leak_across_runs);
	tcase_add_test(valid, valid_cpu_limit_is_precise);
	tcase_add_test(valid, valid_wall_limit);
	tcase_add_test(valid, valid_output_limit);
	tcase_add_test(valid, valid_blocked_syscall_is_named);
	tcase_add_test(valid, valid_limit_names);
	tcase_add_test(invalid, invalid_program_not_found);
	tcase_add_test(invalid, invalid_program_not_executable);
	tcase_add_test(invalid, invalid_specs);
	tcase_add_test(invalid, invalid_setup_error_never_lost);
	suite_add_tcase(s, valid);
	suite_add_tcase(s, invalid);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(runner_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
