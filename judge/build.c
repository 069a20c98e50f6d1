/*
 * build.c: compiling a source in the sandbox, with a content-addressed
 * cache.
 *
 * The cache key is the SHA-256 of everything that affects the result:
 * the toolchain's id, its version line, the compile command, the name the
 * source gets and the source's bytes.  A hit skips the compiler.  Entries
 * live in $XDG_CACHE_HOME/judge/builds/<key>/, are replaced atomically by
 * rename(), and the oldest are removed past BUILD_CACHE_ENTRIES or
 * BUILD_CACHE_BYTES, so the cache never grows without bound.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "build.h"
#include "fsutil.h"
#include "paths.h"
#include "sha256.h"

#define BUILD_CACHE_ENTRIES 256
#define BUILD_CACHE_BYTES (1ULL << 30)
#define LOG_MAX_LINES 40
#define LOG_MAX_BYTES 8192
#define SOURCE_MAX (4u << 20)

/* The public class of a Java source, which javac wants as its file name;
 * "Main" when there is none. */
static void java_class(const char *src, char *out, size_t len)
{
	const char *p = src;

	snprintf(out, len, "Main");
	while ((p = strstr(p, "class ")) != NULL) {
		const char *start = p;
		const char *q = p + 6;
		size_t n = 0;

		p += 6;
		/* "public" must come first on the declaration. */
		while (start > src && start[-1] != '\n' && start[-1] != ';' &&
		       start[-1] != '}')
			start--;
		if (!strstr(start, "public") || strstr(start, "public") >= q)
			continue;
		while (*q == ' ')
			q++;
		while (isalnum((unsigned char)q[n]) || q[n] == '_' ||
		       q[n] == '$')
			n++;
		if (n && n < len) {
			snprintf(out, len, "%.*s", (int)n, q);
			return;
		}
	}
}

/* Replaces {name} placeholders in one template word. */
static char *expand(const char *word, const struct build_vars *v)
{
	char out[PATH_MAX * 2];
	size_t o = 0;

	for (const char *p = word; *p && o < sizeof(out) - 1;) {
		const char *val = NULL;
		size_t skip = 0;

		if (!strncmp(p, "{src}", 5)) {
			val = v->src;
			skip = 5;
		} else if (!strncmp(p, "{exe}", 5)) {
			val = v->exe;
			skip = 5;
		} else if (!strncmp(p, "{dir}", 5)) {
			val = v->dir;
			skip = 5;
		} else if (!strncmp(p, "{class}", 7)) {
			val = v->klass;
			skip = 7;
		} else if (!strncmp(p, "{mem_mib}", 9)) {
			val = v->mem_mib;
			skip = 9;
		}
		if (val) {
			o += (size_t)snprintf(out + o, sizeof(out) - o, "%s",
					      val);
			if (o >= sizeof(out))
				o = sizeof(out) - 1;
			p += skip;
		} else {
			out[o++] = *p++;
		}
	}
	out[o] = '\0';
	return strdup(out);
}

void build_argv_free(char **argv)
{
	for (size_t i = 0; argv && argv[i]; i++)
		free(argv[i]);
	free(argv);
}

int build_expand(char *const *tmpl, const struct build_vars *v, char ***out)
{
	size_t n = 0;
	char **argv;

	while (tmpl[n])
		n++;
	argv = calloc(n + 1, sizeof(*argv));
	if (!argv)
		return -ENOMEM;
	for (size_t i = 0; i < n; i++) {
		argv[i] = expand(tmpl[i], v);
		if (!argv[i]) {
			build_argv_free(argv);
			return -ENOMEM;
		}
	}
	/* The program itself through the sandbox's PATH. */
	if (argv[0][0] != '/') {
		char exe[PATH_MAX];
		int rc = toolchain_resolve(argv[0], exe, sizeof(exe));

		if (rc) {
			build_argv_free(argv);
			return rc;
		}
		free(argv[0]);
		argv[0] = strdup(exe);
		if (!argv[0]) {
			build_argv_free(argv);
			return -ENOMEM;
		}
	}
	*out = argv;
	return 0;
}

/* Keeps what a person reads of a compiler's output: the first lines. */
static void trim_log(struct build *b, char *text, size_t len)
{
	size_t lines = 0, cut = 0;

	while (cut < len && cut < LOG_MAX_BYTES) {
		if (text[cut++] == '\n' && ++lines == LOG_MAX_LINES)
			break;
	}
	if (cut < len) {
		size_t rest = 0;

		for (size_t i = cut; i < len; i++)
			rest += text[i] == '\n';
		text[cut] = '\0';
		if (asprintf(&b->log, "%s... (%zu more lines)\n", text,
			     rest ? rest : 1) < 0)
			b->log = NULL;
		free(text);
	} else {
		b->log = text;
	}
}

