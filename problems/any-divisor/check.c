/* Checker for any-divisor.
 *
 *     check INPUT OUTPUT ANSWER
 *
 * INPUT is the test's input, OUTPUT the solution's output, ANSWER the
 * expected output (one valid answer, from the reference).  For each query
 * n, the solution's token must be a proper divisor d of n (1 < d < n), or
 * -1 when n is prime; whether n is prime is taken from ANSWER.  Answers
 * are read as whitespace-separated tokens, so line breaks do not matter.
 *
 * Exit status: 0 accepted, 1 wrong answer, 3 the input or answer file is
 * broken (never the solution's fault).  The reason is one line on stderr.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXIT_AC 0
#define EXIT_WA 1
#define EXIT_FAIL 3

#define MAXN 1000000000000LL
#define MAXT 10000

#define TOKEN_MAX 40            /* longer tokens are never valid numbers */

static void quit(int status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(status);
}

/* Reads the next whitespace-separated token into buf (NUL-terminated,
 * cut to TOKEN_MAX characters; *cut is set when it was longer).
 * Returns 0 at end of file. */
static int next_token(FILE *f, char *buf, int *cut)
{
    int c;
    size_t len = 0;
    *cut = 0;
    do
        c = getc(f);
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\v'
           || c == '\f');
    if (c == EOF)
        return 0;
    while (c != EOF && c != ' ' && c != '\n' && c != '\r' && c != '\t'
           && c != '\v' && c != '\f') {
        if (len < TOKEN_MAX)
            buf[len++] = c == '\0' ? '\x01' : (char)c;  /* keep NULs visible */
        else
            *cut = 1;
        c = getc(f);
    }
    buf[len] = '\0';
    return 1;
}

/* Parses an optional '-' and decimal digits, nothing else.  Returns 1
 * and sets *out on success, 0 when it is not a 64-bit integer. */
static int parse_ll(const char *s, int cut, long long *out)
{
    const char *p = s;
    if (cut)
        return 0;
    if (*p == '-')
        p++;
    if (*p == '\0')
        return 0;
    for (const char *q = p; *q; q++)
        if (*q < '0' || *q > '9')
            return 0;
    errno = 0;
    char *end;
    long long v = strtoll(s, &end, 10);
    if (errno == ERANGE || *end != '\0')
        return 0;
    *out = v;
    return 1;
}

/* A printable copy of a token for messages: control and non-ASCII bytes
 * become '?', and a cut token ends in "...". */
static const char *show(const char *s, int cut)
{
    static char buf[TOKEN_MAX + 4];
    size_t i;
    for (i = 0; s[i] && i < TOKEN_MAX; i++) {
        unsigned char c = (unsigned char)s[i];
        buf[i] = (c >= 0x20 && c < 0x7f) ? (char)c : '?';
    }
    buf[i] = '\0';
    if (cut)
        strcat(buf, "...");
    return buf;
}

static FILE *open_or_fail(const char *path, const char *what)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        quit(EXIT_FAIL, "cannot open the %s file %s: %s", what, path,
             strerror(errno));
    return f;
}

int main(int argc, char **argv)
{
    if (argc != 4)
        quit(EXIT_FAIL, "usage: check INPUT OUTPUT ANSWER");
    FILE *in = open_or_fail(argv[1], "input");
    FILE *out = open_or_fail(argv[2], "output");
    FILE *ans = open_or_fail(argv[3], "answer");

    char tok[TOKEN_MAX + 1];
    int cut;
    long long t;
    if (!next_token(in, tok, &cut) || !parse_ll(tok, cut, &t) || t < 1
        || t > MAXT)
        quit(EXIT_FAIL, "input: bad query count");

    for (long long i = 1; i <= t; i++) {
        long long n, expect, got;

        if (!next_token(in, tok, &cut) || !parse_ll(tok, cut, &n) || n < 2
            || n > MAXN)
            quit(EXIT_FAIL, "input: query %lld is missing or out of range", i);

        if (!next_token(ans, tok, &cut) || !parse_ll(tok, cut, &expect))
            quit(EXIT_FAIL, "answer: query %lld is missing or not a number", i);
        if (expect != -1 && (expect <= 1 || expect >= n || n % expect != 0))
            quit(EXIT_FAIL, "answer: %lld is not a proper divisor of %lld"
                 " (query %lld)", expect, n, i);

        if (!next_token(out, tok, &cut))
            quit(EXIT_WA, "query %lld: missing answer (output ends after %lld"
                 " of %lld)", i, i - 1, t);
        if (!parse_ll(tok, cut, &got))
            quit(EXIT_WA, "query %lld: expected an integer, found '%s'", i,
                 show(tok, cut));

        if (got == -1) {
            if (expect != -1)
                quit(EXIT_WA, "query %lld: %lld is not prime (%lld divides"
                     " it), but -1 was printed", i, n, expect);
        } else if (got <= 1 || got >= n) {
            quit(EXIT_WA, "query %lld: %lld is not strictly between 1 and"
                 " n = %lld", i, got, n);
        } else if (n % got != 0) {
            quit(EXIT_WA, "query %lld: %lld does not divide n = %lld", i,
                 got, n);
        } else if (expect == -1) {
            quit(EXIT_FAIL, "answer: says %lld is prime, but %lld divides it"
                 " (query %lld)", n, got, i);
        }
    }

    if (next_token(out, tok, &cut))
        quit(EXIT_WA, "extra output after the %lld answers: '%s'", t,
             show(tok, cut));
    fprintf(stderr, "ok, %lld answers\n", t);
    return EXIT_AC;
}
