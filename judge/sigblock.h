/*
 * sigblock.h: parsing the signature block of a function or design problem
 * (docs/function-problems.md, "Driver protocol"): from its "function NAME"
 * or "design CLASS" line to "end" (the "end" line and anything after it
 * may be left out; blank lines are ignored).
 *
 * One parser for its two readers, so that a block one accepts the other
 * accepts with the same messages: harness_gen.c (the C and C++ drivers)
 * and starter.c (the starter files).  The starters alone accept the
 * "names constructor|METHOD NAME..." lines of a design (starter.h), with
 * SIGBLOCK_NAMES.
 */
#ifndef JUDGE_SIGBLOCK_H
#define JUDGE_SIGBLOCK_H

#include <stdbool.h>
#include <stddef.h>

#define SIGBLOCK_MAX_NAME 64
#define SIGBLOCK_MAX_PARAMS 32
#define SIGBLOCK_MAX_METHODS 64
#define SIGBLOCK_MAX_DIMS 8

enum sigblock_base {
	SIGBLOCK_VOID,
	SIGBLOCK_INT,
	SIGBLOCK_LONG,
	SIGBLOCK_DOUBLE,
	SIGBLOCK_BOOL,
	SIGBLOCK_CHAR,
	SIGBLOCK_STRING,
	SIGBLOCK_LIST,
	SIGBLOCK_TREE,
	SIGBLOCK_GRAPH,
};

/* A dimension: T[] or list<T>. */
enum sigblock_wrap {
	SIGBLOCK_ARRAY,
	SIGBLOCK_LISTOF,
};

/* "integer[][]", "list<string>", "list<integer[]>"... */
struct sigblock_type {
	enum sigblock_base base;
	int dims;
	enum sigblock_wrap wrap[SIGBLOCK_MAX_DIMS]; /* outermost first */
};

struct sigblock_param {
	char name[SIGBLOCK_MAX_NAME];
	struct sigblock_type type;
};

struct sigblock_method {
	char name[SIGBLOCK_MAX_NAME];
	struct sigblock_type ret;
	bool has_ret;
	bool named; /* a names line gave its parameters' names */
	size_t nparams;
	struct sigblock_param params[SIGBLOCK_MAX_PARAMS];
	int output; /* index of the in-place output, or -1 */
	bool length_from_return;
};

/* A function problem has methods[0], the function; a design has
 * methods[0], the constructor (named after the class), then its methods. */
struct sigblock {
	bool design;
	char name[SIGBLOCK_MAX_NAME];
	size_t nmethods;
	struct sigblock_method methods[SIGBLOCK_MAX_METHODS];
};

/* Flags of sigblock_parse(). */
enum {
	/* Accept a design's "names" (or "param-names") lines. */
	SIGBLOCK_NAMES = 1 << 0,
	/* Name a design's unnamed parameters arg1, arg2, ... rather than
	 * arg0, arg1, ... */
	SIGBLOCK_ARG1 = 1 << 1,
};

/*
 * Parses block into *sig (which it overwrites: about 200 KiB, better not
 * on the stack).  Every name is an identifier that does not start with
 * judge_ or JUDGE_ (the drivers keep those); a function has a "returns"
 * line, and its "output" and "length-from-return" lines make sense.
 *
 * Returns 0, or -1 with a message in err (err_len bytes, NUL-terminated
 * when err_len > 0) naming the line at fault.
 */
int sigblock_parse(const char *block, unsigned flags, struct sigblock *sig, char *err,
		   size_t err_len);

/* Formats a message into err as sigblock_parse() does, for the readers'
 * own checks; returns -1. */
int sigblock_fail(char *err, size_t err_len, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
