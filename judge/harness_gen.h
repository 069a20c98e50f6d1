/*
 * harness_gen.h: generating the C and C++ drivers of function and design
 * problems (docs/function-problems.md).
 *
 * C and C++ are statically typed, so the part of their driver that
 * declares, builds and passes the arguments and serialises the result is
 * generated from the signature; the rest is the fixed runtime in
 * judge/harness/{c,cpp}/.  The generated file includes, in order, the
 * prelude (judge_prelude.h / judge_prelude.hpp), the solution
 * (solution.c / solution.cpp) and the runtime (judge_runtime.h /
 * judge_runtime.hpp), all from its own directory.
 */
#ifndef JUDGE_HARNESS_GEN_H
#define JUDGE_HARNESS_GEN_H

#include <stddef.h>
#include <stdio.h>

/*
 * Writes the main file of the C (cpp == 0) or C++ (cpp != 0) driver for
 * signature_block, the protocol's signature block: from its "function
 * NAME" or "design CLASS" line to "end" (the "end" line and anything after
 * it may be left out; blank lines are ignored).
 *
 * Returns 0, or -1 with a message in err (err_len bytes, NUL-terminated,
 * when err_len > 0) for a block it cannot parse, a signature the language
 * cannot express, or a write error.  On failure part of the file may have
 * been written.  Does not close out.
 */
int harness_generate(const char *signature_block, int cpp, FILE *out, char *err,
		     size_t err_len);

#endif
