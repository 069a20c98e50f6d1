/*
 * box.h: one judging session's directory under /tmp.
 *
 * The sandbox uid must reach everything a program runs from, and as root
 * that uid is 65534, which cannot enter /root: so compiled programs are
 * installed into a world-searchable session directory, beside one fresh
 * scratch directory per run.  The box owns all of it and removes it.
 */
#ifndef JUDGE_BOX_H
#define JUDGE_BOX_H

#include <limits.h>
#include <pthread.h>

struct box {
	char root[PATH_MAX];
	pthread_mutex_t lock;
	unsigned next;
};

/* Creates /tmp/judge-XXXXXX (or under $TMPDIR).  0 or -errno. */
int box_create(struct box *b);
/* A new empty directory in the box named after what (no slashes),
 * prepared for the sandbox uid when scratch is true.  0 or -errno. */
int box_dir(struct box *b, const char *what, int scratch, char *out,
	    size_t len);
void box_destroy(struct box *b);

#endif
