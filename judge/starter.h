/*
 * starter.h: the starter file of a function or design problem, the code a
 * person fills in: what LeetCode's editor shows for the problem, in each
 * language (docs/function-problems.md, "Signature" and "Types").
 */
#ifndef JUDGE_STARTER_H
#define JUDGE_STARTER_H

#include <stddef.h>
#include <stdio.h>

/*
 * Writes to out the starter of signature_block in lang ("c", "cpp",
 * "python", "java" or "javascript"):
 *
 *  - comment (the problem's title, statement and examples; NULL or empty
 *    for none) as a comment in the language's syntax, made harmless: "*" "/"
 *    and "/" "*" are split by a space inside block comments, Java's \u
 *    escapes are defused, line ends are normalised, control characters and
 *    bytes that are not UTF-8 are replaced;
 *  - LeetCode's commented-out ListNode and TreeNode definitions when the
 *    signature uses them, and its notes (C's "returned array must be
 *    malloced", Python's and JavaScript's "modify in-place");
 *  - the skeleton, with LeetCode's names and conventions: C's xSize,
 *    xColSize, returnSize and returnColumnSizes, C's design functions
 *    cLASSCreate, cLASSMethod and cLASSFree; C++'s containers by
 *    reference; and the "will be instantiated and called as such" comment
 *    of a design.
 *
 * Bodies are empty as on LeetCode, except Python's, which hold "pass" so
 * that an untouched starter compiles.  (An untouched Java starter with a
 * non-void method does not compile: javac wants a return statement.)
 *
 * signature_block is the driver protocol's signature block (harness_gen.h)
 * and may hold one more kind of line, for designs only:
 *
 *     names constructor|METHOD NAME...
 *
 * after the constructor or method line it names, one NAME per parameter:
 * the parameter names the starter shows.  Without it they are arg0,
 * arg1, ...  (The drivers reject "names" lines: they belong in the block
 * given here, not in the one sent to a driver.)  "param-names" is accepted
 * as another spelling of "names".
 *
 * Returns 0, or -1 with a message in err (err_len bytes, NUL-terminated
 * when err_len > 0) for an unknown language, a block it cannot parse, a
 * signature the language cannot express (C has no convention for 3-D
 * arrays; a name that is one of the language's keywords or clashes with a
 * name the convention adds, such as C's returnSize), or a write error.
 * Nothing is written unless the block is accepted; after a write error
 * part of the file may have been written.  Does not close out.
 */
int starter_write(const char *signature_block, const char *lang, const char *comment,
		  FILE *out, char *err, size_t err_len);

#endif
