/*
 * yamltree.c: a YAML document as a tree of positioned nodes.
 *
 * libyaml delivers events; a stack of open collections turns them into a
 * tree.  Every limit is checked as the events arrive, so work is bounded
 * by YTREE_MAX_NODES whatever the input.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "yamltree.h"

struct builder {
	const char *file;
	struct diag *d;
	struct ynode *stack[YTREE_MAX_DEPTH + 1];
	int depth;
	size_t nodes;
	struct ynode *root;
};

static int fail_at(struct builder *b, const yaml_mark_t *mark,
		   const char *msg)
{
	diag_set(b->d, b->file, (int)mark->line + 1, (int)mark->column + 1,
		 "%s", msg);
	return -1;
}

static struct ynode *new_node(struct builder *b, enum ynode_kind kind,
			      const yaml_mark_t *mark)
{
	struct ynode *n;

	if (++b->nodes > YTREE_MAX_NODES) {
		fail_at(b, mark, "too many YAML nodes");
		diag_hint(b->d, "a problem file holds at most %u values; put "
			  "large tests in tests/ files", YTREE_MAX_NODES);
		return NULL;
	}
	n = calloc(1, sizeof(*n));
	if (!n) {
		fail_at(b, mark, "out of memory");
		return NULL;
	}
	n->kind = kind;
	n->line = (int)mark->line + 1;
	n->column = (int)mark->column + 1;
	return n;
}

/* Makes room for one more entry in a collection (doubling, so that
 * building a list or mapping of n entries costs O(n)). */
static int grow(struct ynode *n)
{
	size_t cap;
	struct ynode **items, **keys;

	if (n->n + 1 < n->cap)
		return 0;
	cap = n->cap ? n->cap * 2 : 8;
	items = realloc(n->items, cap * sizeof(*items));
	if (!items)
		return -1;
	n->items = items;
	if (n->kind == YNODE_MAPPING) {
		keys = realloc(n->keys, cap * sizeof(*keys));
		if (!keys)
			return -1;
		if (!n->keys)
			keys[0] = NULL;
		n->keys = keys;
	}
	n->cap = cap;
	return 0;
}

/* Appends child to a sequence, or as a key or value to a mapping. */
static int add_child(struct builder *b, struct ynode *child,
		     const yaml_mark_t *mark)
{
	struct ynode *parent;

	if (b->depth == 0) {
		if (b->root) {
			ynode_free(child);
			return fail_at(b, mark, "more than one document");
		}
		b->root = child;
		return 0;
	}
	parent = b->stack[b->depth - 1];
	if (grow(parent)) {
		ynode_free(child);
		return fail_at(b, mark, "out of memory");
	}
	/* A mapping's keys[n] holds a key while it waits for its value. */
	if (parent->kind == YNODE_MAPPING && !parent->keys[parent->n]) {
		if (child->kind != YNODE_SCALAR) {
			ynode_free(child);
			return fail_at(b, mark, "mapping keys must be plain "
				       "strings");
		}
		parent->keys[parent->n] = child;
		return 0;
	}
	parent->items[parent->n++] = child;
	if (parent->kind == YNODE_MAPPING)
		parent->keys[parent->n] = NULL;
	return 0;
}

static int by_key_then_order(const void *x, const void *y)
{
	const struct ynode *a = *(struct ynode *const *)x;
	const struct ynode *b = *(struct ynode *const *)y;
	int c = strcmp(a->text, b->text);

	if (c)
		return c;
	if (a->line != b->line)
		return a->line - b->line;
	return a->column - b->column;
}

/* Refuses a mapping with a key twice, naming the second one.  Sorting
 * keeps this O(n log n) for any mapping libyaml hands us. */
