/*
 * lang.c: toolchains as data.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lang.h"
#include "paths.h"
#include "yamltree.h"

extern char **environ;

static void free_argv(char **v)
{
	for (size_t i = 0; v && v[i]; i++)
		free(v[i]);
	free(v);
}

static void harness_clear(struct harness_def *h)
{
	free(h->solution);
	free(h->prefix);
	free_argv(h->files);
	free(h->generate);
	free_argv(h->compile);
	free_argv(h->run);
}

static void toolchain_clear(struct toolchain *t)
{
	harness_clear(&t->harness);
	free(t->id);
	free(t->name);
	for (size_t i = 0; i < t->extension_count; i++)
		free(t->extensions[i]);
	free(t->extensions);
	free(t->source);
	free_argv(t->compile);
	free_argv(t->run);
	free_argv(t->version);
	memset(t, 0, sizeof(*t));
}

void toolchains_release(struct toolchains *tc)
{
	for (size_t i = 0; i < tc->count; i++)
		toolchain_clear(&tc->items[i]);
	free(tc->items);
	tc->items = NULL;
	tc->count = 0;
}

static int fail(struct diag *d, const char *file, const struct ynode *at,
		const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static int fail(struct diag *d, const char *file, const struct ynode *at,
		const char *fmt, ...)
{
	char msg[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	diag_set(d, file, at ? at->line : 0, at ? at->column : 0, "%s", msg);
	return -1;
}

/* A list of strings into a NULL-terminated argv. */
static int get_argv(const struct ynode *map, const char *key, bool required,
		    char ***out, const char *file, struct diag *d)
{
	const struct ynode *n = ynode_get(map, key);

	if (!n) {
		if (required)
			return fail(d, file, map, "toolchain lacks '%s'", key);
		return 0;
	}
	if (n->kind != YNODE_SEQUENCE || n->n == 0)
		return fail(d, file, n, "'%s' must be a non-empty list", key);
	*out = calloc(n->n + 1, sizeof(**out));
	if (!*out)
		return fail(d, file, n, "out of memory");
	for (size_t i = 0; i < n->n; i++) {
		if (n->items[i]->kind != YNODE_SCALAR)
			return fail(d, file, n->items[i],
				    "'%s' must hold strings", key);
		(*out)[i] = strdup(n->items[i]->text);
		if (!(*out)[i])
			return fail(d, file, n, "out of memory");
	}
	return 0;
}

static int get_text(const struct ynode *map, const char *key, char **out,
		    const char *file, struct diag *d)
{
	const struct ynode *n = ynode_get(map, key);

	if (!n)
		return fail(d, file, map, "toolchain lacks '%s'", key);
	if (n->kind != YNODE_SCALAR)
		return fail(d, file, n, "'%s' must be a string", key);
	*out = strdup(n->text);
	return *out ? 0 : fail(d, file, n, "out of memory");
}

static int parse_harness(struct harness_def *h, const struct ynode *n,
			 const char *file, struct diag *d)
{
	static const char *const keys[] = { "solution", "prefix", "files",
					    "generate", "compile", "run",
					    NULL };
	const struct ynode *v;

	if (n->kind != YNODE_MAPPING)
		return fail(d, file, n, "'harness' must be a mapping");
	for (size_t i = 0; i < n->n; i++) {
		const char *const *k = keys;

		while (*k && strcmp(*k, n->keys[i]->text))
			k++;
		if (!*k)
			return fail(d, file, n->keys[i],
				    "unknown harness key '%s'",
				    n->keys[i]->text);
	}
	if (get_text(n, "solution", &h->solution, file, d) ||
	    get_argv(n, "files", false, &h->files, file, d) ||
	    get_argv(n, "compile", false, &h->compile, file, d) ||
	    get_argv(n, "run", true, &h->run, file, d))
		return -1;
	if ((v = ynode_get(n, "prefix")) &&
	    get_text(n, "prefix", &h->prefix, file, d))
		return -1;
	if ((v = ynode_get(n, "generate"))) {
		if (get_text(n, "generate", &h->generate, file, d))
			return -1;
		if (strcmp(h->generate, "c") && strcmp(h->generate, "cpp"))
			return fail(d, file, v, "generate is c or cpp");
	}
	return 0;
}

