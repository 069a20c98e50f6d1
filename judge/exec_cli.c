/*
 * exec_cli.c: the command line of `judge exec`.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exec_cli.h"
#include "units.h"

const char exec_usage[] =
	"usage: judge exec [options] -- PROGRAM [ARGS...]\n"
	"\n"
	"Run one program in the sandbox and report how it ended.\n"
	"\n"
	"limits:\n"
	"  --cpu SECONDS       CPU time of all its processes (default 1; 250ms)\n"
	"  --wall SECONDS      wall-clock time (default 2 x cpu + 1)\n"
	"  --mem MIB           peak memory (default 256; or 1GiB)\n"
	"  --output BYTES      stdout plus stderr (default 64MiB)\n"
	"  --file-size BYTES   largest file it may write (default 64MiB)\n"
	"  --open-files N      descriptors per process (default 64)\n"
	"  --procs N           processes and threads (default 64)\n"
	"sandbox:\n"
	"  --profile NAME      native, python, jvm, node or compiler\n"
	"                      (default native)\n"
	"  --dir DIR           scratch directory: the working directory and the\n"
	"                      only writable place (default: a fresh one,\n"
	"                      removed afterwards; as root it is handed to\n"
	"                      uid 65534)\n"
	"  --allow-read PATH   also allow reading PATH (repeatable)\n"
	"  --env NAME=VALUE    set a variable (repeatable); the environment is\n"
	"                      otherwise PATH, HOME and TMPDIR (= DIR), LANG\n"
	"streams:\n"
	"  --stdin FILE        default /dev/null\n"
	"  --stdout FILE       default: judge's stdout (discarded with --json)\n"
	"  --stderr FILE       default: judge's stderr\n"
	"output:\n"
	"  --json              one JSON object on stdout (docs/exec.md)\n"
	"  -v, --verbose       describe the sandbox; twice: dump the filter\n"
	"  -h, --help          this text\n"
	"\n"
	"PROGRAM without a slash is looked up in /usr/local/bin:/usr/bin:/bin.\n"
	"\n"
	"status: OK, TLE, MLE, OLE, RE, SV (blocked syscall) or IE\n"
	"exit: 0 the program ran (whatever its status), 2 bad usage,\n"
	"      3 internal error (the sandbox could not run it)\n";

enum {
	OPT_CPU = 256, OPT_WALL, OPT_MEM, OPT_OUTPUT, OPT_FILE_SIZE,
	OPT_OPEN_FILES, OPT_PROCS, OPT_PROFILE, OPT_STDIN, OPT_STDOUT,
	OPT_STDERR, OPT_DIR, OPT_ALLOW_READ, OPT_ENV, OPT_JSON,
};

static const struct option long_options[] = {
	{ "cpu", required_argument, NULL, OPT_CPU },
	{ "wall", required_argument, NULL, OPT_WALL },
	{ "mem", required_argument, NULL, OPT_MEM },
	{ "output", required_argument, NULL, OPT_OUTPUT },
	{ "file-size", required_argument, NULL, OPT_FILE_SIZE },
	{ "open-files", required_argument, NULL, OPT_OPEN_FILES },
	{ "procs", required_argument, NULL, OPT_PROCS },
	{ "profile", required_argument, NULL, OPT_PROFILE },
	{ "stdin", required_argument, NULL, OPT_STDIN },
	{ "stdout", required_argument, NULL, OPT_STDOUT },
	{ "stderr", required_argument, NULL, OPT_STDERR },
	{ "dir", required_argument, NULL, OPT_DIR },
	{ "allow-read", required_argument, NULL, OPT_ALLOW_READ },
	{ "env", required_argument, NULL, OPT_ENV },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "verbose", no_argument, NULL, 'v' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

static int push(const char ***arr, size_t *count, const char *item)
{
	const char **grown = realloc(*arr, (*count + 1) * sizeof(**arr));

	if (!grown)
		return -ENOMEM;
	grown[(*count)++] = item;
	*arr = grown;
	return 0;
}

/* Parses one option's value into o; returns 0 or -EINVAL with err set. */
static int parse_value(int opt, const char *name, const char *arg,
		       struct exec_options *o, char *err, size_t err_len)
{
	size_t len = strlen(arg);
	const char *why = NULL;
	uint64_t v = 0;
	int rc = 0;