static int check_duplicates(struct builder *b, const struct ynode *map)
{
	struct ynode **sorted;
	int rc = 0;

	if (map->n < 2)
		return 0;
	sorted = malloc(map->n * sizeof(*sorted));
	if (!sorted)
		return -1;
	memcpy(sorted, map->keys, map->n * sizeof(*sorted));
	qsort(sorted, map->n, sizeof(*sorted), by_key_then_order);
	for (size_t i = 1; i < map->n; i++) {
		if (strcmp(sorted[i - 1]->text, sorted[i]->text))
			continue;
		diag_set(b->d, b->file, sorted[i]->line, sorted[i]->column,
			 "duplicate key '%.100s'", sorted[i]->text);
		rc = -1;
		break;
	}
	free(sorted);
	return rc;
}

static int on_scalar(struct builder *b, const yaml_event_t *ev)
{
	struct ynode *n = new_node(b, YNODE_SCALAR, &ev->start_mark);

	if (!n)
		return -1;
	n->len = ev->data.scalar.length;
	n->text = malloc(n->len + 1);
	if (!n->text) {
		free(n);
		return fail_at(b, &ev->start_mark, "out of memory");
	}
	memcpy(n->text, ev->data.scalar.value, n->len);
	n->text[n->len] = '\0';
	n->quoted = ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE;
	return add_child(b, n, &ev->start_mark);
}

static int on_start(struct builder *b, const yaml_event_t *ev,
		    enum ynode_kind kind)
{
	struct ynode *n;

	if (b->depth >= YTREE_MAX_DEPTH) {
		fail_at(b, &ev->start_mark, "YAML nested too deeply");
		diag_hint(b->d, "at most %d levels of lists and mappings",
			  YTREE_MAX_DEPTH);
		return -1;
	}
	n = new_node(b, kind, &ev->start_mark);
	if (!n)
		return -1;
	if (add_child(b, n, &ev->start_mark))
		return -1;
	b->stack[b->depth++] = n;
	return 0;
}

static int on_event(struct builder *b, const yaml_event_t *ev)
{
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		return on_scalar(b, ev);
	case YAML_SEQUENCE_START_EVENT:
		return on_start(b, ev, YNODE_SEQUENCE);
	case YAML_MAPPING_START_EVENT:
		return on_start(b, ev, YNODE_MAPPING);
	case YAML_SEQUENCE_END_EVENT:
		b->depth--;
		return 0;
	case YAML_MAPPING_END_EVENT:
		b->depth--;
		return check_duplicates(b, b->stack[b->depth]);
	case YAML_ALIAS_EVENT:
		fail_at(b, &ev->start_mark, "YAML aliases are not supported");
		diag_hint(b->d, "write the value out instead of '*%s'",
			  (const char *)ev->data.alias.anchor);
		return -1;
	case YAML_DOCUMENT_START_EVENT:
		if (b->root)
			return fail_at(b, &ev->start_mark,
				       "more than one YAML document");
		return 0;
	case YAML_NO_EVENT:
	case YAML_STREAM_START_EVENT:
	case YAML_STREAM_END_EVENT:
	case YAML_DOCUMENT_END_EVENT:
		return 0;
	}
	return 0;
}

/* Line and column (0-based, columns in characters) of a byte offset. */
static yaml_mark_t mark_of_offset(const char *buf, size_t len, size_t offset)
{
	yaml_mark_t m = { offset, 0, 0 };

	for (size_t i = 0; i < offset && i < len; i++) {
		if (buf[i] == '\n') {
			m.line++;
			m.column = 0;
		} else if (((unsigned char)buf[i] & 0xc0) != 0x80) {
			m.column++;
		}
	}
	return m;
}

int ytree_parse(const char *buf, size_t len, const char *file,
		struct ynode **out, struct diag *d)
{
	struct builder b = { .file = file, .d = d };
	yaml_parser_t parser;
	int rc = 0;