static int parse_one(struct toolchain *t, const char *id,
		     const struct ynode *n, const char *file, struct diag *d)
{
	static const char *const keys[] = { "name", "extensions", "source",
					    "compile", "run", "version",
					    "profile", "harness", NULL };
	const struct ynode *ext, *profile;
	char **exts = NULL;

	if (n->kind != YNODE_MAPPING)
		return fail(d, file, n, "toolchain '%s' must be a mapping", id);
	for (size_t i = 0; i < n->n; i++) {
		const char *const *k = keys;

		while (*k && strcmp(*k, n->keys[i]->text))
			k++;
		if (!*k)
			return fail(d, file, n->keys[i],
				    "unknown toolchain key '%s'",
				    n->keys[i]->text);
	}
	t->id = strdup(id);
	if (!t->id || get_text(n, "name", &t->name, file, d) ||
	    get_text(n, "source", &t->source, file, d) ||
	    get_argv(n, "compile", false, &t->compile, file, d) ||
	    get_argv(n, "run", true, &t->run, file, d) ||
	    get_argv(n, "version", true, &t->version, file, d) ||
	    get_argv(n, "extensions", true, &exts, file, d))
		goto fail;
	t->extensions = exts;
	while (exts[t->extension_count])
		t->extension_count++;
	profile = ynode_get(n, "profile");
	if (!profile || profile->kind != YNODE_SCALAR ||
	    run_profile_parse(profile->text, &t->profile)) {
		fail(d, file, profile ? profile : n, "toolchain '%s' needs a "
		     "profile: native, python, jvm, node or compiler", id);
		goto fail;
	}
	ext = ynode_get(n, "harness");
	if (ext && parse_harness(&t->harness, ext, file, d))
		goto fail;
	return 0;
fail:
	if (!t->extensions)
		free_argv(exts);
	toolchain_clear(t);
	return -1;
}

int toolchains_parse(struct toolchains *tc, const char *buf, size_t len,
		     const char *file, struct diag *d)
{
	struct ynode *root;
	int rc = 0;

	if (ytree_parse(buf, len, file, &root, d))
		return -1;
	if (root->kind != YNODE_MAPPING) {
		fail(d, file, root, "a toolchain file is a mapping of "
		     "languages");
		ynode_free(root);
		return -1;
	}
	for (size_t i = 0; i < root->n && !rc; i++) {
		struct toolchain t = { 0 }, *slot;
		const char *id = root->keys[i]->text;

		rc = parse_one(&t, id, root->items[i], file, d);
		if (rc)
			break;
		slot = (struct toolchain *)toolchain_by_id(tc, id);
		if (slot) {
			toolchain_clear(slot);
		} else {
			struct toolchain *grown = realloc(
				tc->items, (tc->count + 1) * sizeof(*grown));

			if (!grown) {
				toolchain_clear(&t);
				rc = fail(d, file, NULL, "out of memory");
				break;
			}
			tc->items = grown;
			slot = &tc->items[tc->count++];
		}
		*slot = t;
	}
	ynode_free(root);
	return rc;
}

static int load_file(struct toolchains *tc, const char *path, bool required,
		     struct diag *d)
{
	FILE *f = fopen(path, "re");
	char *buf;
	size_t len;
	int rc;

	if (!f) {
		if (!required && errno == ENOENT)
			return 0;
		diag_set(d, path, 0, 0, "cannot open: %s", strerror(errno));
		return -1;
	}
	buf = malloc(1 << 20);
	len = buf ? fread(buf, 1, 1 << 20, f) : 0;
	fclose(f);
	if (!buf)
		return fail(d, path, NULL, "out of memory");
	rc = toolchains_parse(tc, buf, len, path, d);
	free(buf);
	return rc;
}

int toolchains_load(struct toolchains *tc, struct diag *d)
{
	char shipped[PATH_MAX], user[PATH_MAX];

	memset(tc, 0, sizeof(*tc));
	snprintf(shipped, sizeof(shipped), "%s/judge/toolchains.yaml",
		 paths_data_dir());
	if (access(shipped, R_OK))
		snprintf(shipped, sizeof(shipped), "%s/toolchains.yaml",
			 paths_data_dir());
	if (load_file(tc, shipped, true, d))
		goto fail;
	if (paths_config_file("toolchains.yaml", user, sizeof(user)) == 0 &&
	    load_file(tc, user, false, d))
		goto fail;
	return 0;
fail:
	toolchains_release(tc);
	return -1;
}

