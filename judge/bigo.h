/*
 * bigo.h: complexity budgets as problem.yaml writes them ("O(n log n)",
 * "O(m*n)", "O(n + k log n)", "O(2^n)"), parsed into a formula that can be
 * evaluated at given sizes.
 *
 * Grammar (spaces free): budget := 'O(' sum ')'; sum := product ('+'
 * product)*; product := factor (['*'] factor)*; factor := NUMBER |
 * NUMBER '^' factor | VAR ['^' NUMBER] | 'log' ['(' sum ')' | VAR] |
 * 'sqrt' '(' sum ')' | '(' sum ')' ['^' NUMBER].  VAR is a single letter.
 * Juxtaposition multiplies, as in "n log n".  log is base 2 and never
 * below 1, so that log n of a small n does not make the formula vanish.
 */
#ifndef JUDGE_BIGO_H
#define JUDGE_BIGO_H

#include <stdbool.h>
#include <stddef.h>

struct bigo_node;

struct bigo {
	struct bigo_node *root;
	char vars[8];   /* the variables it uses, NUL-terminated */
	char text[64];  /* canonical text, for reports: "O(n log n)" */
};

/*
 * Parses buf[0..len).  Returns 0 with *out (bigo_release), or -1 with *at
 * the byte offset of the problem and *why a static message.
 */
int bigo_parse(const char *buf, size_t len, struct bigo *out, size_t *at,
	       const char **why);
void bigo_release(struct bigo *b);

/* The formula's value with each variable vars[i] set to values[i]; a
 * variable not listed is 1. */
double bigo_eval(const struct bigo *b, const char *vars,
		 const double *values);

/* The classes growth is estimated in, slowest first. */
enum bigo_class {
	BIGO_1, BIGO_LOG, BIGO_N, BIGO_N_LOG, BIGO_N2, BIGO_N3, BIGO_EXP,
	BIGO_CLASS_COUNT
};

/* "O(1)", "O(log n)", ... "O(2^n)". */
const char *bigo_class_name(enum bigo_class c);
/* The natural logarithm of the class's formula at n (a logarithm, so
 * that 2^n of a large n stays finite). */
double bigo_class_log(enum bigo_class c, double n);

#endif