	switch (opt) {
	case OPT_CPU:
		rc = units_parse_duration_ms(arg, len, &v, &why);
		if (!rc && !v) {
			rc = -EINVAL;
			why = "must be more than zero";
		}
		o->limits.cpu_ms = v;
		break;
	case OPT_WALL:
		rc = units_parse_duration_ms(arg, len, &v, &why);
		if (!rc && !v) {
			rc = -EINVAL;
			why = "must be more than zero";
		}
		o->limits.wall_ms = v;
		break;
	case OPT_MEM:
		rc = units_parse_size(arg, len, 1ULL << 20, &v, &why);
		if (!rc && v < (1ULL << 20)) {
			rc = -EINVAL;
			why = "must be at least 1MiB";
		}
		o->limits.memory_kb = v / 1024;
		break;
	case OPT_OUTPUT:
		rc = units_parse_size(arg, len, 1, &v, &why);
		if (!rc && !v) {
			rc = -EINVAL;
			why = "must be more than zero";
		}
		o->limits.output_bytes = v;
		break;
	case OPT_FILE_SIZE:
		rc = units_parse_size(arg, len, 1, &v, &why);
		if (!rc && !v) {
			rc = -EINVAL;
			why = "must be more than zero";
		}
		o->limits.file_bytes = v;
		break;
	case OPT_OPEN_FILES:
		rc = units_parse_count(arg, len, 4096, &v, &why);
		o->limits.open_files = (uint32_t)v;
		break;
	case OPT_PROCS:
		rc = units_parse_count(arg, len, 65536, &v, &why);
		o->limits.processes = (uint32_t)v;
		break;
	case OPT_PROFILE:
		rc = run_profile_parse(arg, &o->profile);
		why = "expected native, python, jvm, node or compiler";
		break;
	default:
		break;
	}
	if (rc)
		snprintf(err, err_len, "invalid value '%s' for --%s: %s", arg,
			 name, why);
	return rc;
}

enum exec_parse_result exec_parse(int argc, char **argv,
				  struct exec_options *o, char *err,
				  size_t err_len)
{
	int opt, index;

	memset(o, 0, sizeof(*o));
	o->profile = RUN_PROFILE_NATIVE;
	opterr = 0;
	optind = 0; /* glibc: start afresh, so the parser can run twice */
	while ((opt = getopt_long(argc, argv, "+:hv", long_options,
				  &index)) != -1) {
		const char *name = opt >= 256 ? long_options[index].name : "";
		int rc = 0;

		switch (opt) {
		case 'h':
			return EXEC_PARSE_HELP;
		case 'v':
			o->verbose++;
			break;
		case OPT_STDIN:
			o->stdin_path = optarg;
			break;
		case OPT_STDOUT:
			o->stdout_path = optarg;
			break;
		case OPT_STDERR:
			o->stderr_path = optarg;
			break;
		case OPT_DIR:
			o->dir = optarg;
			break;
		case OPT_ALLOW_READ:
			rc = push(&o->allow_read, &o->allow_read_count,
				  optarg);
			break;
		case OPT_ENV:
			if (!strchr(optarg, '=') || optarg[0] == '=') {
				snprintf(err, err_len, "invalid value '%s' "
					 "for --env: expected NAME=VALUE",
					 optarg);
				return EXEC_PARSE_ERROR;
			}
			rc = push(&o->env, &o->env_count, optarg);
			break;
		case OPT_JSON:
			o->json = true;
			break;
		case '?':
			if (optopt)
				snprintf(err, err_len, "unknown option '-%c'",
					 optopt);
			else
				snprintf(err, err_len, "unknown option '%s'",
					 argv[optind - 1]);
			return EXEC_PARSE_ERROR;
		case ':':
			snprintf(err, err_len, "option '%s' needs a value",
				 argv[optind - 1]);
			return EXEC_PARSE_ERROR;
		default:
			if (parse_value(opt, name, optarg, o, err, err_len))
				return EXEC_PARSE_ERROR;
			break;
		}
		if (rc) {
			snprintf(err, err_len, "out of memory");
			return EXEC_PARSE_ERROR;
		}
	}
	if (optind >= argc) {
		snprintf(err, err_len, "no program given (judge exec [options] "
			 "-- PROGRAM [ARGS...])");
		return EXEC_PARSE_ERROR;
	}
	o->program_argv = argv + optind;
	o->program_argc = argc - optind;
	return EXEC_PARSE_OK;
}

void exec_options_release(struct exec_options *o)
{
	free(o->allow_read);
	free(o->env);
	o->allow_read = NULL;
	o->env = NULL;
	o->allow_read_count = o->env_count = 0;
}
