/*
 * fsutil.h: file helpers of the judging core.
 */
#ifndef JUDGE_FSUTIL_H
#define JUDGE_FSUTIL_H

#include <stddef.h>
#include <sys/types.h>

/* Removes a tree without following links out of it. */
void fs_remove_tree(const char *dir);
/* Copies a regular file, creating dst with mode.  0 or -errno. */
int fs_copy_file(const char *src, const char *dst, mode_t mode);
/* Copies the regular files directly in src into dst (no subdirectories),
 * keeping the execute bits.  0 or -errno. */
int fs_copy_flat(const char *src, const char *dst);
/*
 * Reads at most max bytes of path into a new NUL-terminated buffer.
 * Returns 0 with *buf (caller frees) and *len, or -errno; -EFBIG when
 * the file is larger than max.
 */
int fs_read_file(const char *path, size_t max, char **buf, size_t *len);
/* Reads at most max bytes from fd at offset 0, the same way. */
int fs_read_fd(int fd, size_t max, char **buf, size_t *len, int *truncated);
int fs_write_file(const char *path, const void *data, size_t len);
/* Writes text and a newline to fd.  0 or -errno. */
int fs_write_fd_line(int fd, const char *text);
/* snprintf for paths: 0, or -ENAMETOOLONG when out is too small. */
int fs_path(char *out, size_t len, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
