/*
 * harness.c: the build side of function and design problems.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fsutil.h"
#include "harness.h"
#include "harness_gen.h"
#include "paths.h"

static void put_types(FILE *f, const struct param *params, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fprintf(f, " %s", params[i].type);
}

static char *block(const struct problem *p, bool names);

char *harness_signature_block(const struct problem *p)
{
	return block(p, false);
}

char *harness_signature_block_named(const struct problem *p)
{
	return block(p, true);
}

static void put_names(FILE *f, const char *what, const struct param *params,
		      size_t n)
{
	if (!n)
		return;
	fprintf(f, "names %s", what);
	for (size_t i = 0; i < n; i++)
		fprintf(f, " %s", params[i].name);
	fputc('\n', f);
}

static char *block(const struct problem *p, bool names)
{
	const struct signature *sig = &p->signature;
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	if (!f)
		return NULL;
	if (p->kind == PROBLEM_DESIGN) {
		fprintf(f, "design %s\nconstructor", sig->name);
		put_types(f, sig->params, sig->param_count);
		fputc('\n', f);
		for (size_t i = 0; i < sig->method_count; i++) {
			const struct method *m = &sig->methods[i];

			fprintf(f, "method %s %s", m->name, m->returns);
			put_types(f, m->params, m->param_count);
			fputc('\n', f);
		}
		if (names) {
			put_names(f, "constructor", sig->params,
				  sig->param_count);
			for (size_t i = 0; i < sig->method_count; i++)
				put_names(f, sig->methods[i].name,
					  sig->methods[i].params,
					  sig->methods[i].param_count);
		}
	} else {
		fprintf(f, "function %s\n", sig->name);
		for (size_t i = 0; i < sig->param_count; i++)
			fprintf(f, "param %s %s\n", sig->params[i].name,
				sig->params[i].type);
		fprintf(f, "returns %s\n", sig->returns);
		if (sig->output)
			fprintf(f, "output %s\n", sig->output);
		if (sig->length_from_return)
			fprintf(f, "length-from-return\n");
	}
	fprintf(f, "end\n");
	if (fclose(f)) {
		free(text);
		return NULL;
	}
	return text;
}

static int add_file(struct harness_files *hf, const char *name, char *text)
{
	if (hf->count == sizeof(hf->names) / sizeof(*hf->names)) {
		free(text);
		return -ENOSPC;
	}
	hf->names[hf->count] = strdup(name);
	hf->texts[hf->count] = text;
	if (!hf->names[hf->count]) {
		free(text);
		return -ENOMEM;
	}
	hf->count++;
	return 0;
}

/* The C or C++ main, generated from the signature. */
static int generate_main(const struct problem *p, bool cpp,
			 struct harness_files *hf, struct diag *d)
{
	char *block = harness_signature_block(p), *text = NULL, err[256];
	size_t len = 0;
	FILE *f;
	int rc;

	if (!block)
		return -ENOMEM;
	f = open_memstream(&text, &len);
	if (!f) {
		free(block);
		return -ENOMEM;
	}
	rc = harness_generate(block, cpp, f, err, sizeof(err));
	free(block);
	if (fclose(f))
		rc = -1;
	if (rc) {
		free(text);
		diag_set(d, p->yaml_path, 0, 0, "cannot generate the %s "
			 "driver: %s", cpp ? "C++" : "C", err);
		return -1;
	}
	return add_file(hf, cpp ? "main.cpp" : "main.c", text);
}

/* Whether the signature uses LeetCode's graph Node anywhere. */
static bool uses_graph_node(const struct problem *p)
{
	const struct signature *sig = &p->signature;

	if (sig->returns && !strcmp(sig->returns, "Node"))
		return true;
	for (size_t i = 0; i < sig->param_count; i++)
		if (!strcmp(sig->params[i].type, "Node"))
			return true;
	for (size_t i = 0; i < sig->method_count; i++) {
		const struct method *m = &sig->methods[i];

		if (m->returns && !strcmp(m->returns, "Node"))
			return true;
		for (size_t k = 0; k < m->param_count; k++)
			if (!strcmp(m->params[k].type, "Node"))
				return true;
	}
	return false;
}

