/*
 * expr.h: whole-number expressions of the scale n, as problem.yaml writes
 * sizes and ranges of the complexity budget ("n", "n/2", "2*n+1", "-1e9",
 * "n^2", "(n+1)/2").
 *
 * Grammar: sum := term (('+'|'-') term)*; term := power (('*'|'/') power)*;
 * power := unary ('^' unary)?; unary := '-' unary | atom;
 * atom := NUMBER | 'n' | '(' sum ')'.  NUMBER is digits with an optional
 * exponent ("1e9"); '/' truncates.  Everything is int64_t; overflow and
 * division by zero are errors, never undefined behaviour.
 */
#ifndef JUDGE_EXPR_H
#define JUDGE_EXPR_H

#include <stddef.h>
#include <stdint.h>

/*
 * Evaluates text[0..len) for the given n.  Returns 0 with *out, or -1 with
 * *at the byte offset of the problem and *why a static message.
 */
int expr_eval(const char *text, size_t len, int64_t n, int64_t *out,
	      size_t *at, const char **why);

#endif
