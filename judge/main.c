/*
 * main.c: judge's entry point; dispatches to judge/cmd/<name>.c.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "cmd/cmd.h"
#include "exitcode.h"

#ifndef JUDGE_VERSION
#define JUDGE_VERSION "unknown"
#endif

struct command {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;
};

static int cmd_help(int argc, char **argv);

static const struct command commands[] = {
	{ "run", cmd_run, "judge a solution against a problem" },
	{ "list", cmd_list, "list the problems" },
	{ "show", cmd_show, "show a problem's statement and samples" },
	{ "start", cmd_start, "write a starter file for a problem" },
	{ "validate", cmd_validate, "check problems and their solutions" },
	{ "exec", cmd_exec, "run one program in the sandbox" },
	{ "doctor", cmd_doctor, "show what the sandbox can do here" },
	{ "help", cmd_help, "show help for judge or a command" },
};

#define N_COMMANDS (sizeof(commands) / sizeof(*commands))

static void usage(FILE *f)
{
	fputs("usage: judge [--version] [--help] COMMAND [ARGS...]\n"
	      "\n"
	      "A local, offline coding judge with a real sandbox.\n"
	      "\n"
	      "commands:\n", f);
	for (size_t i = 0; i < N_COMMANDS; i++)
		fprintf(f, "  %-8s  %s\n", commands[i].name,
			commands[i].summary);
	fputs("\n"
	      "'judge COMMAND --help' shows a command's options.\n"
	      "\n"
	      "exit status:\n"
	      "  0  success (the run was accepted, or the command did its job)\n"
	      "  1  judged and not accepted (doctor: a sandbox layer is missing)\n"
	      "  2  bad usage, or a bad problem or input file\n"
	      "  3  internal error: the judge or its sandbox failed\n", f);
}

static const struct command *find_command(const char *name)
{
	for (size_t i = 0; i < N_COMMANDS; i++)
		if (!strcmp(commands[i].name, name))
			return &commands[i];
	return NULL;
}

static int cmd_help(int argc, char **argv)
{
	const struct command *cmd;
	static char help_flag[] = "--help";
	char *help_argv[] = { NULL, help_flag, NULL };

	if (argc < 2) {
		usage(stdout);
		return JUDGE_EXIT_OK;
	}
	cmd = find_command(argv[1]);
	if (!cmd || cmd->fn == cmd_help) {
		if (!cmd) {
			fprintf(stderr, "judge: help: unknown command '%s'\n",
				argv[1]);
			return JUDGE_EXIT_USAGE;
		}
		usage(stdout);
		return JUDGE_EXIT_OK;
	}
	help_argv[0] = argv[1];
	return cmd->fn(2, help_argv);
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "version", no_argument, NULL, 'V' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const struct command *cmd;
	int opt, rc;

	/* A closed reader of our output must not kill us mid-run: the
	 * sandbox would be left to the kernel to clean up. */
	signal(SIGPIPE, SIG_IGN);
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "+hV", opts, NULL)) != -1) {
		switch (opt) {
		case 'V':
			printf("judge %s\n", JUDGE_VERSION);
			return JUDGE_EXIT_OK;
		case 'h':
			usage(stdout);
			return JUDGE_EXIT_OK;
		default:
			fprintf(stderr, "judge: unknown option '%s'\n",
				argv[optind - 1]);
			usage(stderr);
			return JUDGE_EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		usage(stderr);
		return JUDGE_EXIT_USAGE;
	}
	cmd = find_command(argv[optind]);
	if (!cmd) {
		fprintf(stderr, "judge: '%s' is not a judge command; see "
			"'judge --help'\n", argv[optind]);
		return JUDGE_EXIT_USAGE;
	}
	rc = cmd->fn(argc - optind, argv + optind);
	if (fclose(stdout) && rc == JUDGE_EXIT_OK) {
		fprintf(stderr, "judge: writing output: %s\n", strerror(errno));
		return JUDGE_EXIT_INTERNAL;
	}
	return rc;
}
