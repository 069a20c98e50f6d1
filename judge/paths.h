/*
 * paths.h: where judge finds its data and keeps its cache.
 */
#ifndef JUDGE_PATHS_H
#define JUDGE_PATHS_H

#include <stddef.h>

/*
 * The data directory (toolchains.yaml, problems/): $JUDGE_DATA_DIR, else
 * the source tree when this judge runs from its build directory, else the
 * installed $prefix/share/judge.
 */
const char *paths_data_dir(void);
/* $XDG_CACHE_HOME/judge (or ~/.cache/judge), created.  0 or -errno. */
int paths_cache_dir(char *out, size_t len);
/* $XDG_DATA_HOME/judge (or ~/.local/share/judge), created.  0 or -errno. */
int paths_data_home(char *out, size_t len);
/* $XDG_CONFIG_HOME/judge/NAME (or ~/.config/judge/NAME); not created. */
int paths_config_file(const char *name, char *out, size_t len);

#endif
