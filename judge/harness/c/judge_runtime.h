/*
 * judge_runtime.h: the fixed part of the C driver for function and design
 * problems (docs/function-problems.md, "Driver protocol").
 *
 * Theory of operation.  judge generates main.c:
 *
 *     #include "judge_prelude.h"
 *     #include "solution.c"
 *     #include "judge_runtime.h"
 *     static void judge_run(struct judge_test *judge_t) { ... }
 *     int main(void) { return judge_main(judge_run, 0, 2); }
 *
 * judge_run reads each argument with judge_arg + judge_read*, calls the
 * solution between judge_begin and judge_end, and serialises the result
 * with judge_put*.  Every judge_read and judge_put returns nonzero after
 * recording a "bad" or "error" result; the generated code then stops the
 * test (and, for a design, still calls the class's Free).
 *
 * This file comes after the solution, so every name it declares, down to
 * locals and struct members, starts with judge_ or JUDGE_: a solution's
 * "#define n 100005" must not reach into it.  Nor does it include system
 * headers the prelude has not: their struct members (err, cs, fs...) would
 * meet the solution's macros.  The standard C headers it needs come from
 * judge_prelude.h, and <sys/syscall.h> defines nothing but SYS_* macros.
 * It does not use <unistd.h> or <fcntl.h> at all, whose names (read,
 * write, link, open, pipe...) a solution may use for its own globals: it
 * makes those system calls through syscall(2) under a name of its own.
 *
 * Before any solution code runs (a constructor of priority 101, ahead of
 * the solution's own), the driver moves stdin and stdout to private fds,
 * points fd 1 at stderr and closes fd 0: the solution's prints are shown
 * as its output and can never be taken for results, and it cannot eat
 * the tests.  Results go to the private fd with write(2), one line per
 * test, as soon as the test ends, so a crash loses no earlier result.
 *
 * The CPU time of a test is measured with the calling thread's CPU clock
 * (CLOCK_THREAD_CPUTIME_ID) around the solution's calls only, as the
 * Python and Java drivers do.  A timer on the calling thread's CPU clock,
 * armed for what is left of limit-ms during each call, raises SIGPROF when
 * a test overruns, and the handler (on its own stack, so deep recursion
 * cannot crash it) writes "tle" with async-signal-safe calls and exits.
 * The timer is a thread timer because while any process-wide CPU timer is
 * armed (ITIMER_PROF, and RLIMIT_CPU, which the sandbox sets) Linux
 * reads the process clock from a total it updates only at each tick:
 * every short call would read 0 ns.  CPU that other threads burn is not
 * in a test's time; the runner's CPU limit stops them, and the judge
 * compares the kernel's count for the whole process with the times
 * reported.  For a design test the limit and the time cover all
 * its operations together.
 *
 * Memory: arrays and strings built for a test are freed after its result
 * is written (after the design's Free); list and tree nodes are never
 * freed, because a solution may free or relink them.  What the solution
 * returns is not freed.
 */
#ifndef JUDGE_RUNTIME_H
#define JUDGE_RUNTIME_H

#include <sys/syscall.h>

/* syscall(2) under a name no solution uses; see the top of the file. */
extern long judge_syscall(long judge_nr, ...) __asm__("syscall");

/* Linux's F_DUPFD_CLOEXEC (<fcntl.h> is not included, see above). */
#define JUDGE_F_DUPFD_CLOEXEC 1030
#define JUDGE_FIRST_PRIVATE_FD 10

/* More non-null nodes than this in a returned tree means a cycle. */
#define JUDGE_MAX_TREE_NODES (1 << 22)

enum judge_base {
	JUDGE_INT,
	JUDGE_LONG,
	JUDGE_DOUBLE,
	JUDGE_BOOL,
	JUDGE_CHAR,
	JUDGE_STRING,
	JUDGE_LIST,
	JUDGE_TREE
};

enum judge_status { JUDGE_STATUS_OK, JUDGE_STATUS_BAD, JUDGE_STATUS_ERROR };

struct judge_buf {
	char *judge_data;
	size_t judge_len;
	size_t judge_cap;
};

struct judge_test {
	char **judge_lines;     /* the test's lines, NUL-terminated */
	size_t judge_nlines;
	int judge_design;
	const char *judge_p;    /* the cursor in the line being read */
	const char *judge_line; /* that line, for column numbers */
	char judge_what[160];   /* what is being read, for messages */
	char **judge_opnames;   /* design: the operations' names */
	size_t judge_curop;     /* design: the operation being read */
	struct judge_buf judge_out;
	size_t judge_nput;
	long long judge_cpu_ns;
	int judge_status;
	char judge_msg[512];
	void **judge_owned;     /* freed when the test ends */
	size_t judge_nowned;
	size_t judge_capowned;
};

static int judge_out_fd = -1;
static int judge_in_fd = -1;
static long long judge_limit_ns;
static char judge_nonce[72];

/* What the SIGPROF handler needs: the start of the line it writes
 * ("@@NONCE INDEX tle "), the clock reading at the start of the call and
 * the test's CPU time before it. */
static char judge_tle_line[256];
static size_t judge_tle_len;
static volatile sig_atomic_t judge_timing;
static struct timespec judge_t0;
static long long judge_spent_before;
static char judge_altstack[65536];
static timer_t judge_timer;
static int judge_have_timer;

/* ---- low level ---- */

static inline void judge_write_all(int judge_fd, const char *judge_s, size_t judge_n)
{
	while (judge_n > 0) {
		long judge_w = judge_syscall(SYS_write, judge_fd, judge_s, judge_n);

		if (judge_w < 0) {
			if (errno == EINTR)
				continue;
			return;
		}
		judge_s += judge_w;
		judge_n -= (size_t)judge_w;
	}
}

__attribute__((noreturn)) static inline void judge_die(const char *judge_why)
{
	judge_write_all(2, "judge driver: ", 14);
	judge_write_all(2, judge_why, strlen(judge_why));
	judge_write_all(2, "\n", 1);
	_Exit(2);
}

static inline void *judge_xrealloc(void *judge_ptr, size_t judge_n)
{
	void *judge_r = realloc(judge_ptr, judge_n ? judge_n : 1);

	if (!judge_r) {
		/* grade.c reads this as MLE. */
		judge_die("Cannot allocate memory");
	}
	return judge_r;
}

static inline void *judge_xmalloc(size_t judge_n)
{
	return judge_xrealloc(NULL, judge_n);
}

static inline void judge_buf_reserve(struct judge_buf *judge_b, size_t judge_extra)
{
	size_t judge_need = judge_b->judge_len + judge_extra + 1;

	if (judge_need <= judge_b->judge_cap)
		return;
	if (judge_b->judge_cap * 2 > judge_need)
		judge_need = judge_b->judge_cap * 2;
	if (judge_need < 256)
		judge_need = 256;
	judge_b->judge_data = (char *)judge_xrealloc(judge_b->judge_data, judge_need);
	judge_b->judge_cap = judge_need;
}

static inline void judge_buf_add(struct judge_buf *judge_b, const char *judge_s, size_t judge_n)
{
	judge_buf_reserve(judge_b, judge_n);
	memcpy(judge_b->judge_data + judge_b->judge_len, judge_s, judge_n);
	judge_b->judge_len += judge_n;
}

static inline void judge_buf_addc(struct judge_buf *judge_b, char judge_c)
{
	if (judge_b->judge_len + 2 > judge_b->judge_cap)
		judge_buf_reserve(judge_b, 1);
	judge_b->judge_data[judge_b->judge_len++] = judge_c;
}

static inline void judge_buf_adds(struct judge_buf *judge_b, const char *judge_s)
{
	judge_buf_add(judge_b, judge_s, strlen(judge_s));
}

