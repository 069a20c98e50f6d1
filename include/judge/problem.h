/*
 * problem.h: a problem as the judge sees it, loaded from
 * problems/<id>/problem.yaml (docs/problem-format.md).
 *
 * Every string and array is owned by the struct problem and freed by
 * problem_free().  Paths are absolute, or relative to the directory given
 * to problem_load().
 */
#ifndef JUDGE_PROBLEM_H
#define JUDGE_PROBLEM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "judge/verdict.h"

enum problem_kind { PROBLEM_STDIO, PROBLEM_FUNCTION, PROBLEM_DESIGN };

/* A parameter of a LeetCode-style function or method; the type is in
 * LeetCode's names ("integer[]", "list<string>", "TreeNode"). */
struct param {
	char *name;
	char *type;
};

struct method {
	char *name;
	struct param *params;
	size_t param_count;
	char *returns;       /* a type, or "void" */
};

/* function: name, params, returns (and in-place output);
 * design: name is the class, params the constructor's, methods. */
struct signature {
	char *name;
	struct param *params;
	size_t param_count;
	char *returns;
	char *output;            /* the parameter that is the result */
	bool length_from_return; /* ...of the returned length */
	struct method *methods;
	size_t method_count;
};

enum compare_order { COMPARE_EXACT, COMPARE_ANY_ORDER,
		     COMPARE_ANY_ORDER_NESTED };

enum difficulty { DIFFICULTY_EASY, DIFFICULTY_MEDIUM, DIFFICULTY_HARD };

enum checker_kind {
	CHECKER_TOKENS,
	CHECKER_EXACT,
	CHECKER_LINES,
	CHECKER_FLOAT,
	CHECKER_UNORDERED_LINES,
	CHECKER_UNORDERED_TOKENS,
	CHECKER_CUSTOM,
};

struct checker_spec {
	enum checker_kind kind;
	double abs_tol; /* CHECKER_FLOAT */
	double rel_tol;
	char *program;  /* CHECKER_CUSTOM: path of its source */
};

enum test_source { TEST_INLINE, TEST_FILE, TEST_GENERATED };

struct test_spec {
	char *name;
	enum test_source source;
	bool sample;
	/* TEST_INLINE */
	char *input, *output;
	size_t input_len, output_len;
	/* TEST_FILE */
	char *input_path, *output_path;
	/* TEST_GENERATED: the generator's arguments */
	char *generate;
	int line; /* where it is declared in problem.yaml; 0 if discovered */
};

struct solution_spec {
	char *path;
	char *lang;          /* NULL: from the extension */
	unsigned expect;     /* bit (1 << verdict) for each accepted verdict */
	int line;
};

/*
 * The complexity budget (docs/complexity.md).  Sizes are expressions of
 * the scale n ("n", "n/2", "2*n+1", "1e9"), evaluated by judge/expr.c.
 */
enum shape_kind {
	SHAPE_INT,       /* an integer in [min, max] */
	SHAPE_ARRAY,     /* integer[] of `size` values in [min, max] */
	SHAPE_STRING,    /* a string of `size` characters from `alphabet` */
	SHAPE_STRINGS,   /* string[] of `size` strings of `length` */
	SHAPE_MATRIX,    /* size x cols numbers, or characters of `alphabet` */
	SHAPE_TREE,      /* TreeNode of `size` nodes, level order */
	SHAPE_LIST,      /* ListNode of `size` nodes */
	SHAPE_GRAPH,     /* graph Node: `size` nodes, `edges` undirected edges */
	SHAPE_INTERVALS, /* `size` pairs [start, end] with start <= end */
	SHAPE_VALUE,     /* a fixed value, as written */
};

/* How one argument of a function problem is made for a given n. */
struct shape {
	char *param;     /* the parameter's name */
	enum shape_kind kind;
	char *size;      /* count, length, rows or nodes; NULL for INT/VALUE */
	char *cols;      /* MATRIX: columns (default: size) */
	char *length;    /* STRINGS: each string's length */
	char *edges;     /* GRAPH: how many edges (default: 2*size) */
	char *min, *max; /* values; defaults per kind */
	char *alphabet;  /* STRING, STRINGS, MATRIX of characters */
	char *form;      /* TREE: random, bst, path or complete */
	bool distinct;   /* ARRAY */
	bool sorted;     /* ARRAY, LIST: ascending */
	char *value;     /* VALUE: the text of the value */
	int line, col;
};

/* A variable of the budget other than n ("m" in O(m*n)), as n makes it. */
struct budget_var {
	char *name;
	char *expr;
};

struct complexity_spec {
	char *time;              /* the budget as written: "O(n log n)" */
	char *space;             /* likewise, or NULL */
	struct budget_var *vars;
	size_t var_count;
	struct shape *shapes;    /* one per parameter, in order; or none */
	size_t shape_count;
	char *args;              /* the generator's arguments, with {n} and
				  * {seed}; NULL when shapes make inputs */
	char **references;       /* the solution of the same language is used */
	size_t reference_count;
	uint64_t min_n, max_n;   /* the range sizes are taken from */
	int line;
};

struct problem_limits {
	uint64_t time_ms;
	uint64_t wall_ms;
	uint64_t memory_kb;
	uint64_t output_bytes;
};

struct problem {
	char *id;
	char *title;
	char *dir;           /* the problem's folder */
	char *yaml_path;
	char *statement_path;
	enum difficulty difficulty;
	char **tags;
	size_t tag_count;
	char **companies;
	size_t company_count;
	enum problem_kind kind;
	struct problem_limits limits;
	struct checker_spec checker;     /* stdio problems */
	struct signature signature;      /* function and design problems */
	enum compare_order compare;      /* how their results compare */
	double compare_abs, compare_rel; /* tolerance for doubles */
	struct test_spec *tests;
	size_t test_count;
	char *generator;     /* path, or NULL */
	char *reference;     /* path, or NULL */
	struct complexity_spec *complexity; /* NULL: no budget */
	struct solution_spec *solutions;
	size_t solution_count;
};

#endif
