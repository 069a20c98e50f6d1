/*
 * yamltree.h: a YAML document as a tree of nodes that remember where they
 * were written, built with libyaml.
 *
 * Only what problem and toolchain files need: one document, mappings with
 * scalar keys (no duplicates), sequences and scalars.  Anchors and aliases
 * are refused (they make "billion laughs" documents cheap to write).  The
 * input is bounded in size, depth and node count, so any bytes, including
 * binary garbage and deeply nested documents, give an error, never a crash
 * or a hang.
 */
#ifndef JUDGE_YAMLTREE_H
#define JUDGE_YAMLTREE_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

#define YTREE_MAX_BYTES (16u << 20)
#define YTREE_MAX_DEPTH 32
#define YTREE_MAX_NODES 200000

enum ynode_kind { YNODE_SCALAR, YNODE_SEQUENCE, YNODE_MAPPING };

struct ynode {
	enum ynode_kind kind;
	int line, column; /* 1-based */
	/* Scalars: the text, NUL-terminated (len excludes the NUL; the text
	 * may hold NULs of its own), and whether it was quoted. */
	char *text;
	size_t len;
	bool quoted;
	/* Sequences: items[n].  Mappings: keys[n] (scalars) and items[n]. */
	struct ynode **keys;
	struct ynode **items;
	size_t n;
	size_t cap; /* room in keys (one more) and items */
};

/*
 * Parses buf (len bytes; need not be NUL-terminated).  On success returns
 * 0 and *out owns the tree (free with ynode_free); an empty document gives
 * an empty mapping.  On error returns -1 with d set (file names it).
 */
int ytree_parse(const char *buf, size_t len, const char *file,
		struct ynode **out, struct diag *d);
/* Reads and parses path; errors name the path. */
int ytree_load(const char *path, struct ynode **out, struct diag *d);
void ynode_free(struct ynode *node);

/* The value of key in a mapping, or NULL. */
struct ynode *ynode_get(const struct ynode *map, const char *key);
/* The key node itself (for its position), or NULL. */
struct ynode *ynode_key(const struct ynode *map, const char *key);
/* "a string", "a list", "a mapping": for error messages. */
const char *ynode_kind_name(enum ynode_kind kind);

#endif