/* Decimal digits of v into the end of d (at least 21 bytes); returns the
 * first.  Async-signal-safe. */
static inline char *judge_fmt_ull(char *judge_end, unsigned long long judge_v)
{
	char *judge_q = judge_end;

	do {
		*--judge_q = (char)('0' + judge_v % 10);
		judge_v /= 10;
	} while (judge_v);
	return judge_q;
}

static inline void judge_buf_ll(struct judge_buf *judge_b, long long judge_v)
{
	char judge_d[24];
	char *judge_q;
	unsigned long long judge_u = judge_v < 0 ? 0ULL - (unsigned long long)judge_v
						 : (unsigned long long)judge_v;

	judge_q = judge_fmt_ull(judge_d + sizeof(judge_d), judge_u);
	if (judge_v < 0)
		*--judge_q = '-';
	judge_buf_add(judge_b, judge_q, (size_t)(judge_d + sizeof(judge_d) - judge_q));
}

static inline void judge_buf_double(struct judge_buf *judge_b, double judge_v)
{
	char judge_d[400];
	int judge_n = snprintf(judge_d, sizeof(judge_d), "%.5f", judge_v);

	if (judge_n < 0 || (size_t)judge_n >= sizeof(judge_d))
		judge_n = snprintf(judge_d, sizeof(judge_d), "%g", judge_v);
	/* -0.00000 is 0.00000, as LeetCode prints it. */
	if (strcmp(judge_d, "-0.00000") == 0)
		judge_buf_adds(judge_b, "0.00000");
	else
		judge_buf_add(judge_b, judge_d, (size_t)judge_n);
}

/* A JSON string: quotes, \" \\ and control characters escaped; other
 * bytes (UTF-8 included) as they are. */
static inline void judge_buf_str(struct judge_buf *judge_b, const char *judge_s, size_t judge_n)
{
	static const char judge_hex[] = "0123456789abcdef";

	judge_buf_reserve(judge_b, judge_n + 2);
	judge_buf_addc(judge_b, '"');
	for (size_t judge_i = 0; judge_i < judge_n; judge_i++) {
		unsigned char judge_c = (unsigned char)judge_s[judge_i];

		switch (judge_c) {
		case '"': judge_buf_add(judge_b, "\\\"", 2); break;
		case '\\': judge_buf_add(judge_b, "\\\\", 2); break;
		case '\n': judge_buf_add(judge_b, "\\n", 2); break;
		case '\r': judge_buf_add(judge_b, "\\r", 2); break;
		case '\t': judge_buf_add(judge_b, "\\t", 2); break;
		case '\b': judge_buf_add(judge_b, "\\b", 2); break;
		case '\f': judge_buf_add(judge_b, "\\f", 2); break;
		default:
			if (judge_c < 0x20) {
				char judge_u[6] = { '\\', 'u', '0', '0',
						    judge_hex[judge_c >> 4],
						    judge_hex[judge_c & 15] };

				judge_buf_add(judge_b, judge_u, 6);
			} else {
				judge_buf_addc(judge_b, (char)judge_c);
			}
		}
	}
	judge_buf_addc(judge_b, '"');
}

/* ---- results and messages ---- */

/* Records the test's first failure: status and message. */
static inline void judge_set_status(struct judge_test *judge_t, int judge_status,
				    const char *judge_fmt, ...)
	__attribute__((format(printf, 3, 4)));

static inline void judge_set_status(struct judge_test *judge_t, int judge_status,
				    const char *judge_fmt, ...)
{
	va_list judge_ap;

	if (judge_t->judge_status != JUDGE_STATUS_OK)
		return;
	judge_t->judge_status = judge_status;
	va_start(judge_ap, judge_fmt);
	vsnprintf(judge_t->judge_msg, sizeof(judge_t->judge_msg), judge_fmt, judge_ap);
	va_end(judge_ap);
}

/* judge_bad(t, fmt, ...): the test's input does not fit the signature.
 * judge_error(t, fmt, ...): the solution's result is unusable.  Both
 * evaluate to -1, visibly to the compiler (a varargs function is never
 * inlined, and gcc would otherwise warn that the outputs of a failed read
 * may be used uninitialised). */
#define judge_bad(judge_t_, ...) \
	(judge_set_status((judge_t_), JUDGE_STATUS_BAD, __VA_ARGS__), -1)
#define judge_error(judge_t_, ...) \
	(judge_set_status((judge_t_), JUDGE_STATUS_ERROR, __VA_ARGS__), -1)

static inline void judge_own(struct judge_test *judge_t, void *judge_ptr)
{
	if (judge_t->judge_nowned == judge_t->judge_capowned) {
		judge_t->judge_capowned = judge_t->judge_capowned ? 2 * judge_t->judge_capowned : 64;
		judge_t->judge_owned = (void **)judge_xrealloc(
			judge_t->judge_owned, judge_t->judge_capowned * sizeof(void *));
	}
	judge_t->judge_owned[judge_t->judge_nowned++] = judge_ptr;
}

/* ---- the value parser ---- */

static inline void judge_ws(struct judge_test *judge_t)
{
	while (*judge_t->judge_p == ' ' || *judge_t->judge_p == '\t' ||
	       *judge_t->judge_p == '\r')
		judge_t->judge_p++;
}

/* judge_fail(t, expected): a bad value where the cursor is; -1. */
static inline void judge_set_fail(struct judge_test *judge_t, const char *judge_expected)
{
	const char *judge_at = judge_t->judge_p;

	if (*judge_at == '\0')
		(void)judge_bad(judge_t, "%s, column %zu: %s, found the end of the line",
			  judge_t->judge_what, (size_t)(judge_at - judge_t->judge_line) + 1,
			  judge_expected);
	else
		(void)judge_bad(judge_t, "%s, column %zu: %s, found '%.12s'", judge_t->judge_what,
			  (size_t)(judge_at - judge_t->judge_line) + 1, judge_expected, judge_at);
}

#define judge_fail(judge_t_, judge_expected_) \
	(judge_set_fail((judge_t_), (judge_expected_)), -1)

static inline int judge_expect(struct judge_test *judge_t, char judge_c)
{
	char judge_what[16];

	judge_ws(judge_t);
	if (*judge_t->judge_p == judge_c) {
		judge_t->judge_p++;
		return 0;
	}
	snprintf(judge_what, sizeof(judge_what), "expected '%c'", judge_c);
	return judge_fail(judge_t, judge_what);
}

/* Consumes the word w (true, false, null) if it is next; 1 if it was. */
static inline int judge_word(struct judge_test *judge_t, const char *judge_w)
{
	size_t judge_n = strlen(judge_w);
	char judge_c;

	judge_ws(judge_t);
	if (strncmp(judge_t->judge_p, judge_w, judge_n) != 0)
		return 0;
	judge_c = judge_t->judge_p[judge_n];
	if ((judge_c >= 'a' && judge_c <= 'z') || (judge_c >= 'A' && judge_c <= 'Z') ||
	    (judge_c >= '0' && judge_c <= '9') || judge_c == '_')
		return 0;
	judge_t->judge_p += judge_n;
	return 1;
}