static int cache_root(char *out, size_t len)
{
	char base[PATH_MAX];
	int rc = paths_cache_dir(base, sizeof(base));

	if (rc)
		return rc;
	if ((size_t)snprintf(out, len, "%s/builds", base) >= len)
		return -ENAMETOOLONG;
	if (mkdir(out, 0700) && errno != EEXIST)
		return -errno;
	return 0;
}

struct entry {
	char name[80];
	time_t mtime;
	uint64_t bytes;
};

static int by_age(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;

	return (x->mtime > y->mtime) - (x->mtime < y->mtime);
}

static uint64_t dir_bytes(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	uint64_t total = 0;

	if (!d)
		return 0;
	while ((de = readdir(d))) {
		char path[PATH_MAX];
		struct stat st;

		if (de->d_name[0] != '.' &&
		    !fs_path(path, sizeof(path), "%s/%s", dir, de->d_name) &&
		    !lstat(path, &st))
			total += (uint64_t)st.st_size;
	}
	closedir(d);
	return total;
}

/* Removes the least recently used entries beyond the cache's bounds. */
static void prune(const char *root)
{
	struct entry *list = NULL;
	size_t count = 0, cap = 0;
	uint64_t total = 0;
	struct dirent *de;
	DIR *d = opendir(root);

	if (!d)
		return;
	while ((de = readdir(d))) {
		char path[PATH_MAX];
		struct stat st;

		if (de->d_name[0] == '.' || strlen(de->d_name) != 64)
			continue;
		if (fs_path(path, sizeof(path), "%s/%s", root, de->d_name) ||
		    stat(path, &st))
			continue;
		if (count == cap) {
			struct entry *grown;

			cap = cap ? cap * 2 : 64;
			grown = realloc(list, cap * sizeof(*list));
			if (!grown)
				break;
			list = grown;
		}
		/* 64 hex digits and the NUL, checked above. */
		memcpy(list[count].name, de->d_name, 65);
		list[count].mtime = st.st_mtime;
		list[count].bytes = dir_bytes(path);
		total += list[count].bytes;
		count++;
	}
	closedir(d);
	qsort(list, count, sizeof(*list), by_age);
	for (size_t i = 0; i < count && (count - i > BUILD_CACHE_ENTRIES ||
					 total > BUILD_CACHE_BYTES);
	     i++) {
		char path[PATH_MAX];

		if (!fs_path(path, sizeof(path), "%s/%s", root, list[i].name))
			fs_remove_tree(path);
		total -= list[i].bytes;
	}
	free(list);
}

static void hash_words(struct sha256 *h, char *const *words)
{
	for (size_t i = 0; words && words[i]; i++)
		sha256_update(h, words[i], strlen(words[i]) + 1);
	sha256_update(h, "\n", 1);
}

static void hash_key(const struct toolchain *t, const struct build *b,
		     char *const *compile, const struct build_extra *x,
		     const char *src, size_t src_len, char key[65])
{
	struct sha256 h;

	sha256_init(&h);
	sha256_update(&h, t->id, strlen(t->id) + 1);
	sha256_update(&h, b->version, strlen(b->version) + 1);
	hash_words(&h, compile);
	sha256_update(&h, b->source_name, strlen(b->source_name) + 1);
	sha256_update(&h, src, src_len);
	for (size_t i = 0; x && i < x->file_count; i++) {
		sha256_update(&h, x->file_names[i],
			      strlen(x->file_names[i]) + 1);
		sha256_update(&h, x->file_texts[i],
			      strlen(x->file_texts[i]) + 1);
	}
	if (x && x->prefix)
		sha256_update(&h, x->prefix, strlen(x->prefix) + 1);
	if (x && x->suffix) {
		sha256_update(&h, "suffix", 7);
		sha256_update(&h, x->suffix, strlen(x->suffix) + 1);
	}
	sha256_hex(&h, key);
}

