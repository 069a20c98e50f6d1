/*
 * doctor.c: `judge doctor`, what the sandbox can do on this machine.
 *
 * Lists each layer with what it stops here, then proves the sandbox works
 * by running a trivial program through it.
 */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "exitcode.h"
#include "json.h"
#include "judge/runner.h"
#include "lang.h"
#include "term.h"

static const char doctor_usage[] =
	"usage: judge doctor [--json]\n"
	"\n"
	"Show which sandbox layers are active on this machine and for this\n"
	"user, what is weaker without the missing ones, run a trivial\n"
	"program through the sandbox to prove it works, and list the\n"
	"languages whose toolchains are installed.\n"
	"\n"
	"exit: 0 every layer active, 1 the sandbox works with a layer\n"
	"      missing, 3 the sandbox cannot run programs here\n";

/* Runs /bin/true in the sandbox; returns 0 or -errno with err set. */
static int smoke_run(struct run_outcome *o, char *err, size_t err_len)
{
	static const char *const argv[] = { "/bin/true", NULL };
	char dir[] = "/tmp/judge-doctor-XXXXXX";
	struct run_spec spec;
	int rc;

	if (!mkdtemp(dir)) {
		snprintf(err, err_len, "cannot create a scratch directory");
		return -1;
	}
	run_spec_init(&spec);
	spec.argv = argv;
	spec.scratch_dir = dir;
	rc = runner_prepare_scratch(dir);
	if (!rc)
		rc = runner_run(&spec, o, err, err_len);
	rmdir(dir);
	if (!rc && (o->end != RUN_EXITED || o->exit_code != 0)) {
		snprintf(err, err_len, "/bin/true did not exit 0 in the "
			 "sandbox");
		rc = -1;
	}
	return rc;
}

int cmd_doctor(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct run_layer_status layers[RUN_LAYER_COUNT];
	struct run_outcome smoke;
	bool json = false, all = true, color = term_color(stdout);
	char err[512] = "", versions[32][128];
	int opt, rc, lang_rc[32] = { 0 };
	struct toolchains tc = { 0 };
	bool have_toolchains;
	struct diag d;

	opterr = 0;
	optind = 0;
	while ((opt = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		if (opt == 'j') {
			json = true;
		} else if (opt == 'h') {
			fputs(doctor_usage, stdout);
			return JUDGE_EXIT_OK;
		} else {
			fprintf(stderr, "judge: doctor: unknown option '%s'\n"
				"Try 'judge doctor --help'.\n",
				argv[optind - 1]);
			return JUDGE_EXIT_USAGE;
		}
	}
	runner_probe(layers);
	rc = smoke_run(&smoke, err, sizeof(err));
	have_toolchains = toolchains_load(&tc, &d) == 0;
	for (size_t i = 0; have_toolchains && i < tc.count && i < 32; i++)
		lang_rc[i] = toolchain_version(&tc.items[i], versions[i],
					       sizeof(versions[i]));
	for (int i = 0; i < RUN_LAYER_COUNT; i++)
		if (i != RUN_LAYER_UID_DROP && !layers[i].active)
			all = false;

	if (json) {
		struct json_writer w;

		json_init(&w, stdout);
		json_begin_object(&w, NULL);
		json_bool(&w, "root", geteuid() == 0);
		json_begin_object(&w, "layers");
		for (int i = 0; i < RUN_LAYER_COUNT; i++) {
			json_begin_object(&w, run_layer_name(i));
			json_bool(&w, "active", layers[i].active);
			json_string(&w, "detail", layers[i].detail);
			json_end_object(&w);
		}
		json_end_object(&w);
		json_begin_array(&w, "languages");
		for (size_t i = 0; have_toolchains && i < tc.count && i < 32;
		     i++) {
			json_begin_object(&w, NULL);
			json_string(&w, "id", tc.items[i].id);
			json_string(&w, "name", tc.items[i].name);
			json_bool(&w, "available", lang_rc[i] == 0);
			json_string(&w, lang_rc[i] ? "error" : "version",
				    versions[i]);
			json_end_object(&w);
		}
		json_end_array(&w);
		json_begin_object(&w, "smoke_run");
		json_bool(&w, "ok", rc == 0);
		if (rc)
			json_string(&w, "error", err);
		else
			json_uint(&w, "wall_us", smoke.wall_us);
		json_end_object(&w);
		json_end_object(&w);
	} else {
		printf("sandbox layers (%s):\n",
		       geteuid() == 0 ? "as root" : "as an ordinary user");
		for (int i = 0; i < RUN_LAYER_COUNT; i++) {
			const char *mark = layers[i].active ? "on " : "off";
			const char *col = !color ? ""
					  : layers[i].active ? "\033[32m"
							     : "\033[33m";

			printf("  %s%s%s  %-10s  %s\n", col, mark,
			       color ? TERM_RESET : "", run_layer_name(i),
			       layers[i].detail);
		}
		if (rc)
			printf("\nsandboxed run: FAILED: %s\n", err);
		else
			printf("\nsandboxed run: ok (/bin/true in %.2f ms)\n",
			       (double)smoke.wall_us / 1000);
		printf("\nlanguages:\n");
		if (!have_toolchains)
			diag_print(&d, stdout);
		for (size_t i = 0; have_toolchains && i < tc.count && i < 32;
		     i++)
			printf("  %s%s%s  %-11s %-22s %s\n",
			       !color ? "" : lang_rc[i] ? "\033[33m" : "\033[32m",
			       lang_rc[i] ? "off" : "on ",
			       color ? TERM_RESET : "", tc.items[i].id,
			       tc.items[i].name, versions[i]);
	}
	toolchains_release(&tc);
	if (rc)
		return JUDGE_EXIT_INTERNAL;
	return all ? JUDGE_EXIT_OK : JUDGE_EXIT_REJECTED;
}