static inline int judge_scan_integer(struct judge_test *judge_t, long long judge_lo,
				     long long judge_hi, long long *judge_out)
{
	const char *judge_q;
	unsigned long long judge_v = 0, judge_lim;
	int judge_neg = 0;

	judge_ws(judge_t);
	judge_q = judge_t->judge_p;
	if (*judge_q == '-') {
		judge_neg = 1;
		judge_q++;
	}
	if ((unsigned)(*judge_q - '0') >= 10)
		return judge_fail(judge_t, "expected an integer");
	judge_lim = judge_neg ? 0ULL - (unsigned long long)judge_lo : (unsigned long long)judge_hi;
	while ((unsigned)(*judge_q - '0') < 10) {
		unsigned judge_d = (unsigned)(*judge_q - '0');

		if (judge_v > (judge_lim - judge_d) / 10)
			return judge_fail(judge_t, "integer out of range");
		judge_v = judge_v * 10 + judge_d;
		judge_q++;
	}
	if (*judge_q == '.' || *judge_q == 'e' || *judge_q == 'E')
		return judge_fail(judge_t, "expected an integer");
	judge_t->judge_p = judge_q;
	*judge_out = judge_neg ? (long long)(0ULL - judge_v) : (long long)judge_v;
	return 0;
}

static inline int judge_scan_double(struct judge_test *judge_t, double *judge_out)
{
	static const double judge_pow10[] = {
		1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
		1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
	};
	const char *judge_q;
	char *judge_end;
	unsigned long long judge_m = 0;
	int judge_digits = 0, judge_frac = 0, judge_neg = 0;

	judge_ws(judge_t);
	judge_q = judge_t->judge_p;
	if (*judge_q == '-') {
		judge_neg = 1;
		judge_q++;
	}
	if ((unsigned)(*judge_q - '0') >= 10)
		return judge_fail(judge_t, "expected a number");
	/* The exact fast path: at most 15 digits (below 2^53) and no exponent,
	 * so one correctly rounded division gives strtod's result. */
	while ((unsigned)(*judge_q - '0') < 10 && judge_digits < 16) {
		judge_m = judge_m * 10 + (unsigned)(*judge_q++ - '0');
		judge_digits++;
	}
	if (*judge_q == '.') {
		judge_q++;
		while ((unsigned)(*judge_q - '0') < 10 && judge_digits < 16) {
			judge_m = judge_m * 10 + (unsigned)(*judge_q++ - '0');
			judge_digits++;
			judge_frac++;
		}
	}
	if (judge_digits <= 15 && (unsigned)(*judge_q - '0') >= 10 && *judge_q != 'e' &&
	    *judge_q != 'E' && *judge_q != '.') {
		double judge_v = (double)judge_m / judge_pow10[judge_frac];

		*judge_out = judge_neg ? -judge_v : judge_v;
		judge_t->judge_p = judge_q;
		return 0;
	}
	*judge_out = strtod(judge_t->judge_p, &judge_end);
	if (judge_end == judge_t->judge_p)
		return judge_fail(judge_t, "expected a number");
	judge_t->judge_p = judge_end;
	return 0;
}

static inline int judge_hex4(const char *judge_s, unsigned *judge_out)
{
	unsigned judge_v = 0;

	for (int judge_i = 0; judge_i < 4; judge_i++) {
		char judge_c = judge_s[judge_i];

		judge_v <<= 4;
		if (judge_c >= '0' && judge_c <= '9')
			judge_v |= (unsigned)(judge_c - '0');
		else if (judge_c >= 'a' && judge_c <= 'f')
			judge_v |= (unsigned)(judge_c - 'a' + 10);
		else if (judge_c >= 'A' && judge_c <= 'F')
			judge_v |= (unsigned)(judge_c - 'A' + 10);
		else
			return -1;
	}
	*judge_out = judge_v;
	return 0;
}

static inline char *judge_put_utf8(char *judge_o, unsigned judge_cp)
{
	if (judge_cp < 0x80) {
		*judge_o++ = (char)judge_cp;
	} else if (judge_cp < 0x800) {
		*judge_o++ = (char)(0xc0 | (judge_cp >> 6));
		*judge_o++ = (char)(0x80 | (judge_cp & 0x3f));
	} else if (judge_cp < 0x10000) {
		*judge_o++ = (char)(0xe0 | (judge_cp >> 12));
		*judge_o++ = (char)(0x80 | ((judge_cp >> 6) & 0x3f));
		*judge_o++ = (char)(0x80 | (judge_cp & 0x3f));
	} else {
		*judge_o++ = (char)(0xf0 | (judge_cp >> 18));
		*judge_o++ = (char)(0x80 | ((judge_cp >> 12) & 0x3f));
		*judge_o++ = (char)(0x80 | ((judge_cp >> 6) & 0x3f));
		*judge_o++ = (char)(0x80 | (judge_cp & 0x3f));
	}
	return judge_o;
}

/* A JSON string into a new NUL-terminated buffer (*out, *len bytes). */
static inline int judge_scan_string(struct judge_test *judge_t, char **judge_out,
				    size_t *judge_len)
{
	const char *judge_q, *judge_s;
	char *judge_r, *judge_o;

	judge_ws(judge_t);
	if (*judge_t->judge_p != '"')
		return judge_fail(judge_t, "expected a string");
	judge_s = judge_t->judge_p + 1;
	for (judge_q = judge_s; *judge_q != '"'; judge_q++) {
		if (*judge_q == '\0')
			return judge_fail(judge_t, "unterminated string");
		if (*judge_q == '\\' && judge_q[1] != '\0')
			judge_q++;
	}
	/* Decoding never makes a string longer (\uXXXX is 6 bytes, its
	 * UTF-8 at most 3; a surrogate pair is 12, its UTF-8 4). */
	judge_r = (char *)judge_xmalloc((size_t)(judge_q - judge_s) + 1);
	judge_o = judge_r;
	for (const char *judge_c = judge_s; judge_c < judge_q; judge_c++) {
		unsigned judge_cp, judge_lo;

		if (*judge_c != '\\') {
			*judge_o++ = *judge_c;
			continue;
		}
		judge_c++;
		switch (*judge_c) {
		case '"': *judge_o++ = '"'; break;
		case '\\': *judge_o++ = '\\'; break;
		case '/': *judge_o++ = '/'; break;
		case 'b': *judge_o++ = '\b'; break;
		case 'f': *judge_o++ = '\f'; break;
		case 'n': *judge_o++ = '\n'; break;
		case 'r': *judge_o++ = '\r'; break;
		case 't': *judge_o++ = '\t'; break;
		case 'u':
			if (judge_q - judge_c < 5 || judge_hex4(judge_c + 1, &judge_cp) != 0)
				goto judge_bad_escape;
			judge_c += 4;
			if (judge_cp >= 0xd800 && judge_cp < 0xdc00 && judge_q - judge_c >= 7 &&
			    judge_c[1] == '\\' && judge_c[2] == 'u' &&
			    judge_hex4(judge_c + 3, &judge_lo) == 0 && judge_lo >= 0xdc00 &&
			    judge_lo < 0xe000) {
				judge_cp = 0x10000 + ((judge_cp - 0xd800) << 10) + (judge_lo - 0xdc00);
				judge_c += 6;
			}
			judge_o = judge_put_utf8(judge_o, judge_cp);
			break;
		default:
			goto judge_bad_escape;
		}
	}
	*judge_o = '\0';
	judge_t->judge_p = judge_q + 1;
	*judge_out = judge_r;
	*judge_len = (size_t)(judge_o - judge_r);
	return 0;

judge_bad_escape:
	free(judge_r);
	return judge_fail(judge_t, "bad escape in string");
}

static inline int judge_scan_char(struct judge_test *judge_t, char *judge_out)
{
	char *judge_s = NULL;
	size_t judge_n = 0;
	const char *judge_q;

	judge_ws(judge_t);
	judge_q = judge_t->judge_p;
	/* The common case, "x", without allocating. */
	if (judge_q[0] == '"' && judge_q[1] != '\\' && judge_q[1] != '"' &&
	    judge_q[1] != '\0' && judge_q[2] == '"') {
		*judge_out = judge_q[1];
		judge_t->judge_p += 3;
		return 0;
	}
	if (judge_scan_string(judge_t, &judge_s, &judge_n) != 0)
		return -1;
	*judge_out = judge_s[0];
	free(judge_s);
	if (judge_n != 1) {
		judge_t->judge_p = judge_q;
		return judge_fail(judge_t, "expected a one-character string");
	}
	return 0;
}