/* Runs the compile command in dir under the compiler profile. */
static int compile_in(struct build *b, const struct toolchain *t,
		      char *const *compile, const char *dir, struct diag *d)
{
	struct build_vars v = { .src = b->source_name, .exe = "main",
				.dir = ".", .klass = b->klass,
				.mem_mib = "1024" };
	struct run_outcome o;
	struct run_spec spec;
	char **argv = NULL, err[512], *text = NULL;
	size_t len = 0;
	int logfd, rc;

	rc = build_expand(compile, &v, &argv);
	if (rc) {
		diag_set(d, NULL, 0, 0, "cannot run the %s compiler '%s': %s",
			 t->name, compile[0], strerror(-rc));
		diag_hint(d, "install it, or see 'judge doctor'");
		return -1;
	}
	logfd = memfd_create("compile-log", MFD_CLOEXEC);
	if (logfd < 0) {
		build_argv_free(argv);
		diag_set(d, NULL, 0, 0, "memfd: %s", strerror(errno));
		return -1;
	}
	run_spec_init(&spec);
	spec.argv = (const char *const *)argv;
	spec.envp = build_env(dir);
	spec.scratch_dir = dir;
	spec.stdout_fd = logfd;
	spec.stderr_fd = logfd;
	spec.profile = RUN_PROFILE_COMPILER;
	spec.limits.cpu_ms = 30000;
	spec.limits.wall_ms = 60000;
	spec.limits.memory_kb = 1024 * 1024;
	spec.limits.output_bytes = 1u << 20;
	spec.limits.file_bytes = 256u << 20;
	spec.limits.processes = 64;
	rc = runner_run(&spec, &o, err, sizeof(err));
	build_argv_free(argv);
	if (rc) {
		close(logfd);
		diag_set(d, NULL, 0, 0, "the %s compiler could not run: %s",
			 t->name, err);
		return -1;
	}
	b->ms = o.wall_ms;
	fs_read_fd(logfd, 1u << 20, &text, &len, NULL);
	close(logfd);
	if (text)
		trim_log(b, text, len);
	b->ok = !o.blocked && o.limit == RUN_LIMIT_NONE &&
		o.end == RUN_EXITED && o.exit_code == 0;
	if (o.blocked)
		b->stopped = "the compiler made a forbidden system call";
	else if (o.limit == RUN_LIMIT_CPU || o.limit == RUN_LIMIT_WALL)
		b->stopped = "compilation took too long (30 s)";
	else if (o.limit == RUN_LIMIT_MEMORY)
		b->stopped = "compilation needed too much memory (1 GiB)";
	else if (o.limit == RUN_LIMIT_OUTPUT || o.limit == RUN_LIMIT_FILE_SIZE)
		b->stopped = "compilation produced too much output";
	return 0;
}

const char *const *build_env(const char *dir)
{
	static __thread char home[PATH_MAX + 8], tmp[PATH_MAX + 8];
	static __thread const char *env[6];

	snprintf(home, sizeof(home), "HOME=%s", dir);
	snprintf(tmp, sizeof(tmp), "TMPDIR=%s", dir);
	env[0] = "PATH=" TOOLCHAIN_PATH;
	env[1] = home;
	env[2] = tmp;
	env[3] = "LANG=C.UTF-8";
	env[4] = NULL;
	return env;
}

/* Moves a finished build into the cache under its key. */
static void store(const char *dir, const char *root, const char *key)
{
	char tmp[PATH_MAX], final[PATH_MAX];

	if (fs_path(tmp, sizeof(tmp), "%s/.new-%s-%d", root, key, getpid()) ||
	    fs_path(final, sizeof(final), "%s/%s", root, key) ||
	    mkdir(tmp, 0755))
		return;
	if (fs_copy_flat(dir, tmp) || rename(tmp, final))
		fs_remove_tree(tmp); /* another judge stored it first */
	prune(root);
}

/* Writes the extra files, and the solution with its prefix and suffix,
 * into dir. */
static int write_sources(const char *dir, const struct build *b,
			 const struct build_extra *x, const char *src,
			 size_t src_len)
{
	char path[PATH_MAX];
	int rc;

	for (size_t i = 0; x && i < x->file_count; i++) {
		rc = fs_path(path, sizeof(path), "%s/%s", dir,
			     x->file_names[i]);
		if (!rc)
			rc = fs_write_file(path, x->file_texts[i],
					   strlen(x->file_texts[i]));
		if (rc)
			return rc;
	}
	rc = fs_path(path, sizeof(path), "%s/%s", dir, b->source_name);
	if (rc)
		return rc;
	if (x && (x->prefix || x->suffix)) {
		size_t plen = x->prefix ? strlen(x->prefix) : 0;
		size_t slen = x->suffix ? strlen(x->suffix) : 0;
		char *joined = malloc(plen + src_len + 1 + slen + 1);
		size_t n = 0;

		if (!joined)
			return -ENOMEM;
		memcpy(joined, x->prefix ? x->prefix : "", plen);
		n += plen;
		memcpy(joined + n, src, src_len);
		n += src_len;
		if (slen) {
			/* The solution's last line may have no newline. */
			if (src_len && src[src_len - 1] != '\n')
				joined[n++] = '\n';
			memcpy(joined + n, x->suffix, slen);
			n += slen;
		}
		rc = fs_write_file(path, joined, n);
		free(joined);
		return rc;
	}
	return fs_write_file(path, src, src_len);
}

