/*
 * fsutil.c: file helpers of the judging core.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"

static int remove_entry(const char *path, const struct stat *st, int flag,
			struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	remove(path);
	return 0;
}

void fs_remove_tree(const char *dir)
{
	nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS | FTW_MOUNT);
}

int fs_copy_file(const char *src, const char *dst, mode_t mode)
{
	char buf[65536];
	int in, out, rc = 0;
	ssize_t n;

	in = open(src, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (in < 0)
		return -errno;
	out = open(dst, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW,
		   mode);
	if (out < 0) {
		rc = -errno;
		close(in);
		return rc;
	}
	while ((n = read(in, buf, sizeof(buf))) > 0) {
		for (ssize_t done = 0; done < n;) {
			ssize_t w = write(out, buf + done, (size_t)(n - done));

			if (w < 0) {
				rc = -errno;
				goto out;
			}
			done += w;
		}
	}
	if (n < 0)
		rc = -errno;
out:
	close(in);
	if (close(out) && !rc)
		rc = -errno;
	/* umask must not take away what the sandbox uid needs. */
	if (!rc && chmod(dst, mode))
		rc = -errno;
	return rc;
}

int fs_copy_flat(const char *src, const char *dst)
{
	DIR *d = opendir(src);
	struct dirent *de;
	int rc = 0;

	if (!d)
		return -errno;
	while (!rc && (de = readdir(d))) {
		char from[PATH_MAX], to[PATH_MAX];
		struct stat st;

		if (de->d_name[0] == '.')
			continue;
		snprintf(from, sizeof(from), "%s/%s", src, de->d_name);
		snprintf(to, sizeof(to), "%s/%s", dst, de->d_name);
		if (lstat(from, &st) || !S_ISREG(st.st_mode))
			continue;
		rc = fs_copy_file(from, to, (st.st_mode & 0111) ? 0755 : 0644);
	}
	closedir(d);
	return rc;
}

int fs_read_fd(int fd, size_t max, char **buf, size_t *len, int *truncated)
{
	size_t cap = 4096, used = 0;
	char *b = malloc(cap + 1);
	ssize_t n;

	if (truncated)
		*truncated = 0;
	if (!b)
		return -ENOMEM;
	for (;;) {
		if (used == cap) {
			char *grown;

			if (cap >= max)
				break;
			cap = cap * 2 > max ? max : cap * 2;
			grown = realloc(b, cap + 1);
			if (!grown) {
				free(b);
				return -ENOMEM;
			}
			b = grown;
		}
		n = pread(fd, b + used, cap - used, (off_t)used);
		if (n < 0) {
			int e = errno;

			free(b);
			return -e;
		}
		if (n == 0)
			break;
		used += (size_t)n;
	}
	if (used == max && truncated) {
		char extra;

		*truncated = pread(fd, &extra, 1, (off_t)used) == 1;
	}
	b[used] = '\0';
	*buf = b;
	*len = used;
	return 0;
}

int fs_read_file(const char *path, size_t max, char **buf, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	int rc, truncated;

	if (fd < 0)
		return -errno;
	rc = fs_read_fd(fd, max, buf, len, &truncated);
	close(fd);
	if (!rc && truncated) {
		free(*buf);
		return -EFBIG;
	}
	return rc;
}

int fs_write_file(const char *path, const void *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	const char *p = data;
	int rc = 0;

	if (fd < 0)
		return -errno;
	while (len > 0) {
		ssize_t n = write(fd, p, len);

		if (n < 0) {
			rc = -errno;
			break;
		}
		p += n;
		len -= (size_t)n;
	}
	if (close(fd) && !rc)
		rc = -errno;
	return rc;
}

int fs_path(char *out, size_t len, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(out, len, fmt, ap);
	va_end(ap);
	return n < 0 || (size_t)n >= len ? -ENAMETOOLONG : 0;
}

int fs_write_fd_line(int fd, const char *text)
{
	size_t len = strlen(text);
	const char *p = text;

	while (len > 0) {
		ssize_t n = write(fd, p, len);

		if (n < 0)
			return -errno;
		p += n;
		len -= (size_t)n;
	}
	return write(fd, "\n", 1) == 1 ? 0 : -errno;
}