/* A list of integers and nulls, for lists and trees.  The values and
 * whether each is present go to new arrays the caller frees. */
static inline int judge_scan_levels(struct judge_test *judge_t, int judge_nulls,
				    int **judge_vals, char **judge_have, size_t *judge_n)
{
	size_t judge_cap = 16, judge_i = 0;
	int *judge_v;
	char *judge_h;

	*judge_vals = NULL;
	*judge_have = NULL;
	*judge_n = 0;
	if (judge_word(judge_t, "null"))
		return 0;
	if (judge_expect(judge_t, '[') != 0)
		return -1;
	judge_ws(judge_t);
	if (*judge_t->judge_p == ']') {
		judge_t->judge_p++;
		return 0;
	}
	judge_v = (int *)judge_xmalloc(judge_cap * sizeof(int));
	judge_h = (char *)judge_xmalloc(judge_cap);
	for (;;) {
		long long judge_x = 0;

		if (judge_i == judge_cap) {
			judge_cap *= 2;
			judge_v = (int *)judge_xrealloc(judge_v, judge_cap * sizeof(int));
			judge_h = (char *)judge_xrealloc(judge_h, judge_cap);
		}
		if (judge_nulls && judge_word(judge_t, "null")) {
			judge_h[judge_i] = 0;
			judge_v[judge_i++] = 0;
		} else if (judge_scan_integer(judge_t, INT_MIN, INT_MAX, &judge_x) == 0) {
			judge_h[judge_i] = 1;
			judge_v[judge_i++] = (int)judge_x;
		} else {
			goto judge_fail_out;
		}
		judge_ws(judge_t);
		if (*judge_t->judge_p == ',') {
			judge_t->judge_p++;
			continue;
		}
		if (*judge_t->judge_p == ']') {
			judge_t->judge_p++;
			break;
		}
		(void)judge_fail(judge_t, "expected ',' or ']'");
		goto judge_fail_out;
	}
	*judge_vals = judge_v;
	*judge_have = judge_h;
	*judge_n = judge_i;
	return 0;

judge_fail_out:
	free(judge_v);
	free(judge_h);
	return -1;
}

static inline int judge_scan_list(struct judge_test *judge_t, struct ListNode **judge_out)
{
	int *judge_v;
	char *judge_h;
	size_t judge_n;
	struct ListNode *judge_head = NULL, **judge_tail = &judge_head;

	if (judge_scan_levels(judge_t, 0, &judge_v, &judge_h, &judge_n) != 0)
		return -1;
	for (size_t judge_i = 0; judge_i < judge_n; judge_i++) {
		struct ListNode *judge_node =
			(struct ListNode *)judge_xmalloc(sizeof(struct ListNode));

		judge_node->val = judge_v[judge_i];
		judge_node->next = NULL;
		*judge_tail = judge_node;
		judge_tail = &judge_node->next;
	}
	free(judge_v);
	free(judge_h);
	*judge_out = judge_head;
	return 0;
}

static inline struct TreeNode *judge_new_tree_node(int judge_v)
{
	struct TreeNode *judge_node = (struct TreeNode *)judge_xmalloc(sizeof(struct TreeNode));

	judge_node->val = judge_v;
	judge_node->left = NULL;
	judge_node->right = NULL;
	return judge_node;
}

/* A tree from LeetCode's level order: each node present takes the next
 * two entries as its children. */
static inline int judge_scan_tree(struct judge_test *judge_t, struct TreeNode **judge_out)
{
	int *judge_v;
	char *judge_h;
	size_t judge_n, judge_i = 1, judge_head = 0, judge_tail = 0;
	struct TreeNode **judge_queue;
	const char *judge_start;

	judge_ws(judge_t);
	judge_start = judge_t->judge_p;
	if (judge_scan_levels(judge_t, 1, &judge_v, &judge_h, &judge_n) != 0)
		return -1;
	*judge_out = NULL;
	if (judge_n == 0 || !judge_h[0]) {
		free(judge_v);
		free(judge_h);
		return 0;
	}
	judge_queue = (struct TreeNode **)judge_xmalloc(judge_n * sizeof(*judge_queue));
	judge_queue[judge_tail++] = *judge_out = judge_new_tree_node(judge_v[0]);
	while (judge_i < judge_n && judge_head < judge_tail) {
		struct TreeNode *judge_node = judge_queue[judge_head++];

		if (judge_h[judge_i])
			judge_queue[judge_tail++] = judge_node->left =
				judge_new_tree_node(judge_v[judge_i]);
		if (++judge_i < judge_n && judge_h[judge_i])
			judge_queue[judge_tail++] = judge_node->right =
				judge_new_tree_node(judge_v[judge_i]);
		judge_i++;
	}
	for (; judge_i < judge_n; judge_i++)
		if (judge_h[judge_i])
			break;
	free(judge_queue);
	free(judge_v);
	free(judge_h);
	if (judge_i < judge_n) {
		judge_t->judge_p = judge_start;
		return judge_fail(judge_t, "a tree with values below a missing node");
	}
	return 0;
}

static inline size_t judge_base_size(enum judge_base judge_b)
{
	switch (judge_b) {
	case JUDGE_INT: return sizeof(int);
	case JUDGE_LONG: return sizeof(long long);
	case JUDGE_DOUBLE: return sizeof(double);
	case JUDGE_BOOL: return sizeof(bool);
	case JUDGE_CHAR: return sizeof(char);
	case JUDGE_STRING: return sizeof(char *);
	case JUDGE_LIST: return sizeof(struct ListNode *);
	case JUDGE_TREE: return sizeof(struct TreeNode *);
	}
	return 1;
}

/* One value of base type b into *dst, an object of its C type. */
static inline int judge_scan_elem(struct judge_test *judge_t, enum judge_base judge_b,
				  void *judge_dst)
{
	long long judge_x = 0;

	switch (judge_b) {
	case JUDGE_INT:
		if (judge_scan_integer(judge_t, INT_MIN, INT_MAX, &judge_x) != 0)
			return -1;
		*(int *)judge_dst = (int)judge_x;
		return 0;
	case JUDGE_LONG:
		return judge_scan_integer(judge_t, LLONG_MIN, LLONG_MAX, (long long *)judge_dst);
	case JUDGE_DOUBLE:
		return judge_scan_double(judge_t, (double *)judge_dst);
	case JUDGE_BOOL:
		if (judge_word(judge_t, "true"))
			*(bool *)judge_dst = true;
		else if (judge_word(judge_t, "false"))
			*(bool *)judge_dst = false;
		else
			return judge_fail(judge_t, "expected true or false");
		return 0;
	case JUDGE_CHAR:
		return judge_scan_char(judge_t, (char *)judge_dst);
	case JUDGE_STRING: {
		size_t judge_n;

		if (judge_scan_string(judge_t, (char **)judge_dst, &judge_n) != 0)
			return -1;
		judge_own(judge_t, *(char **)judge_dst);
		return 0;
	}
	case JUDGE_LIST:
		return judge_scan_list(judge_t, (struct ListNode **)judge_dst);
	case JUDGE_TREE:
		return judge_scan_tree(judge_t, (struct TreeNode **)judge_dst);
	}
	return -1;
}

/* An array of base type b: a new buffer (owned by the test) of *n
 * elements, followed by a zeroed one, so a character array is also a C
 * string. */
