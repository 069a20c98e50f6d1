/*
 * exec_cli.h: the command line of `judge exec`, parsed apart from running
 * it so that tests can call the parser (as minijail0_cli does).
 */
#ifndef JUDGE_EXEC_CLI_H
#define JUDGE_EXEC_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "judge/runner.h"

struct exec_options {
	struct run_limits limits;
	enum run_profile profile;
	const char *stdin_path;
	const char *stdout_path;
	const char *stderr_path;
	const char *dir;
	/* Owned arrays of pointers into argv. */
	const char **allow_read;
	size_t allow_read_count;
	const char **env;
	size_t env_count;
	bool json;
	int verbose;
	/* The program and its arguments: a tail of argv, not owned. */
	char **program_argv;
	int program_argc;
};

enum exec_parse_result {
	EXEC_PARSE_OK = 0,
	EXEC_PARSE_HELP = 1,  /* --help was given */
	EXEC_PARSE_ERROR = -1, /* err holds the message */
};

/*
 * Parses argv (argv[0] is "exec").  On EXEC_PARSE_ERROR, err holds a
 * message naming the option; o must still be released.
 */
enum exec_parse_result exec_parse(int argc, char **argv,
				  struct exec_options *o, char *err,
				  size_t err_len);
void exec_options_release(struct exec_options *o);
extern const char exec_usage[];

#endif
