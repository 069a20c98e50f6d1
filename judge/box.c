/*
 * box.c: one judging session's directory under /tmp.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "box.h"
#include "fsutil.h"
#include "judge/runner.h"

int box_create(struct box *b)
{
	const char *tmp = getenv("TMPDIR");

	memset(b, 0, sizeof(*b));
	snprintf(b->root, sizeof(b->root), "%s/judge-XXXXXX",
		 tmp && tmp[0] == '/' ? tmp : "/tmp");
	if (!mkdtemp(b->root))
		return -errno;
	/* Searchable by the sandbox uid; listable by nobody else. */
	if (chmod(b->root, 0711)) {
		int e = errno;

		rmdir(b->root);
		return -e;
	}
	pthread_mutex_init(&b->lock, NULL);
	return 0;
}

int box_dir(struct box *b, const char *what, int scratch, char *out,
	    size_t len)
{
	unsigned n;

	pthread_mutex_lock(&b->lock);
	n = b->next++;
	pthread_mutex_unlock(&b->lock);
	if ((size_t)snprintf(out, len, "%s/%s-%u", b->root, what, n) >= len)
		return -ENAMETOOLONG;
	if (mkdir(out, scratch ? 0700 : 0755))
		return -errno;
	if (!scratch && chmod(out, 0755))
		return -errno;
	return scratch ? runner_prepare_scratch(out) : 0;
}

void box_destroy(struct box *b)
{
	if (!b->root[0])
		return;
	fs_remove_tree(b->root);
	pthread_mutex_destroy(&b->lock);
	b->root[0] = '\0';
}