static inline int judge_scan_array(struct judge_test *judge_t, enum judge_base judge_b,
				   void **judge_out, int *judge_n)
{
	size_t judge_sz = judge_base_size(judge_b), judge_cap = 16, judge_i = 0;
	size_t judge_slot = judge_t->judge_nowned;
	char *judge_a;

	if (judge_expect(judge_t, '[') != 0)
		return -1;
	judge_a = (char *)judge_xmalloc(judge_cap * judge_sz);
	judge_own(judge_t, judge_a);
	judge_ws(judge_t);
	if (*judge_t->judge_p == ']') {
		judge_t->judge_p++;
	} else {
		for (;;) {
			if (judge_i + 1 >= judge_cap) {
				judge_cap *= 2;
				judge_a = (char *)judge_xrealloc(judge_a, judge_cap * judge_sz);
				judge_t->judge_owned[judge_slot] = judge_a;
			}
			if (judge_scan_elem(judge_t, judge_b, judge_a + judge_i * judge_sz) != 0)
				return -1;
			judge_i++;
			judge_ws(judge_t);
			if (*judge_t->judge_p == ',') {
				judge_t->judge_p++;
			} else if (*judge_t->judge_p == ']') {
				judge_t->judge_p++;
				break;
			} else {
				return judge_fail(judge_t, "expected ',' or ']'");
			}
			if (judge_i >= INT_MAX)
				return judge_fail(judge_t, "array too long");
		}
	}
	memset(judge_a + judge_i * judge_sz, 0, judge_sz);
	*judge_out = judge_a;
	*judge_n = (int)judge_i;
	return 0;
}

static inline int judge_scan_array2(struct judge_test *judge_t, enum judge_base judge_b,
				    void ***judge_out, int *judge_n, int **judge_cols)
{
	size_t judge_cap = 16, judge_i = 0;
	void **judge_rows;
	int *judge_c;

	if (judge_expect(judge_t, '[') != 0)
		return -1;
	judge_rows = (void **)judge_xmalloc(judge_cap * sizeof(void *));
	judge_c = (int *)judge_xmalloc(judge_cap * sizeof(int));
	judge_ws(judge_t);
	if (*judge_t->judge_p == ']') {
		judge_t->judge_p++;
	} else {
		for (;;) {
			if (judge_i == judge_cap) {
				judge_cap *= 2;
				judge_rows = (void **)judge_xrealloc(judge_rows, judge_cap * sizeof(void *));
				judge_c = (int *)judge_xrealloc(judge_c, judge_cap * sizeof(int));
			}
			if (judge_scan_array(judge_t, judge_b, &judge_rows[judge_i], &judge_c[judge_i]) != 0)
				goto judge_fail_out;
			judge_i++;
			judge_ws(judge_t);
			if (*judge_t->judge_p == ',') {
				judge_t->judge_p++;
			} else if (*judge_t->judge_p == ']') {
				judge_t->judge_p++;
				break;
			} else {
				(void)judge_fail(judge_t, "expected ',' or ']'");
				goto judge_fail_out;
			}
			if (judge_i >= INT_MAX) {
				(void)judge_fail(judge_t, "array too long");
				goto judge_fail_out;
			}
		}
	}
	judge_own(judge_t, judge_rows);
	judge_own(judge_t, judge_c);
	*judge_out = judge_rows;
	*judge_n = (int)judge_i;
	*judge_cols = judge_c;
	return 0;

judge_fail_out:
	free(judge_rows);
	free(judge_c);
	return -1;
}

/* ---- reading arguments (called by the generated code) ---- */

/* Function tests: the next value read is argument i, named name. */
static inline int judge_arg(struct judge_test *judge_t, size_t judge_i, const char *judge_name)
{
	judge_t->judge_line = judge_t->judge_p = judge_t->judge_lines[judge_i];
	snprintf(judge_t->judge_what, sizeof(judge_t->judge_what), "argument '%s' (line %zu)",
		 judge_name, judge_i + 1);
	return 0;
}

/* After a value: a function test's line must end there. */
static inline int judge_value_end(struct judge_test *judge_t)
{
	if (judge_t->judge_design)
		return 0;
	judge_ws(judge_t);
	if (*judge_t->judge_p != '\0')
		return judge_fail(judge_t, "expected the end of the line");
	return 0;
}

/* Reads a scalar into *out, an object of b's C type. */
static inline int judge_read(struct judge_test *judge_t, enum judge_base judge_b, void *judge_out)
{
	if (judge_scan_elem(judge_t, judge_b, judge_out) != 0)
		return -1;
	return judge_value_end(judge_t);
}

/* Reads an array: *out (a T *, passed as void *) and its size. */
static inline int judge_read_array(struct judge_test *judge_t, enum judge_base judge_b,
				   void *judge_out, int *judge_n)
{
	void *judge_a = NULL;

	if (judge_scan_array(judge_t, judge_b, &judge_a, judge_n) != 0)
		return -1;
	memcpy(judge_out, &judge_a, sizeof(judge_a));
	return judge_value_end(judge_t);
}

/* Reads a 2-D array: *out (a T **, passed as void *), its size and the
 * size of each row. */
static inline int judge_read_array2(struct judge_test *judge_t, enum judge_base judge_b,
				    void *judge_out, int *judge_n, int **judge_cols)
{
	void **judge_a = NULL;

	if (judge_scan_array2(judge_t, judge_b, &judge_a, judge_n, judge_cols) != 0)
		return -1;
	memcpy(judge_out, &judge_a, sizeof(judge_a));
	return judge_value_end(judge_t);
}

/* Design tests: reads the operations line and positions the reader on the
 * arguments line.  methods is the class name and then the methods, ending
 * with NULL; *ops gets each operation's index in it. */
static inline int judge_design_ops(struct judge_test *judge_t, const char *const *judge_methods,
				   int **judge_ops, size_t *judge_n)
{
	char **judge_names;
	void *judge_tmp = NULL;
	int judge_count = 0, *judge_o;

	judge_t->judge_line = judge_t->judge_p = judge_t->judge_lines[0];
	snprintf(judge_t->judge_what, sizeof(judge_t->judge_what), "the operations (line 1)");
	if (judge_scan_array(judge_t, JUDGE_STRING, &judge_tmp, &judge_count) != 0 ||
	    judge_value_end(judge_t) != 0)
		return -1;
	judge_names = (char **)judge_tmp;
	if (judge_count == 0)
		return judge_bad(judge_t, "no operations");
	judge_o = (int *)judge_xmalloc((size_t)judge_count * sizeof(int));
	judge_own(judge_t, judge_o);
	for (int judge_i = 0; judge_i < judge_count; judge_i++) {
		int judge_k = judge_i == 0 ? 0 : 1;

		if (judge_i == 0 && strcmp(judge_names[0], judge_methods[0]) != 0)
			return judge_bad(judge_t, "the first operation is '%.40s', not '%s'",
					 judge_names[0], judge_methods[0]);
		if (judge_i > 0) {
			while (judge_methods[judge_k] &&
			       strcmp(judge_methods[judge_k], judge_names[judge_i]) != 0)
				judge_k++;
			if (!judge_methods[judge_k])
				return judge_bad(judge_t, "operation %d: '%.40s' is not a method of %s",
						 judge_i + 1, judge_names[judge_i], judge_methods[0]);
		}
		judge_o[judge_i] = judge_k;
	}
	judge_t->judge_opnames = judge_names;
	judge_t->judge_line = judge_t->judge_p = judge_t->judge_lines[1];
	snprintf(judge_t->judge_what, sizeof(judge_t->judge_what), "the arguments (line 2)");
	if (judge_expect(judge_t, '[') != 0)
		return -1;
	judge_buf_addc(&judge_t->judge_out, '[');
	*judge_ops = judge_o;
	*judge_n = (size_t)judge_count;
	return 0;
}

