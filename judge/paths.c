/*
 * paths.c: where judge finds its data and keeps its cache.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "paths.h"

#ifndef JUDGE_SOURCE_DIR
#define JUDGE_SOURCE_DIR ""
#endif
#ifndef JUDGE_BUILD_DIR
#define JUDGE_BUILD_DIR ""
#endif
#ifndef JUDGE_INSTALL_DATADIR
#define JUDGE_INSTALL_DATADIR "/usr/local/share/judge"
#endif

const char *paths_data_dir(void)
{
	static char dir[PATH_MAX];
	const char *env = getenv("JUDGE_DATA_DIR");
	char exe[PATH_MAX];
	size_t build_len = strlen(JUDGE_BUILD_DIR);
	ssize_t n;

	if (dir[0])
		return dir;
	if (env && *env) {
		snprintf(dir, sizeof(dir), "%s", env);
		return dir;
	}
	/* Running from the build tree: use the sources next to it. */
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0 && build_len) {
		exe[n] = '\0';
		if (!strncmp(exe, JUDGE_BUILD_DIR, build_len) &&
		    exe[build_len] == '/') {
			snprintf(dir, sizeof(dir), "%s", JUDGE_SOURCE_DIR);
			return dir;
		}
	}
	snprintf(dir, sizeof(dir), "%s", JUDGE_INSTALL_DATADIR);
	return dir;
}

/* $VAR/judge, or $HOME/fallback/judge. */
static int xdg_dir(const char *var, const char *fallback, char *out,
		   size_t len)
{
	const char *base = getenv(var), *home = getenv("HOME");
	int n;

	if (base && base[0] == '/')
		n = snprintf(out, len, "%s/judge", base);
	else if (home && home[0] == '/')
		n = snprintf(out, len, "%s/%s/judge", home, fallback);
	else
		return -ENOENT;
	return n < 0 || (size_t)n >= len ? -ENAMETOOLONG : 0;
}

/* mkdir -p for the cache: each missing component, mode 0700. */
static int make_dirs(char *path)
{
	for (char *p = path + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(path, 0700) && errno != EEXIST) {
			*p = '/';
			return -errno;
		}
		*p = '/';
	}
	if (mkdir(path, 0700) && errno != EEXIST)
		return -errno;
	return 0;
}

int paths_cache_dir(char *out, size_t len)
{
	int rc = xdg_dir("XDG_CACHE_HOME", ".cache", out, len);

	if (rc) {
		/* No home at all (a bare CI user): a private temp dir. */
		rc = snprintf(out, len, "/tmp/judge-cache-%u", getuid()) < 0
			     ? -EINVAL : 0;
	}
	return rc ? rc : make_dirs(out);
}

int paths_config_file(const char *name, char *out, size_t len)
{
	char dir[PATH_MAX];
	int rc = xdg_dir("XDG_CONFIG_HOME", ".config", dir, sizeof(dir));

	if (rc)
		return rc;
	if ((size_t)snprintf(out, len, "%s/%s", dir, name) >= len)
		return -ENAMETOOLONG;
	return 0;
}

int paths_data_home(char *out, size_t len)
{
	int rc = xdg_dir("XDG_DATA_HOME", ".local/share", out, len);

	return rc ? rc : make_dirs(out);
}