/*
 * Java has no per-build prelude: LeetCode's Node (judge/harness/java/
 * Node.java.txt) is appended to the solution's file when the signature
 * uses it, and only then, since other solutions declare a Node of their
 * own.  The driver uses it by reflection.
 */
static int graph_suffix(const struct problem *p, const struct toolchain *t,
			struct harness_files *hf, struct diag *d)
{
	char path[PATH_MAX];
	size_t len;
	int rc;

	if (strcmp(t->id, "java") || !uses_graph_node(p))
		return 0;
	rc = fs_path(path, sizeof(path), "%s/judge/harness/java/Node.java.txt",
		     paths_data_dir());
	if (!rc && access(path, R_OK))
		rc = fs_path(path, sizeof(path), "%s/harness/java/Node.java.txt",
			     paths_data_dir());
	if (!rc)
		rc = fs_read_file(path, 1u << 20, &hf->suffix, &len);
	if (rc) {
		diag_set(d, path, 0, 0, "cannot read the %s driver: %s",
			 t->name, strerror(-rc));
		return -1;
	}
	return 0;
}

int harness_prepare(const struct problem *p, const struct toolchain *t,
		    struct harness_files *hf, struct build_extra *x,
		    struct diag *d)
{
	const struct harness_def *h = &t->harness;

	memset(hf, 0, sizeof(*hf));
	memset(x, 0, sizeof(*x));
	if (!h->run) {
		diag_set(d, NULL, 0, 0, "%s has no driver for %s problems",
			 t->name, p->kind == PROBLEM_DESIGN ? "design"
							    : "function");
		diag_hint(d, "docs/function-problems.md lists the languages");
		return -1;
	}
	snprintf(hf->klass, sizeof(hf->klass), "%s",
		 p->kind == PROBLEM_DESIGN ? p->signature.name : "Solution");
	for (size_t i = 0; h->files && h->files[i]; i++) {
		char path[PATH_MAX], *text;
		const char *base = strrchr(h->files[i], '/');
		size_t len;
		/* In the source tree, or installed without the judge/. */
		int rc = fs_path(path, sizeof(path), "%s/judge/harness/%s",
				 paths_data_dir(), h->files[i]);

		if (!rc && access(path, R_OK))
			rc = fs_path(path, sizeof(path), "%s/harness/%s",
				     paths_data_dir(), h->files[i]);

		if (!rc)
			rc = fs_read_file(path, 1u << 20, &text, &len);
		if (!rc)
			rc = add_file(hf, base ? base + 1 : h->files[i], text);
		if (rc) {
			diag_set(d, path, 0, 0, "cannot read the %s driver: %s",
				 t->name, strerror(-rc));
			harness_files_release(hf);
			return -1;
		}
	}
	if (h->generate &&
	    generate_main(p, !strcmp(h->generate, "cpp"), hf, d)) {
		harness_files_release(hf);
		return -1;
	}
	if (graph_suffix(p, t, hf, d)) {
		harness_files_release(hf);
		return -1;
	}
	x->solution_name = h->solution;
	x->prefix = h->prefix;
	x->suffix = hf->suffix;
	x->klass = hf->klass;
	x->file_names = (const char *const *)hf->names;
	x->file_texts = (const char *const *)hf->texts;
	x->file_count = hf->count;
	x->compile = h->compile;
	x->run = h->run;
	return 0;
}

void harness_files_release(struct harness_files *hf)
{
	for (size_t i = 0; i < hf->count; i++) {
		free(hf->names[i]);
		free(hf->texts[i]);
	}
	hf->count = 0;
	free(hf->suffix);
	hf->suffix = NULL;
}