static inline void judge_what_op(struct judge_test *judge_t, size_t judge_i, size_t judge_k)
{
	snprintf(judge_t->judge_what, sizeof(judge_t->judge_what),
		 "operation %zu ('%.40s') argument %zu (line 2)", judge_i + 1,
		 judge_t->judge_opnames[judge_i], judge_k + 1);
}

/* The start of operation i's arguments. */
static inline int judge_op_begin(struct judge_test *judge_t, size_t judge_i)
{
	judge_t->judge_curop = judge_i;
	snprintf(judge_t->judge_what, sizeof(judge_t->judge_what),
		 "operation %zu ('%.40s') (line 2)", judge_i + 1, judge_t->judge_opnames[judge_i]);
	if (judge_i > 0 && judge_expect(judge_t, ',') != 0)
		return -1;
	return judge_expect(judge_t, '[');
}

/* The next value read is argument k of the current operation. */
static inline int judge_op_arg(struct judge_test *judge_t, size_t judge_k)
{
	judge_what_op(judge_t, judge_t->judge_curop, judge_k);
	if (judge_k > 0 && judge_expect(judge_t, ',') != 0)
		return -1;
	return 0;
}

static inline int judge_op_end(struct judge_test *judge_t)
{
	snprintf(judge_t->judge_what, sizeof(judge_t->judge_what),
		 "operation %zu ('%.40s') (line 2)", judge_t->judge_curop + 1,
		 judge_t->judge_opnames[judge_t->judge_curop]);
	judge_ws(judge_t);
	if (*judge_t->judge_p != ']')
		return judge_fail(judge_t, "expected ']' after the arguments");
	judge_t->judge_p++;
	return 0;
}

static inline int judge_design_end(struct judge_test *judge_t)
{
	snprintf(judge_t->judge_what, sizeof(judge_t->judge_what), "the arguments (line 2)");
	judge_ws(judge_t);
	if (*judge_t->judge_p != ']')
		return judge_fail(judge_t, "more argument lists than operations");
	judge_t->judge_p++;
	judge_ws(judge_t);
	if (*judge_t->judge_p != '\0')
		return judge_fail(judge_t, "expected the end of the line");
	judge_buf_addc(&judge_t->judge_out, ']');
	return 0;
}

/* ---- timing the calls ---- */

static inline long long judge_ns_since(const struct timespec *judge_a,
				       const struct timespec *judge_b)
{
	return (long long)(judge_b->tv_sec - judge_a->tv_sec) * 1000000000LL +
	       (judge_b->tv_nsec - judge_a->tv_nsec);
}

static void judge_on_prof(int judge_sig)
{
	struct timespec judge_now;
	char judge_d[24], *judge_q;
	long long judge_ns;

	(void)judge_sig;
	if (!judge_timing)
		return;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &judge_now);
	judge_ns = judge_spent_before + judge_ns_since(&judge_t0, &judge_now);
	judge_q = judge_fmt_ull(judge_d + sizeof(judge_d) - 1, (unsigned long long)judge_ns);
	judge_d[sizeof(judge_d) - 1] = '\n';
	judge_write_all(judge_out_fd, judge_tle_line, judge_tle_len);
	judge_write_all(judge_out_fd, judge_q, (size_t)(judge_d + sizeof(judge_d) - judge_q));
	_Exit(0);
}

static inline void judge_arm(long long judge_ns)
{
	struct itimerspec judge_it;

	if (!judge_have_timer)
		return;
	memset(&judge_it, 0, sizeof(judge_it));
	judge_it.it_value.tv_sec = (time_t)(judge_ns / 1000000000LL);
	judge_it.it_value.tv_nsec = (long)(judge_ns % 1000000000LL);
	timer_settime(judge_timer, 0, &judge_it, NULL);
}

/* Around every call of solution code. */
static inline void judge_begin(struct judge_test *judge_t)
{
	judge_spent_before = judge_t->judge_cpu_ns;
	if (judge_limit_ns > 0) {
		long long judge_left = judge_limit_ns - judge_t->judge_cpu_ns;

		judge_arm(judge_left > 1000 ? judge_left : 1000);
	}
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &judge_t0);
	judge_timing = 1;
}

static inline void judge_end(struct judge_test *judge_t)
{
	struct timespec judge_now;

	if (!judge_timing)
		return;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &judge_now);
	judge_timing = 0;
	if (judge_limit_ns > 0)
		judge_arm(0);
	judge_t->judge_cpu_ns += judge_ns_since(&judge_t0, &judge_now);
}

/* ---- writing results (called by the generated code) ---- */

static inline void judge_sep(struct judge_test *judge_t)
{
	if (judge_t->judge_design && judge_t->judge_nput > 0)
		judge_buf_addc(&judge_t->judge_out, ',');
	judge_t->judge_nput++;
}

static inline int judge_put_list(struct judge_test *judge_t, const struct ListNode *judge_head)
{
	struct judge_buf *judge_b = &judge_t->judge_out;
	const struct ListNode *judge_slow = judge_head, *judge_fast = judge_head;

	while (judge_fast && judge_fast->next) {
		judge_slow = judge_slow->next;
		judge_fast = judge_fast->next->next;
		if (judge_slow == judge_fast)
			return judge_error(judge_t, "the returned linked list has a cycle");
	}
	judge_buf_addc(judge_b, '[');
	for (const struct ListNode *judge_n = judge_head; judge_n; judge_n = judge_n->next) {
		if (judge_n != judge_head)
			judge_buf_addc(judge_b, ',');
		judge_buf_ll(judge_b, judge_n->val);
	}
	judge_buf_addc(judge_b, ']');
	return 0;
}

static inline int judge_put_tree(struct judge_test *judge_t, const struct TreeNode *judge_root)
{
	struct judge_buf *judge_b = &judge_t->judge_out;
	const struct TreeNode **judge_q;
	size_t judge_head = 0, judge_tail = 0, judge_cap = 64, judge_nodes = 0, judge_keep;

	judge_buf_addc(judge_b, '[');
	judge_keep = judge_b->judge_len;
	if (!judge_root) {
		judge_buf_addc(judge_b, ']');
		return 0;
	}
	judge_q = (const struct TreeNode **)judge_xmalloc(judge_cap * sizeof(*judge_q));
	judge_q[judge_tail++] = judge_root;
	while (judge_head < judge_tail) {
		const struct TreeNode *judge_n = judge_q[judge_head++];

		if (judge_head > 1)
			judge_buf_addc(judge_b, ',');
		if (!judge_n) {
			judge_buf_add(judge_b, "null", 4);
			continue;
		}
		if (++judge_nodes > JUDGE_MAX_TREE_NODES) {
			free((void *)judge_q);
			return judge_error(judge_t, "the returned tree has more than %d nodes "
					   "(a cycle?)", JUDGE_MAX_TREE_NODES);
		}
		judge_buf_ll(judge_b, judge_n->val);
		judge_keep = judge_b->judge_len;
		if (judge_tail + 2 > judge_cap) {
			judge_cap *= 2;
			judge_q = (const struct TreeNode **)judge_xrealloc(
				(void *)judge_q, judge_cap * sizeof(*judge_q));
		}
		judge_q[judge_tail++] = judge_n->left;
		judge_q[judge_tail++] = judge_n->right;
	}
	free((void *)judge_q);
	/* Trailing nulls go. */
	judge_b->judge_len = judge_keep;
	judge_buf_addc(judge_b, ']');
	return 0;
}