const struct toolchain *toolchain_by_id(const struct toolchains *tc,
					const char *id)
{
	for (size_t i = 0; i < tc->count; i++)
		if (!strcmp(tc->items[i].id, id))
			return &tc->items[i];
	return NULL;
}

const struct toolchain *toolchain_for_file(const struct toolchains *tc,
					   const char *path)
{
	const char *dot = strrchr(path, '.');

	if (!dot || strchr(dot, '/'))
		return NULL;
	for (size_t i = 0; i < tc->count; i++)
		for (size_t j = 0; j < tc->items[i].extension_count; j++)
			if (!strcmp(tc->items[i].extensions[j], dot))
				return &tc->items[i];
	return NULL;
}

int toolchain_resolve(const char *name, char *out, size_t len)
{
	char dirs[] = TOOLCHAIN_PATH, *save = NULL;

	if (strchr(name, '/')) {
		if ((size_t)snprintf(out, len, "%s", name) >= len)
			return -ENAMETOOLONG;
		return access(out, X_OK) ? -errno : 0;
	}
	for (char *dir = strtok_r(dirs, ":", &save); dir;
	     dir = strtok_r(NULL, ":", &save)) {
		if ((size_t)snprintf(out, len, "%s/%s", dir, name) >= len)
			continue;
		if (access(out, X_OK) == 0)
			return 0;
	}
	return -ENOENT;
}

/* Versions are asked once per process; the tools do not change under us. */
static pthread_mutex_t version_lock = PTHREAD_MUTEX_INITIALIZER;
static struct version_memo {
	const struct toolchain *t;
	int rc;
	char text[128];
} version_memo[16];

/* Runs the toolchain's own version command (a trusted system tool with
 * fixed arguments, so outside the sandbox) and keeps its first line. */
static int ask_version(const struct toolchain *t, char *out, size_t len)
{
	char exe[PATH_MAX], buf[512] = "";
	posix_spawn_file_actions_t fa;
	int pipefd[2], status, rc;
	pid_t pid;
	ssize_t n, got = 0;

	rc = toolchain_resolve(t->version[0], exe, sizeof(exe));
	if (rc) {
		snprintf(out, len, "'%s' not found in %s", t->version[0],
			 TOOLCHAIN_PATH);
		return rc;
	}
	if (pipe2(pipefd, O_CLOEXEC))
		return -errno;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, pipefd[1], 1);
	posix_spawn_file_actions_adddup2(&fa, pipefd[1], 2);
	rc = posix_spawn(&pid, exe, &fa, NULL, t->version, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(pipefd[1]);
	if (rc) {
		close(pipefd[0]);
		snprintf(out, len, "cannot run '%s': %s", exe, strerror(rc));
		return -rc;
	}
	while (got < (ssize_t)sizeof(buf) - 1 &&
	       (n = read(pipefd[0], buf + got, sizeof(buf) - 1 - (size_t)got)) > 0)
		got += n;
	close(pipefd[0]);
	buf[got] = '\0';
	waitpid(pid, &status, 0);
	buf[strcspn(buf, "\n")] = '\0';
	if (!WIFEXITED(status) || WEXITSTATUS(status) || !buf[0]) {
		snprintf(out, len, "'%s' did not report a version", exe);
		return -EIO;
	}
	snprintf(out, len, "%s", buf);
	return 0;
}

int toolchain_version(const struct toolchain *t, char *out, size_t len)
{
	int rc;

	pthread_mutex_lock(&version_lock);
	for (size_t i = 0; i < sizeof(version_memo) / sizeof(*version_memo);
	     i++) {
		struct version_memo *m = &version_memo[i];

		if (m->t == t) {
			snprintf(out, len, "%s", m->text);
			rc = m->rc;
			goto out;
		}
		if (!m->t) {
			m->t = t;
			m->rc = ask_version(t, m->text, sizeof(m->text));
			snprintf(out, len, "%s", m->text);
			rc = m->rc;
			goto out;
		}
	}
	rc = ask_version(t, out, len);
out:
	pthread_mutex_unlock(&version_lock);
	return rc;
}