int build_source(struct box *box, const struct toolchain *t,
		 const char *src_path, const struct build_extra *extra,
		 struct build *b, struct diag *d)
{
	char *const *compile = extra ? extra->compile : t->compile;
	char root[PATH_MAX], dir[PATH_MAX], *src = NULL;
	struct build_vars v = { 0 };
	bool have_cache;
	size_t src_len;
	int rc;

	memset(b, 0, sizeof(*b));
	b->tc = t;
	rc = fs_read_file(src_path, SOURCE_MAX, &src, &src_len);
	if (rc) {
		diag_set(d, src_path, 0, 0, "%s", rc == -EFBIG
			 ? "source file is larger than 4 MiB"
			 : strerror(-rc));
		return -1;
	}
	if (toolchain_version(t, b->version, sizeof(b->version))) {
		diag_set(d, src_path, 0, 0, "%s is not available here: %s",
			 t->name, b->version);
		diag_hint(d, "'judge doctor' lists the languages that work");
		free(src);
		return -1;
	}
	b->run_template = extra ? extra->run : t->run;
	if (extra && extra->klass)
		snprintf(b->klass, sizeof(b->klass), "%s", extra->klass);
	else if (!strcmp(t->id, "java"))
		java_class(src, b->klass, sizeof(b->klass));
	else
		snprintf(b->klass, sizeof(b->klass), "Main");
	v.klass = b->klass;
	{
		char *name = expand(extra ? extra->solution_name : t->source,
				    &v);

		snprintf(b->source_name, sizeof(b->source_name), "%s",
			 name ? name : "main");
		free(name);
	}
	hash_key(t, b, compile, extra, src, src_len, b->key);

	have_cache = cache_root(root, sizeof(root)) == 0;
	if (have_cache && !fs_path(b->cache_dir, sizeof(b->cache_dir),
				   "%s/%s", root, b->key)) {
		if (access(b->cache_dir, F_OK) == 0) {
			/* A hit; touch it for the LRU order. */
			utimensat(AT_FDCWD, b->cache_dir, NULL, 0);
			b->cached = b->ok = true;
			free(src);
			return 0;
		}
	}

	rc = box_dir(box, "build", 1, dir, sizeof(dir));
	if (!rc)
		rc = write_sources(dir, b, extra, src, src_len);
	free(src);
	if (rc) {
		diag_set(d, dir, 0, 0, "cannot prepare the build: %s",
			 strerror(-rc));
		return -1;
	}
	if (compile) {
		if (compile_in(b, t, compile, dir, d))
			return -1;
	} else {
		b->ok = true;
	}
	if (!b->ok)
		return 0;
	if (have_cache) {
		store(dir, root, b->key);
		if (access(b->cache_dir, F_OK) == 0)
			return 0;
	}
	/* No cache (no home, full disk): use the build where it is. */
	snprintf(b->cache_dir, sizeof(b->cache_dir), "%s", dir);
	return 0;
}

int build_install(const struct build *b, struct box *box, char *prog_dir,
		  size_t len)
{
	int rc = box_dir(box, "prog", 0, prog_dir, len);

	return rc ? rc : fs_copy_flat(b->cache_dir, prog_dir);
}

int build_run_argv(const struct build *b, const char *prog_dir,
		   uint64_t memory_kb, char ***argv)
{
	char src[PATH_MAX], exe[PATH_MAX], mem[32];
	struct build_vars v = { .src = src, .exe = exe, .dir = prog_dir,
				.klass = b->klass, .mem_mib = mem };

	snprintf(src, sizeof(src), "%s/%s", prog_dir, b->source_name);
	snprintf(exe, sizeof(exe), "%s/main", prog_dir);
	snprintf(mem, sizeof(mem), "%llu",
		 (unsigned long long)(memory_kb / 1024 ? memory_kb / 1024 : 1));
	return build_expand(b->run_template, &v, argv);
}

void build_release(struct build *b)
{
	free(b->log);
	b->log = NULL;
}