static inline int judge_put_elem(struct judge_test *judge_t, enum judge_base judge_b,
				 const void *judge_v)
{
	struct judge_buf *judge_o = &judge_t->judge_out;

	switch (judge_b) {
	case JUDGE_INT:
		judge_buf_ll(judge_o, *(const int *)judge_v);
		return 0;
	case JUDGE_LONG:
		judge_buf_ll(judge_o, *(const long long *)judge_v);
		return 0;
	case JUDGE_DOUBLE:
		judge_buf_double(judge_o, *(const double *)judge_v);
		return 0;
	case JUDGE_BOOL:
		judge_buf_adds(judge_o, *(const bool *)judge_v ? "true" : "false");
		return 0;
	case JUDGE_CHAR:
		judge_buf_str(judge_o, (const char *)judge_v, 1);
		return 0;
	case JUDGE_STRING: {
		const char *judge_s = *(char *const *)judge_v;

		if (judge_s)
			judge_buf_str(judge_o, judge_s, strlen(judge_s));
		else
			judge_buf_add(judge_o, "null", 4);
		return 0;
	}
	case JUDGE_LIST:
		return judge_put_list(judge_t, *(struct ListNode *const *)judge_v);
	case JUDGE_TREE:
		return judge_put_tree(judge_t, *(struct TreeNode *const *)judge_v);
	}
	return 0;
}

static inline int judge_put_row(struct judge_test *judge_t, enum judge_base judge_b,
				const void *judge_arr, long long judge_n, const char *judge_name)
{
	size_t judge_sz = judge_base_size(judge_b);

	if (judge_n < 0)
		return judge_error(judge_t, "%s is negative (%lld)", judge_name, judge_n);
	if (judge_n > 0 && !judge_arr)
		return judge_error(judge_t, "the returned array is NULL but %s is %lld",
				   judge_name, judge_n);
	judge_buf_addc(&judge_t->judge_out, '[');
	for (long long judge_i = 0; judge_i < judge_n; judge_i++) {
		if (judge_i)
			judge_buf_addc(&judge_t->judge_out, ',');
		if (judge_put_elem(judge_t, judge_b,
				   (const char *)judge_arr + (size_t)judge_i * judge_sz) != 0)
			return -1;
	}
	judge_buf_addc(&judge_t->judge_out, ']');
	return 0;
}

/* The result null (a constructor, a void method). */
static inline void judge_put_null(struct judge_test *judge_t)
{
	judge_sep(judge_t);
	judge_buf_add(&judge_t->judge_out, "null", 4);
}

/* A scalar result: v points to an object of b's C type. */
static inline int judge_put(struct judge_test *judge_t, enum judge_base judge_b, const void *judge_v)
{
	judge_sep(judge_t);
	return judge_put_elem(judge_t, judge_b, judge_v);
}

/* An array result: arr is a T * with n elements. */
static inline int judge_put_array(struct judge_test *judge_t, enum judge_base judge_b,
				  const void *judge_arr, long long judge_n)
{
	judge_sep(judge_t);
	return judge_put_row(judge_t, judge_b, judge_arr, judge_n, "the size");
}

/* A 2-D array result: arr is a T ** with n rows of cols[i] elements. */
static inline int judge_put_array2(struct judge_test *judge_t, enum judge_base judge_b,
				   const void *judge_arr, long long judge_n, const int *judge_cols)
{
	judge_sep(judge_t);
	if (judge_n < 0)
		return judge_error(judge_t, "returnSize is negative (%lld)", judge_n);
	if (judge_n > 0 && !judge_arr)
		return judge_error(judge_t, "the returned array is NULL but returnSize is %lld",
				   judge_n);
	if (judge_n > 0 && !judge_cols)
		return judge_error(judge_t, "returnColumnSizes was not set");
	judge_buf_addc(&judge_t->judge_out, '[');
	for (long long judge_i = 0; judge_i < judge_n; judge_i++) {
		const void *judge_row;

		memcpy(&judge_row, (const char *)judge_arr + (size_t)judge_i * sizeof(void *),
		       sizeof(judge_row));
		if (judge_i)
			judge_buf_addc(&judge_t->judge_out, ',');
		if (judge_put_row(judge_t, judge_b, judge_row, judge_cols[judge_i],
				  "a column size") != 0)
			return -1;
	}
	judge_buf_addc(&judge_t->judge_out, ']');
	return 0;
}

/* Length-from-return: the returned length must fit the array. */
static inline int judge_check_len(struct judge_test *judge_t, long long judge_len, int judge_size)
{
	if (judge_len < 0 || judge_len > judge_size)
		return judge_error(judge_t, "the returned length %lld is outside 0..%d",
				   judge_len, judge_size);
	return 0;
}

/* ---- the protocol ---- */

static char *judge_in_data;
static size_t judge_in_len, judge_in_pos, judge_in_scan, judge_in_cap;
static int judge_in_eof;

/* The next input line, NUL-terminated in place (the newline and a CR
 * before it dropped), as its offset in judge_in_data; -1 at the end of
 * the input.  Offsets stay valid until judge_in_compact; pointers only
 * until the next read, which may move the buffer. */
static inline long long judge_in_next(void)
{
	if (!judge_in_data) {
		judge_in_cap = 1 << 20;
		judge_in_data = (char *)judge_xmalloc(judge_in_cap);
	}
	for (;;) {
		char *judge_nl = (char *)memchr(judge_in_data + judge_in_scan, '\n',
						 judge_in_len - judge_in_scan);
		char *judge_line;
		long judge_r;

		if (judge_nl || (judge_in_eof && judge_in_pos < judge_in_len)) {
			if (!judge_nl) {
				/* A last line without a newline: there is room
				 * for the NUL (see below). */
				judge_nl = judge_in_data + judge_in_len;
				judge_in_len++;
			}
			judge_line = judge_in_data + judge_in_pos;
			*judge_nl = '\0';
			if (judge_nl > judge_line && judge_nl[-1] == '\r')
				judge_nl[-1] = '\0';
			judge_in_pos = judge_in_scan = (size_t)(judge_nl - judge_in_data) + 1;
			return (long long)(judge_line - judge_in_data);
		}
		if (judge_in_eof)
			return -1;
		judge_in_scan = judge_in_len;
		if (judge_in_cap - judge_in_len < 65536 + 1) {
			judge_in_cap = judge_in_cap ? judge_in_cap * 2 : 1 << 20;
			judge_in_data = (char *)judge_xrealloc(judge_in_data, judge_in_cap);
		}
		judge_r = judge_syscall(SYS_read, judge_in_fd, judge_in_data + judge_in_len,
					judge_in_cap - judge_in_len - 1);
		if (judge_r < 0 && errno == EINTR)
			continue;
		if (judge_r <= 0)
			judge_in_eof = 1;
		else
			judge_in_len += (size_t)judge_r;
	}
}

static inline char *judge_in_line(void)
{
	long long judge_off = judge_in_next();

	return judge_off < 0 ? NULL : judge_in_data + judge_off;
}

/* Drops the lines already read (between tests). */
static inline void judge_in_compact(void)
{
	memmove(judge_in_data, judge_in_data + judge_in_pos, judge_in_len - judge_in_pos);
	judge_in_len -= judge_in_pos;
	judge_in_scan -= judge_in_pos;
	judge_in_pos = 0;
}

/* Runs before the solution's constructors: see the top of the file. */
__attribute__((constructor(101))) static void judge_redirect(void)
{
	judge_out_fd = (int)judge_syscall(SYS_fcntl, 1, JUDGE_F_DUPFD_CLOEXEC,
					  JUDGE_FIRST_PRIVATE_FD);
	judge_in_fd = (int)judge_syscall(SYS_fcntl, 0, JUDGE_F_DUPFD_CLOEXEC,
					 JUDGE_FIRST_PRIVATE_FD);
	if (judge_out_fd < 0 || judge_in_fd < 0 || judge_syscall(SYS_dup3, 2, 1, 0) < 0)
		judge_die("cannot move stdin and stdout away");
	judge_syscall(SYS_close, 0);
}