	*out = NULL;
	if (len > YTREE_MAX_BYTES) {
		diag_set(d, file, 0, 0, "file is larger than %u MiB",
			 YTREE_MAX_BYTES >> 20);
		return -1;
	}
	if (!yaml_parser_initialize(&parser)) {
		diag_set(d, file, 0, 0, "out of memory");
		return -1;
	}
	yaml_parser_set_input_string(&parser, (const unsigned char *)buf, len);
	for (;;) {
		yaml_event_t ev;
		bool done;

		if (!yaml_parser_parse(&parser, &ev)) {
			yaml_mark_t at = parser.problem_mark;

			/* The reader (bad bytes, bad UTF-8) gives only an
			 * offset. */
			if (parser.error == YAML_READER_ERROR) {
				at = mark_of_offset(buf, len,
						    parser.problem_offset);
				/* For a control character the offset is
				 * already past it. */
				if (parser.problem &&
				    strstr(parser.problem, "control") &&
				    at.column > 0)
					at.column--;
			}
			diag_set(d, file, (int)at.line + 1, (int)at.column + 1,
				 "invalid YAML: %s%s%s",
				 parser.problem ? parser.problem : "error",
				 parser.context ? " " : "",
				 parser.context ? parser.context : "");
			rc = -1;
			break;
		}
		done = ev.type == YAML_STREAM_END_EVENT;
		rc = on_event(&b, &ev);
		yaml_event_delete(&ev);
		if (rc || done)
			break;
	}
	yaml_parser_delete(&parser);
	if (rc) {
		/* Open collections are reachable from the root. */
		ynode_free(b.root);
		return -1;
	}
	if (!b.root) {
		yaml_mark_t start = { 0, 0, 0 };

		b.root = new_node(&b, YNODE_MAPPING, &start);
		if (!b.root)
			return -1;
	}
	*out = b.root;
	return 0;
}

int ytree_load(const char *path, struct ynode **out, struct diag *d)
{
	struct stat st;
	char *buf;
	ssize_t got;
	int fd, rc;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		diag_set(d, path, 0, 0, "cannot open: %s", strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		diag_set(d, path, 0, 0, "not a regular file");
		close(fd);
		return -1;
	}
	if ((uint64_t)st.st_size > YTREE_MAX_BYTES) {
		diag_set(d, path, 0, 0, "file is larger than %u MiB",
			 YTREE_MAX_BYTES >> 20);
		close(fd);
		return -1;
	}
	buf = malloc((size_t)st.st_size + 1);
	if (!buf) {
		close(fd);
		diag_set(d, path, 0, 0, "out of memory");
		return -1;
	}
	got = read(fd, buf, (size_t)st.st_size);
	close(fd);
	if (got < 0) {
		diag_set(d, path, 0, 0, "cannot read: %s", strerror(errno));
		free(buf);
		return -1;
	}
	rc = ytree_parse(buf, (size_t)got, path, out, d);
	free(buf);
	return rc;
}

void ynode_free(struct ynode *node)
{
	if (!node)
		return;
	for (size_t i = 0; i < node->n; i++)
		ynode_free(node->items[i]);
	if (node->keys) {
		/* A key may be waiting for its value at keys[n]. */
		for (size_t i = 0; i <= node->n; i++)
			ynode_free(node->keys[i]);
	}
	free(node->keys);
	free(node->items);
	free(node->text);
	free(node);
}

struct ynode *ynode_get(const struct ynode *map, const char *key)
{
	if (!map || map->kind != YNODE_MAPPING)
		return NULL;
	for (size_t i = 0; i < map->n; i++)
		if (!strcmp(map->keys[i]->text, key))
			return map->items[i];
	return NULL;
}

struct ynode *ynode_key(const struct ynode *map, const char *key)
{
	if (!map || map->kind != YNODE_MAPPING)
		return NULL;
	for (size_t i = 0; i < map->n; i++)
		if (!strcmp(map->keys[i]->text, key))
			return map->keys[i];
	return NULL;
}

const char *ynode_kind_name(enum ynode_kind kind)
{
	switch (kind) {
	case YNODE_SCALAR:
		return "a single value";
	case YNODE_SEQUENCE:
		return "a list";
	case YNODE_MAPPING:
		return "a mapping";
	}
	return "something else";
}
