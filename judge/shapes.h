/*
 * shapes.h: the arguments of a function problem, made for a scale n from
 * the shapes of its complexity budget (struct shape in judge/problem.h;
 * docs/complexity-shapes.md).
 *
 * Sizes and ranges are expressions of n (judge/expr.h).  A NULL field
 * takes its default:
 *
 *   kind       size  values (min, max)   other fields           types
 *   int        -     0, n                                       integer, long, double
 *   array      n     -1e9, 1e9           distinct, sorted       integer[], long[], double[],
 *                                                               list<integer>, list<long>,
 *                                                               list<double>
 *   string     n     -                   alphabet a-z           string
 *   strings    n     -                   length 8, alphabet a-z string[], list<string>
 *   matrix     n     -1e9, 1e9           cols = size;           integer[][], long[][],
 *                                        alphabet: characters   double[][], list<list<...>>;
 *                                                               with alphabet character[][],
 *                                                               list<list<character>>
 *   tree       n     -1e9, 1e9           form random, distinct  TreeNode
 *   list       n     -1e9, 1e9           distinct, sorted       ListNode
 *   graph      n     -                   edges 2*size           Node, integer[][],
 *                                                               list<list<integer>>
 *   intervals  n     0, 1e9              sorted (by start)      integer[][], long[][],
 *                                                               list<list<integer>>, ...
 *   value      -     -                   value (the text)       any
 *
 * Tree forms: "random" (each node takes a uniformly chosen free child
 * slot: expected depth O(log n)), "bst" (the same shape holding distinct
 * values in order: a BST as random insertion order makes it), "path"
 * (each node the right child of the one before) and "complete".
 *
 * A graph is a random spanning tree (a forest when edges < size - 1) plus
 * random extra edges, without self-loops or duplicates; edges are capped
 * at size*(size-1)/2.  Node gets the 1-indexed adjacency list, each row
 * ascending; integer[][] the 0-indexed edge list (the spanning tree's
 * edges first).
 *
 * An interval starts uniformly in [min, max] and is up to 2*(max-min)/size
 * long (uniformly; cut at max), so the intervals cover the range about
 * once: some overlap, some do not.
 *
 * Values for a type without "long" or "double" in its name must fit in 32
 * bits; a size, or rows * cols, or size * length, is at most
 * SHAPES_MAX_ITEMS.  Alphabets are printable ASCII.
 */
#ifndef JUDGE_SHAPES_H
#define JUDGE_SHAPES_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "judge/problem.h"

#define SHAPES_MAX_ITEMS 100000000

/*
 * Whether shape s can make a value of the LeetCode type: NULL when it can,
 * else a message ("an array shape makes integer[], ... or list<double>,
 * not string").  Also checks that the expressions parse (evaluating them
 * with n = 1000; the message then names the field), the tree form, the
 * alphabet and the value.  The message is in a thread-local buffer, valid
 * until the thread's next call; the caller does not free it.
 */
const char *shape_check(const struct shape *s, const char *type);

/*
 * Writes the arguments of a function problem for scale n: one line per
 * parameter of sig, in the signature's order, made by the shape of c
 * whose param names it; every line ends in '\n'.  The same (shapes, n,
 * seed) always gives the same bytes on any machine: each parameter draws
 * from its own xoshiro256** stream, seeded from seed and its position.
 *
 * Returns 0, or -1 with a message in err (err_len bytes, may be 0) naming
 * the parameter: no shape, a shape_check() failure, an expression that
 * does not evaluate, a negative or too large size, min above max, more
 * distinct values than the range holds, out of memory, or a write error.
 * After a failure some lines may have been written to out.
 */
int shapes_write(FILE *out, const struct complexity_spec *c,
		 const struct signature *sig, int64_t n, uint64_t seed,
		 char *err, size_t err_len);

#endif