static inline void judge_setup_signals(void)
{
	struct sigaction judge_sa;
	struct sigevent judge_ev;
	stack_t judge_ss;

	memset(&judge_ss, 0, sizeof(judge_ss));
	judge_ss.ss_sp = judge_altstack;
	judge_ss.ss_size = sizeof(judge_altstack);
	sigaltstack(&judge_ss, NULL);
	memset(&judge_sa, 0, sizeof(judge_sa));
	judge_sa.sa_handler = judge_on_prof;
	sigemptyset(&judge_sa.sa_mask);
	judge_sa.sa_flags = SA_ONSTACK | SA_RESTART;
	sigaction(SIGPROF, &judge_sa, NULL);
	memset(&judge_ev, 0, sizeof(judge_ev));
	judge_ev.sigev_notify = SIGEV_SIGNAL;
	judge_ev.sigev_signo = SIGPROF;
	/* The thread's clock, not the process's: see the top of the file. */
	judge_have_timer = timer_create(CLOCK_THREAD_CPUTIME_ID, &judge_ev, &judge_timer) == 0;
}

/* Writes "@@NONCE INDEX WHAT" and the test's result. */
static inline void judge_emit(struct judge_buf *judge_line, const char *judge_index,
			      struct judge_test *judge_t)
{
	judge_line->judge_len = 0;
	judge_buf_add(judge_line, "@@", 2);
	judge_buf_adds(judge_line, judge_nonce);
	judge_buf_addc(judge_line, ' ');
	judge_buf_adds(judge_line, judge_index);
	if (judge_t->judge_status == JUDGE_STATUS_OK) {
		judge_buf_add(judge_line, " ok ", 4);
		judge_buf_ll(judge_line, judge_t->judge_cpu_ns);
		judge_buf_addc(judge_line, ' ');
		judge_buf_add(judge_line, judge_t->judge_out.judge_data, judge_t->judge_out.judge_len);
	} else {
		judge_buf_adds(judge_line, judge_t->judge_status == JUDGE_STATUS_BAD ? " bad " : " error ");
		for (char *judge_c = judge_t->judge_msg; *judge_c; judge_c++)
			judge_buf_addc(judge_line, (unsigned char)*judge_c < 0x20 ? ' ' : *judge_c);
	}
	judge_buf_addc(judge_line, '\n');
	judge_write_all(judge_out_fd, judge_line->judge_data, judge_line->judge_len);
}

static inline int judge_starts(const char *judge_s, const char *judge_w)
{
	size_t judge_n = strlen(judge_w);

	return strncmp(judge_s, judge_w, judge_n) == 0 &&
	       (judge_s[judge_n] == ' ' || judge_s[judge_n] == '\0');
}

/* Reads the protocol header up to "tests N"; returns N or -1. */
static inline long long judge_read_header(void)
{
	char *judge_l = judge_in_line();

	if (!judge_l || strcmp(judge_l, "judge-harness 1") != 0)
		return -1;
	while ((judge_l = judge_in_line()) != NULL) {
		if (judge_starts(judge_l, "nonce")) {
			snprintf(judge_nonce, sizeof(judge_nonce), "%s", judge_l + 6);
		} else if (judge_starts(judge_l, "limit-ms")) {
			judge_limit_ns = strtoll(judge_l + 9, NULL, 10) * 1000000LL;
		} else if (judge_starts(judge_l, "function") || judge_starts(judge_l, "design")) {
			/* The generated code already knows the signature. */
			while ((judge_l = judge_in_line()) != NULL && strcmp(judge_l, "end") != 0)
				;
			if (!judge_l)
				return -1;
		} else if (judge_starts(judge_l, "tests")) {
			return strtoll(judge_l + 6, NULL, 10);
		}
	}
	return -1;
}

/*
 * The driver: reads the protocol from the saved stdin and runs every test
 * through run, which reads the arguments, calls the solution and puts the
 * result.  design says run expects the two lines of a design test; nargs
 * is the number of lines a function test must have.  Returns the exit
 * status for main.
 */
static inline int judge_main(void (*judge_run_fn)(struct judge_test *), int judge_is_design,
			     size_t judge_nargs)
{
	struct judge_test judge_t;
	struct judge_buf judge_line = { NULL, 0, 0 };
	size_t judge_want = judge_is_design ? 2 : judge_nargs;
	char **judge_lines = NULL;
	long long *judge_offs = NULL;
	size_t judge_cap = 0;
	long long judge_ntests = judge_read_header();

	if (judge_ntests < 0)
		judge_die("bad protocol header");
	judge_setup_signals();
	memset(&judge_t, 0, sizeof(judge_t));
	for (long long judge_k = 0; judge_k < judge_ntests; judge_k++) {
		char *judge_l = judge_in_line(), *judge_sp = NULL;
		char judge_index[32];
		unsigned long long judge_count;
		int judge_eof = 0;

		if (!judge_l)
			break;
		if (!judge_starts(judge_l, "test") || !(judge_sp = strchr(judge_l + 5, ' ')))
			judge_die("expected 'test INDEX COUNT'");
		snprintf(judge_index, sizeof(judge_index), "%.*s",
			 (int)(judge_sp - (judge_l + 5)), judge_l + 5);
		judge_count = strtoull(judge_sp + 1, NULL, 10);
		if (judge_count > judge_cap) {
			judge_cap = (size_t)judge_count;
			judge_lines = (char **)judge_xrealloc(judge_lines, judge_cap * sizeof(char *));
			judge_offs = (long long *)judge_xrealloc(judge_offs, judge_cap * sizeof(long long));
		}
		for (size_t judge_i = 0; judge_i < judge_count && !judge_eof; judge_i++)
			if ((judge_offs[judge_i] = judge_in_next()) < 0)
				judge_eof = 1;
		for (size_t judge_i = 0; judge_i < judge_count && !judge_eof; judge_i++)
			judge_lines[judge_i] = judge_in_data + judge_offs[judge_i];
		judge_t.judge_lines = judge_lines;
		judge_t.judge_nlines = (size_t)judge_count;
		judge_t.judge_design = judge_is_design;
		judge_t.judge_status = JUDGE_STATUS_OK;
		judge_t.judge_msg[0] = '\0';
		judge_t.judge_cpu_ns = 0;
		judge_t.judge_nput = 0;
		judge_t.judge_out.judge_len = 0;
		judge_t.judge_opnames = NULL;
		judge_tle_len = (size_t)snprintf(judge_tle_line, sizeof(judge_tle_line),
						 "@@%s %s tle ", judge_nonce, judge_index);
		if (judge_eof)
			(void)judge_bad(&judge_t, "the input ended inside the test");
		else if (judge_count != judge_want)
			(void)judge_bad(&judge_t, "the test has %llu lines, not %zu", judge_count,
				  judge_want);
		else
			judge_run_fn(&judge_t);
		judge_end(&judge_t);
		fflush(stdout);
		judge_emit(&judge_line, judge_index, &judge_t);
		for (size_t judge_i = 0; judge_i < judge_t.judge_nowned; judge_i++)
			free(judge_t.judge_owned[judge_i]);
		judge_t.judge_nowned = 0;
		judge_in_compact();
		if (judge_eof)
			break;
	}
	judge_line.judge_len = 0;
	judge_buf_add(&judge_line, "@@", 2);
	judge_buf_adds(&judge_line, judge_nonce);
	judge_buf_add(&judge_line, " done\n", 6);
	fflush(stdout);
	judge_write_all(judge_out_fd, judge_line.judge_data, judge_line.judge_len);
	free(judge_line.judge_data);
	free(judge_lines);
	free(judge_offs);
	free(judge_t.judge_owned);
	free(judge_t.judge_out.judge_data);
	return 0;
}

#endif
