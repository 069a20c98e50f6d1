// judge_runtime.hpp: the fixed part of the C++ driver for function and
// design problems (docs/function-problems.md, "Driver protocol").
//
// Theory of operation.  judge generates main.cpp:
//
//     #include "judge_prelude.hpp"
//     #include "solution.cpp"
//     #include "judge_runtime.hpp"
//     static void judge_run(judge_test &judge_t) { ... }
//     int main() { return judge_main(judge_run, false, 2); }
//
// judge_run reads each argument with judge_arg<T> (design: judge_op_arg<T>),
// constructs a fresh Solution and calls it between judge_begin and
// judge_end, and serialises the result with judge_put, which follows the
// type the solution actually returns.  Input that does not fit the
// signature throws judge_bad_input ("bad"); an exception from the solution
// is "error" and the driver goes on, except std::bad_alloc, which is let
// through so that the process dies the way judge recognises as MLE.
//
// This file comes after the solution, so every name it declares, down to
// locals, members and template parameters, starts with judge_ or JUDGE_:
// a solution's "#define x first" must not reach into it.  Nor does it
// include system headers that <bits/stdc++.h> has not (<fcntl.h>,
// <sys/time.h>): their names would meet the solution's macros
// ("#define fs first").  <sys/syscall.h> defines nothing but SYS_* macros.
//
// Before any solution code runs (a constructor of priority 101, ahead of
// the solution's static initialisers), the driver moves stdin and stdout
// to private fds, points fd 1 at stderr and closes fd 0: the solution's
// prints are shown as its output and can never be taken for results, and
// it cannot eat the tests.  Results are written to the private fd, one
// line per test, as soon as the test ends.
//
// CPU time is measured with the calling thread's CPU clock
// (CLOCK_THREAD_CPUTIME_ID) around the Solution's construction and call
// (a design's operations) only, as the Python and Java drivers do.  A timer
// on the calling thread's CPU clock, armed for what is left of limit-ms,
// raises SIGPROF when a test overruns, and the handler (on its own stack)
// writes "tle" with async-signal-safe calls and exits.  The timer is a
// thread timer because while any process-wide CPU timer is armed
// (ITIMER_PROF, and RLIMIT_CPU, which the sandbox sets) Linux reads the
// process clock from a total it updates only at each tick: every short
// call would read 0 ns.  CPU that other threads burn is not in a test's
// time; the runner's CPU limit stops them, and the judge compares the
// kernel's count for the whole process with the times reported.
//
// Memory: argument containers are destroyed at the end of the test, the
// Solution or design object is deleted; list and tree nodes are never
// freed, because a solution may delete or relink them.
#ifndef JUDGE_RUNTIME_HPP
#define JUDGE_RUNTIME_HPP

#include <bits/stdc++.h>
#include <sys/syscall.h>

// Linux's F_DUPFD_CLOEXEC (<fcntl.h> is not included, see above).
#define JUDGE_F_DUPFD_CLOEXEC 1030
#define JUDGE_FIRST_PRIVATE_FD 10
// More non-null nodes than this in a returned tree means a cycle.
#define JUDGE_MAX_TREE_NODES (1 << 22)

struct judge_bad_input {
	std::string judge_msg;
};

struct judge_bad_result {
	std::string judge_msg;
};

struct judge_test {
	std::vector<const char *> judge_lines;
	bool judge_design = false;
	const char *judge_p = nullptr;     // the cursor in the line being read
	const char *judge_line = nullptr;  // that line, for column numbers
	std::string judge_what;            // what is being read, for messages
	std::vector<std::string> judge_opnames;
	std::size_t judge_curop = 0;
	std::string judge_out;
	std::size_t judge_nput = 0;
	long long judge_cpu_ns = 0;
};

static int judge_out_fd = -1;
static int judge_in_fd = -1;
static long long judge_limit_ns;
static std::string judge_nonce;

// What the SIGPROF handler needs (see judge_on_prof).
static char judge_tle_line[256];
static std::size_t judge_tle_len;
static volatile sig_atomic_t judge_timing;
static struct timespec judge_t0;
static long long judge_spent_before;
static char judge_altstack[65536];
static timer_t judge_timer;
static bool judge_have_timer;

// ---- low level ----

static inline void judge_write_all(int judge_fd, const char *judge_s, std::size_t judge_n)
{
	while (judge_n > 0) {
		ssize_t judge_w = ::write(judge_fd, judge_s, judge_n);

		if (judge_w < 0) {
			if (errno == EINTR)
				continue;
			return;
		}
		judge_s += judge_w;
		judge_n -= (std::size_t)judge_w;
	}
}

[[noreturn]] static inline void judge_die(const char *judge_why)
{
	judge_write_all(2, "judge driver: ", 14);
	judge_write_all(2, judge_why, std::strlen(judge_why));
	judge_write_all(2, "\n", 1);
	std::_Exit(2);
}

static inline char *judge_fmt_ull(char *judge_end, unsigned long long judge_v)
{
	char *judge_q = judge_end;

	do {
		*--judge_q = (char)('0' + judge_v % 10);
		judge_v /= 10;
	} while (judge_v);
	return judge_q;
}

static inline void judge_add_ll(std::string &judge_o, long long judge_v)
{
	char judge_d[24];
	unsigned long long judge_u = judge_v < 0 ? 0ULL - (unsigned long long)judge_v
						 : (unsigned long long)judge_v;
	char *judge_q = judge_fmt_ull(judge_d + sizeof(judge_d), judge_u);

	if (judge_v < 0)
		*--judge_q = '-';
	judge_o.append(judge_q, (std::size_t)(judge_d + sizeof(judge_d) - judge_q));
}

static inline void judge_add_ull(std::string &judge_o, unsigned long long judge_v)
{
	char judge_d[24];
	char *judge_q = judge_fmt_ull(judge_d + sizeof(judge_d), judge_v);

	judge_o.append(judge_q, (std::size_t)(judge_d + sizeof(judge_d) - judge_q));
}

static inline void judge_add_double(std::string &judge_o, double judge_v)
{
	char judge_d[400];
	int judge_n = std::snprintf(judge_d, sizeof(judge_d), "%.5f", judge_v);

	if (judge_n < 0 || (std::size_t)judge_n >= sizeof(judge_d))
		judge_n = std::snprintf(judge_d, sizeof(judge_d), "%g", judge_v);
	// -0.00000 is 0.00000, as LeetCode prints it.
	if (std::strcmp(judge_d, "-0.00000") == 0)
		judge_o += "0.00000";
	else
		judge_o.append(judge_d, (std::size_t)judge_n);
}

// A JSON string: quotes, \" \\ and control characters escaped; other bytes
// (UTF-8 included) as they are.
static inline void judge_add_str(std::string &judge_o, const char *judge_s, std::size_t judge_n)
{
	static const char judge_hex[] = "0123456789abcdef";

	judge_o.reserve(judge_o.size() + judge_n + 2);
	judge_o += '"';
	for (std::size_t judge_i = 0; judge_i < judge_n; judge_i++) {
		unsigned char judge_c = (unsigned char)judge_s[judge_i];

		switch (judge_c) {
		case '"': judge_o += "\\\""; break;
		case '\\': judge_o += "\\\\"; break;
		case '\n': judge_o += "\\n"; break;
		case '\r': judge_o += "\\r"; break;
		case '\t': judge_o += "\\t"; break;
		case '\b': judge_o += "\\b"; break;
		case '\f': judge_o += "\\f"; break;
		default:
			if (judge_c < 0x20) {
				judge_o += "\\u00";
				judge_o += judge_hex[judge_c >> 4];
				judge_o += judge_hex[judge_c & 15];
			} else {
				judge_o += (char)judge_c;
			}
		}
	}
	judge_o += '"';
}

// ---- the value parser ----

static inline void judge_ws(judge_test &judge_t)
{
	while (*judge_t.judge_p == ' ' || *judge_t.judge_p == '\t' || *judge_t.judge_p == '\r')
		judge_t.judge_p++;
}

[[noreturn]] static inline void judge_fail(judge_test &judge_t, const char *judge_expected)
{
	char judge_m[512];
	const char *judge_at = judge_t.judge_p;

	if (*judge_at == '\0')
		std::snprintf(judge_m, sizeof(judge_m), "%s, column %zu: %s, found the end of the line",
			      judge_t.judge_what.c_str(),
			      (std::size_t)(judge_at - judge_t.judge_line) + 1, judge_expected);
	else
		std::snprintf(judge_m, sizeof(judge_m), "%s, column %zu: %s, found '%.12s'",
			      judge_t.judge_what.c_str(),
			      (std::size_t)(judge_at - judge_t.judge_line) + 1, judge_expected, judge_at);
	throw judge_bad_input{judge_m};
}

static inline void judge_expect(judge_test &judge_t, char judge_c)
{
	judge_ws(judge_t);
	if (*judge_t.judge_p == judge_c) {
		judge_t.judge_p++;
		return;
	}
	char judge_what[16] = "expected ' '";
	judge_what[10] = judge_c;
	judge_fail(judge_t, judge_what);
}

// Consumes the word w (true, false, null) if it is next.
static inline bool judge_word(judge_test &judge_t, const char *judge_w)
{
	std::size_t judge_n = std::strlen(judge_w);

	judge_ws(judge_t);
	if (std::strncmp(judge_t.judge_p, judge_w, judge_n) != 0)
		return false;
	char judge_c = judge_t.judge_p[judge_n];
	if ((judge_c >= 'a' && judge_c <= 'z') || (judge_c >= 'A' && judge_c <= 'Z') ||
	    (judge_c >= '0' && judge_c <= '9') || judge_c == '_')
		return false;
	judge_t.judge_p += judge_n;
	return true;
}

static inline long long judge_scan_integer(judge_test &judge_t, long long judge_lo,
					   long long judge_hi)
{
	judge_ws(judge_t);
	const char *judge_q = judge_t.judge_p;
	bool judge_neg = false;
	unsigned long long judge_v = 0;

	if (*judge_q == '-') {
		judge_neg = true;
		judge_q++;
	}
	if ((unsigned)(*judge_q - '0') >= 10)
		judge_fail(judge_t, "expected an integer");
	unsigned long long judge_lim = judge_neg ? 0ULL - (unsigned long long)judge_lo
						 : (unsigned long long)judge_hi;
	while ((unsigned)(*judge_q - '0') < 10) {
		unsigned judge_d = (unsigned)(*judge_q - '0');

		if (judge_v > (judge_lim - judge_d) / 10)
			judge_fail(judge_t, "integer out of range");
		judge_v = judge_v * 10 + judge_d;
		judge_q++;
	}
	if (*judge_q == '.' || *judge_q == 'e' || *judge_q == 'E')
		judge_fail(judge_t, "expected an integer");
	judge_t.judge_p = judge_q;
	return judge_neg ? (long long)(0ULL - judge_v) : (long long)judge_v;
}

static inline double judge_scan_double(judge_test &judge_t)
{
	static const double judge_pow10[] = {
		1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
		1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
	};
	judge_ws(judge_t);
	const char *judge_q = judge_t.judge_p;
	unsigned long long judge_m = 0;
	int judge_digits = 0, judge_frac = 0;
	bool judge_neg = false;

	if (*judge_q == '-') {
		judge_neg = true;
		judge_q++;
	}
	if ((unsigned)(*judge_q - '0') >= 10)
		judge_fail(judge_t, "expected a number");
	// The exact fast path: at most 15 digits (below 2^53) and no
	// exponent, so one correctly rounded division gives strtod's result.
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

		judge_t.judge_p = judge_q;
		return judge_neg ? -judge_v : judge_v;
	}
	char *judge_end;
	double judge_v = std::strtod(judge_t.judge_p, &judge_end);
	if (judge_end == judge_t.judge_p)
		judge_fail(judge_t, "expected a number");
	judge_t.judge_p = judge_end;
	return judge_v;
}

static inline bool judge_hex4(const char *judge_s, unsigned &judge_out)
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
			return false;
	}
	judge_out = judge_v;
	return true;
}

static inline void judge_add_utf8(std::string &judge_o, unsigned judge_cp)
{
	if (judge_cp < 0x80) {
		judge_o += (char)judge_cp;
	} else if (judge_cp < 0x800) {
		judge_o += (char)(0xc0 | (judge_cp >> 6));
		judge_o += (char)(0x80 | (judge_cp & 0x3f));
	} else if (judge_cp < 0x10000) {
		judge_o += (char)(0xe0 | (judge_cp >> 12));
		judge_o += (char)(0x80 | ((judge_cp >> 6) & 0x3f));
		judge_o += (char)(0x80 | (judge_cp & 0x3f));
	} else {
		judge_o += (char)(0xf0 | (judge_cp >> 18));
		judge_o += (char)(0x80 | ((judge_cp >> 12) & 0x3f));
		judge_o += (char)(0x80 | ((judge_cp >> 6) & 0x3f));
		judge_o += (char)(0x80 | (judge_cp & 0x3f));
	}
}

static inline void judge_scan_string(judge_test &judge_t, std::string &judge_out)
{
	judge_ws(judge_t);
	if (*judge_t.judge_p != '"')
		judge_fail(judge_t, "expected a string");
	const char *judge_s = judge_t.judge_p + 1, *judge_q = judge_s;
	for (; *judge_q != '"'; judge_q++) {
		if (*judge_q == '\0')
			judge_fail(judge_t, "unterminated string");
		if (*judge_q == '\\' && judge_q[1] != '\0')
			judge_q++;
	}
	judge_out.clear();
	judge_out.reserve((std::size_t)(judge_q - judge_s));
	for (const char *judge_c = judge_s; judge_c < judge_q; judge_c++) {
		unsigned judge_cp, judge_lo;

		if (*judge_c != '\\') {
			judge_out += *judge_c;
			continue;
		}
		judge_c++;
		switch (*judge_c) {
		case '"': judge_out += '"'; break;
		case '\\': judge_out += '\\'; break;
		case '/': judge_out += '/'; break;
		case 'b': judge_out += '\b'; break;
		case 'f': judge_out += '\f'; break;
		case 'n': judge_out += '\n'; break;
		case 'r': judge_out += '\r'; break;
		case 't': judge_out += '\t'; break;
		case 'u':
			if (judge_q - judge_c < 5 || !judge_hex4(judge_c + 1, judge_cp))
				judge_fail(judge_t, "bad escape in string");
			judge_c += 4;
			if (judge_cp >= 0xd800 && judge_cp < 0xdc00 && judge_q - judge_c >= 7 &&
			    judge_c[1] == '\\' && judge_c[2] == 'u' && judge_hex4(judge_c + 3, judge_lo) &&
			    judge_lo >= 0xdc00 && judge_lo < 0xe000) {
				judge_cp = 0x10000 + ((judge_cp - 0xd800) << 10) + (judge_lo - 0xdc00);
				judge_c += 6;
			}
			judge_add_utf8(judge_out, judge_cp);
			break;
		default:
			judge_fail(judge_t, "bad escape in string");
		}
	}
	judge_t.judge_p = judge_q + 1;
}

// Integers and (for trees) nulls: the values and whether each is there.
static inline void judge_scan_levels(judge_test &judge_t, bool judge_nulls,
				     std::vector<int> &judge_vals, std::vector<char> &judge_have)
{
	if (judge_word(judge_t, "null"))
		return;
	judge_expect(judge_t, '[');
	judge_ws(judge_t);
	if (*judge_t.judge_p == ']') {
		judge_t.judge_p++;
		return;
	}
	for (;;) {
		if (judge_nulls && judge_word(judge_t, "null")) {
			judge_vals.push_back(0);
			judge_have.push_back(0);
		} else {
			judge_vals.push_back((int)judge_scan_integer(judge_t, INT_MIN, INT_MAX));
			judge_have.push_back(1);
		}
		judge_ws(judge_t);
		if (*judge_t.judge_p == ',') {
			judge_t.judge_p++;
		} else if (*judge_t.judge_p == ']') {
			judge_t.judge_p++;
			return;
		} else {
			judge_fail(judge_t, "expected ',' or ']'");
		}
	}
}

static inline void judge_parse(judge_test &judge_t, int &judge_v)
{
	judge_v = (int)judge_scan_integer(judge_t, INT_MIN, INT_MAX);
}

static inline void judge_parse(judge_test &judge_t, long long &judge_v)
{
	judge_v = judge_scan_integer(judge_t, LLONG_MIN, LLONG_MAX);
}

static inline void judge_parse(judge_test &judge_t, double &judge_v)
{
	judge_v = judge_scan_double(judge_t);
}

static inline void judge_parse(judge_test &judge_t, bool &judge_v)
{
	if (judge_word(judge_t, "true"))
		judge_v = true;
	else if (judge_word(judge_t, "false"))
		judge_v = false;
	else
		judge_fail(judge_t, "expected true or false");
}

static inline void judge_parse(judge_test &judge_t, char &judge_v)
{
	judge_ws(judge_t);
	const char *judge_q = judge_t.judge_p;
	// The common case, "x", without allocating.
	if (judge_q[0] == '"' && judge_q[1] != '\\' && judge_q[1] != '"' && judge_q[1] != '\0' &&
	    judge_q[2] == '"') {
		judge_v = judge_q[1];
		judge_t.judge_p += 3;
		return;
	}
	std::string judge_s;
	judge_scan_string(judge_t, judge_s);
	if (judge_s.size() != 1) {
		judge_t.judge_p = judge_q;
		judge_fail(judge_t, "expected a one-character string");
	}
	judge_v = judge_s[0];
}

static inline void judge_parse(judge_test &judge_t, std::string &judge_v)
{
	judge_scan_string(judge_t, judge_v);
}

static inline void judge_parse(judge_test &judge_t, ListNode *&judge_v)
{
	std::vector<int> judge_vals;
	std::vector<char> judge_have;
	ListNode judge_dummy;
	ListNode *judge_tail = &judge_dummy;

	judge_scan_levels(judge_t, false, judge_vals, judge_have);
	for (int judge_x : judge_vals) {
		judge_tail->next = new ListNode(judge_x);
		judge_tail = judge_tail->next;
	}
	judge_v = judge_dummy.next;
}

// A tree from LeetCode's level order: each node present takes the next
// two entries as its children.
static inline void judge_parse(judge_test &judge_t, TreeNode *&judge_v)
{
	std::vector<int> judge_vals;
	std::vector<char> judge_have;
	judge_ws(judge_t);
	const char *judge_start = judge_t.judge_p;

	judge_scan_levels(judge_t, true, judge_vals, judge_have);
	judge_v = nullptr;
	std::size_t judge_n = judge_vals.size();
	if (judge_n == 0 || !judge_have[0])
		return;
	std::vector<TreeNode *> judge_queue;
	judge_queue.reserve(judge_n);
	judge_v = new TreeNode(judge_vals[0]);
	judge_queue.push_back(judge_v);
	std::size_t judge_i = 1, judge_head = 0;
	while (judge_i < judge_n && judge_head < judge_queue.size()) {
		TreeNode *judge_node = judge_queue[judge_head++];

		if (judge_have[judge_i]) {
			judge_node->left = new TreeNode(judge_vals[judge_i]);
			judge_queue.push_back(judge_node->left);
		}
		if (++judge_i < judge_n && judge_have[judge_i]) {
			judge_node->right = new TreeNode(judge_vals[judge_i]);
			judge_queue.push_back(judge_node->right);
		}
		judge_i++;
	}
	for (; judge_i < judge_n; judge_i++)
		if (judge_have[judge_i]) {
			judge_t.judge_p = judge_start;
			judge_fail(judge_t, "a tree with values below a missing node");
		}
}

template <class JUDGE_T>
static inline void judge_parse(judge_test &judge_t, std::vector<JUDGE_T> &judge_v)
{
	judge_expect(judge_t, '[');
	judge_ws(judge_t);
	if (*judge_t.judge_p == ']') {
		judge_t.judge_p++;
		return;
	}
	for (;;) {
		if constexpr (std::is_same_v<JUDGE_T, bool>) {
			bool judge_e;
			judge_parse(judge_t, judge_e);
			judge_v.push_back(judge_e);
		} else {
			judge_v.emplace_back();
			judge_parse(judge_t, judge_v.back());
		}
		judge_ws(judge_t);
		if (*judge_t.judge_p == ',') {
			judge_t.judge_p++;
		} else if (*judge_t.judge_p == ']') {
			judge_t.judge_p++;
			return;
		} else {
			judge_fail(judge_t, "expected ',' or ']'");
		}
	}
}

// ---- serialising: follows the type the solution returns ----

template <class JUDGE_T> struct judge_is_vector_bool : std::false_type {};
template <class JUDGE_A>
struct judge_is_vector_bool<std::vector<bool, JUDGE_A>> : std::true_type {};

static inline void judge_add_list(std::string &judge_o, const ListNode *judge_head)
{
	const ListNode *judge_slow = judge_head, *judge_fast = judge_head;

	while (judge_fast && judge_fast->next) {
		judge_slow = judge_slow->next;
		judge_fast = judge_fast->next->next;
		if (judge_slow == judge_fast)
			throw judge_bad_result{"the returned linked list has a cycle"};
	}
	judge_o += '[';
	for (const ListNode *judge_n = judge_head; judge_n; judge_n = judge_n->next) {
		if (judge_n != judge_head)
			judge_o += ',';
		judge_add_ll(judge_o, judge_n->val);
	}
	judge_o += ']';
}

static inline void judge_add_tree(std::string &judge_o, const TreeNode *judge_root)
{
	judge_o += '[';
	std::size_t judge_keep = judge_o.size(), judge_nodes = 0;
	std::vector<const TreeNode *> judge_q;

	if (judge_root)
		judge_q.push_back(judge_root);
	for (std::size_t judge_head = 0; judge_head < judge_q.size(); judge_head++) {
		const TreeNode *judge_n = judge_q[judge_head];

		if (judge_head > 0)
			judge_o += ',';
		if (!judge_n) {
			judge_o += "null";
			continue;
		}
		if (++judge_nodes > JUDGE_MAX_TREE_NODES)
			throw judge_bad_result{"the returned tree has more than " +
					       std::to_string(JUDGE_MAX_TREE_NODES) + " nodes (a cycle?)"};
		judge_add_ll(judge_o, judge_n->val);
		judge_keep = judge_o.size();
		judge_q.push_back(judge_n->left);
		judge_q.push_back(judge_n->right);
	}
	// Trailing nulls go.
	judge_o.resize(judge_keep);
	judge_o += ']';
}

template <class JUDGE_T>
static inline void judge_add_value(std::string &judge_o, const JUDGE_T &judge_v)
{
	using JUDGE_D = std::decay_t<JUDGE_T>;

	if constexpr (std::is_same_v<JUDGE_D, bool>) {
		judge_o += judge_v ? "true" : "false";
	} else if constexpr (std::is_same_v<JUDGE_D, char>) {
		judge_add_str(judge_o, &judge_v, 1);
	} else if constexpr (std::is_integral_v<JUDGE_D> && std::is_signed_v<JUDGE_D>) {
		judge_add_ll(judge_o, (long long)judge_v);
	} else if constexpr (std::is_integral_v<JUDGE_D>) {
		judge_add_ull(judge_o, (unsigned long long)judge_v);
	} else if constexpr (std::is_floating_point_v<JUDGE_D>) {
		judge_add_double(judge_o, (double)judge_v);
	} else if constexpr (std::is_convertible_v<const JUDGE_D &, std::string_view>) {
		if constexpr (std::is_pointer_v<JUDGE_D>) {
			if (!judge_v) {
				judge_o += "null";
				return;
			}
		}
		std::string_view judge_s = judge_v;
		judge_add_str(judge_o, judge_s.data(), judge_s.size());
	} else if constexpr (std::is_convertible_v<JUDGE_D, const ListNode *>) {
		judge_add_list(judge_o, judge_v);
	} else if constexpr (std::is_convertible_v<JUDGE_D, const TreeNode *>) {
		judge_add_tree(judge_o, judge_v);
	} else if constexpr (judge_is_vector_bool<JUDGE_D>::value) {
		judge_o += '[';
		for (std::size_t judge_i = 0; judge_i < judge_v.size(); judge_i++) {
			if (judge_i)
				judge_o += ',';
			judge_o += judge_v[judge_i] ? "true" : "false";
		}
		judge_o += ']';
	} else {
		// Any other range: vector, array, deque, list, set...
		bool judge_first = true;

		judge_o += '[';
		for (const auto &judge_e : judge_v) {
			if (!judge_first)
				judge_o += ',';
			judge_first = false;
			judge_add_value(judge_o, judge_e);
		}
		judge_o += ']';
	}
}

// ---- reading arguments (called by the generated code) ----

static inline void judge_value_end(judge_test &judge_t)
{
	if (judge_t.judge_design)
		return;
	judge_ws(judge_t);
	if (*judge_t.judge_p != '\0')
		judge_fail(judge_t, "expected the end of the line");
}

// Function tests: argument i, named name.
template <class JUDGE_T>
static inline JUDGE_T judge_arg(judge_test &judge_t, std::size_t judge_i, const char *judge_name)
{
	JUDGE_T judge_v{};

	judge_t.judge_line = judge_t.judge_p = judge_t.judge_lines[judge_i];
	judge_t.judge_what = std::string("argument '") + judge_name + "' (line " +
			     std::to_string(judge_i + 1) + ")";
	judge_parse(judge_t, judge_v);
	judge_value_end(judge_t);
	return judge_v;
}

// Design tests: reads the operations line and positions the reader on the
// arguments line.  methods is the class name and then the methods, ending
// with nullptr; returns each operation's index in it.
static inline std::vector<int> judge_design_ops(judge_test &judge_t,
						const char *const *judge_methods)
{
	std::vector<int> judge_ops;

	judge_t.judge_line = judge_t.judge_p = judge_t.judge_lines[0];
	judge_t.judge_what = "the operations (line 1)";
	judge_parse(judge_t, judge_t.judge_opnames);
	judge_ws(judge_t);
	if (*judge_t.judge_p != '\0')
		judge_fail(judge_t, "expected the end of the line");
	if (judge_t.judge_opnames.empty())
		throw judge_bad_input{"no operations"};
	for (std::size_t judge_i = 0; judge_i < judge_t.judge_opnames.size(); judge_i++) {
		const std::string &judge_name = judge_t.judge_opnames[judge_i];
		int judge_k = judge_i == 0 ? 0 : 1;

		if (judge_i == 0 && judge_name != judge_methods[0])
			throw judge_bad_input{"the first operation is '" + judge_name.substr(0, 40) +
					      "', not '" + judge_methods[0] + "'"};
		if (judge_i > 0) {
			while (judge_methods[judge_k] && judge_name != judge_methods[judge_k])
				judge_k++;
			if (!judge_methods[judge_k])
				throw judge_bad_input{"operation " + std::to_string(judge_i + 1) + ": '" +
						      judge_name.substr(0, 40) + "' is not a method of " +
						      judge_methods[0]};
		}
		judge_ops.push_back(judge_k);
	}
	judge_t.judge_line = judge_t.judge_p = judge_t.judge_lines[1];
	judge_t.judge_what = "the arguments (line 2)";
	judge_expect(judge_t, '[');
	judge_t.judge_out += '[';
	return judge_ops;
}

static inline void judge_what_op(judge_test &judge_t, const char *judge_more)
{
	judge_t.judge_what = "operation " + std::to_string(judge_t.judge_curop + 1) + " ('" +
			     judge_t.judge_opnames[judge_t.judge_curop].substr(0, 40) + "')" +
			     judge_more + " (line 2)";
}

// The start of operation i's arguments.
static inline void judge_op_begin(judge_test &judge_t, std::size_t judge_i)
{
	judge_t.judge_curop = judge_i;
	judge_what_op(judge_t, "");
	if (judge_i > 0)
		judge_expect(judge_t, ',');
	judge_expect(judge_t, '[');
}

// Argument k of the current operation.
template <class JUDGE_T>
static inline JUDGE_T judge_op_arg(judge_test &judge_t, std::size_t judge_k)
{
	JUDGE_T judge_v{};

	judge_what_op(judge_t, (" argument " + std::to_string(judge_k + 1)).c_str());
	if (judge_k > 0)
		judge_expect(judge_t, ',');
	judge_parse(judge_t, judge_v);
	return judge_v;
}

static inline void judge_op_end(judge_test &judge_t)
{
	judge_what_op(judge_t, "");
	judge_ws(judge_t);
	if (*judge_t.judge_p != ']')
		judge_fail(judge_t, "expected ']' after the arguments");
	judge_t.judge_p++;
}

static inline void judge_design_end(judge_test &judge_t)
{
	judge_t.judge_what = "the arguments (line 2)";
	judge_ws(judge_t);
	if (*judge_t.judge_p != ']')
		judge_fail(judge_t, "more argument lists than operations");
	judge_t.judge_p++;
	judge_ws(judge_t);
	if (*judge_t.judge_p != '\0')
		judge_fail(judge_t, "expected the end of the line");
	judge_t.judge_out += ']';
}

// ---- timing the calls ----

static inline long long judge_ns_since(const struct timespec &judge_a,
				       const struct timespec &judge_b)
{
	return (long long)(judge_b.tv_sec - judge_a.tv_sec) * 1000000000LL +
	       (judge_b.tv_nsec - judge_a.tv_nsec);
}

static void judge_on_prof(int judge_sig)
{
	struct timespec judge_now;
	char judge_d[24];

	(void)judge_sig;
	if (!judge_timing)
		return;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &judge_now);
	long long judge_ns = judge_spent_before + judge_ns_since(judge_t0, judge_now);
	char *judge_q = judge_fmt_ull(judge_d + sizeof(judge_d) - 1, (unsigned long long)judge_ns);
	judge_d[sizeof(judge_d) - 1] = '\n';
	judge_write_all(judge_out_fd, judge_tle_line, judge_tle_len);
	judge_write_all(judge_out_fd, judge_q, (std::size_t)(judge_d + sizeof(judge_d) - judge_q));
	std::_Exit(0);
}

static inline void judge_arm(long long judge_ns)
{
	struct itimerspec judge_it;

	if (!judge_have_timer)
		return;
	std::memset(&judge_it, 0, sizeof(judge_it));
	judge_it.it_value.tv_sec = (time_t)(judge_ns / 1000000000LL);
	judge_it.it_value.tv_nsec = (long)(judge_ns % 1000000000LL);
	timer_settime(judge_timer, 0, &judge_it, nullptr);
}

// Around every call of solution code.
static inline void judge_begin(judge_test &judge_t)
{
	judge_spent_before = judge_t.judge_cpu_ns;
	if (judge_limit_ns > 0) {
		long long judge_left = judge_limit_ns - judge_t.judge_cpu_ns;

		judge_arm(judge_left > 1000 ? judge_left : 1000);
	}
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &judge_t0);
	judge_timing = 1;
}

static inline void judge_end(judge_test &judge_t)
{
	struct timespec judge_now;

	if (!judge_timing)
		return;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &judge_now);
	judge_timing = 0;
	if (judge_limit_ns > 0)
		judge_arm(0);
	judge_t.judge_cpu_ns += judge_ns_since(judge_t0, judge_now);
}

// ---- writing results (called by the generated code) ----

static inline void judge_sep(judge_test &judge_t)
{
	if (judge_t.judge_design && judge_t.judge_nput > 0)
		judge_t.judge_out += ',';
	judge_t.judge_nput++;
}

static inline void judge_put_null(judge_test &judge_t)
{
	judge_sep(judge_t);
	judge_t.judge_out += "null";
}

template <class JUDGE_T>
static inline void judge_put(judge_test &judge_t, const JUDGE_T &judge_v)
{
	judge_sep(judge_t);
	judge_add_value(judge_t.judge_out, judge_v);
}

// Length-from-return: the first n elements of the output.
template <class JUDGE_T, class JUDGE_N>
static inline void judge_put_prefix(judge_test &judge_t, const JUDGE_T &judge_v, JUDGE_N judge_n)
{
	if ((long long)judge_n < 0 || (unsigned long long)judge_n > judge_v.size())
		throw judge_bad_result{"the returned length " + std::to_string(judge_n) +
				       " is outside 0.." + std::to_string(judge_v.size())};
	judge_sep(judge_t);
	judge_t.judge_out += '[';
	for (std::size_t judge_i = 0; judge_i < (std::size_t)judge_n; judge_i++) {
		if (judge_i)
			judge_t.judge_out += ',';
		judge_add_value(judge_t.judge_out, (typename JUDGE_T::value_type)judge_v[judge_i]);
	}
	judge_t.judge_out += ']';
}

// ---- the protocol ----

static char *judge_in_data;
static std::size_t judge_in_len, judge_in_pos, judge_in_scan, judge_in_cap;
static bool judge_in_eof;

// The next input line, NUL-terminated in place (the newline and a CR before
// it dropped), as its offset in judge_in_data; -1 at the end of the input.
// Offsets stay valid until judge_in_compact; pointers only until the next
// read, which may move the buffer.
static inline long long judge_in_next()
{
	if (!judge_in_data) {
		judge_in_cap = 1 << 20;
		judge_in_data = (char *)std::malloc(judge_in_cap);
		if (!judge_in_data)
			throw std::bad_alloc();
	}
	for (;;) {
		char *judge_nl = (char *)std::memchr(judge_in_data + judge_in_scan, '\n',
						     judge_in_len - judge_in_scan);

		if (judge_nl || (judge_in_eof && judge_in_pos < judge_in_len)) {
			if (!judge_nl) {
				// A last line without a newline: there is room
				// for the NUL (see below).
				judge_nl = judge_in_data + judge_in_len;
				judge_in_len++;
			}
			char *judge_line = judge_in_data + judge_in_pos;
			*judge_nl = '\0';
			if (judge_nl > judge_line && judge_nl[-1] == '\r')
				judge_nl[-1] = '\0';
			judge_in_pos = judge_in_scan = (std::size_t)(judge_nl - judge_in_data) + 1;
			return (long long)(judge_line - judge_in_data);
		}
		if (judge_in_eof)
			return -1;
		judge_in_scan = judge_in_len;
		if (judge_in_cap - judge_in_len < 65536 + 1) {
			judge_in_cap = judge_in_cap ? judge_in_cap * 2 : 1 << 20;
			judge_in_data = (char *)std::realloc(judge_in_data, judge_in_cap);
			if (!judge_in_data)
				throw std::bad_alloc();
		}
		ssize_t judge_r = ::read(judge_in_fd, judge_in_data + judge_in_len,
					 judge_in_cap - judge_in_len - 1);
		if (judge_r < 0 && errno == EINTR)
			continue;
		if (judge_r <= 0)
			judge_in_eof = true;
		else
			judge_in_len += (std::size_t)judge_r;
	}
}

static inline const char *judge_in_line()
{
	long long judge_off = judge_in_next();

	return judge_off < 0 ? nullptr : judge_in_data + judge_off;
}

// Drops the lines already read (between tests).
static inline void judge_in_compact()
{
	std::memmove(judge_in_data, judge_in_data + judge_in_pos, judge_in_len - judge_in_pos);
	judge_in_len -= judge_in_pos;
	judge_in_scan -= judge_in_pos;
	judge_in_pos = 0;
}

// Runs before the solution's static initialisers: see the top of the file.
__attribute__((constructor(101))) static void judge_redirect()
{
	judge_out_fd = (int)::syscall(SYS_fcntl, 1, JUDGE_F_DUPFD_CLOEXEC, JUDGE_FIRST_PRIVATE_FD);
	judge_in_fd = (int)::syscall(SYS_fcntl, 0, JUDGE_F_DUPFD_CLOEXEC, JUDGE_FIRST_PRIVATE_FD);
	if (judge_out_fd < 0 || judge_in_fd < 0 || ::dup2(2, 1) < 0)
		judge_die("cannot move stdin and stdout away");
	::close(0);
}

static inline void judge_setup_signals()
{
	struct sigaction judge_sa;
	struct sigevent judge_ev;
	stack_t judge_ss;

	std::memset(&judge_ss, 0, sizeof(judge_ss));
	judge_ss.ss_sp = judge_altstack;
	judge_ss.ss_size = sizeof(judge_altstack);
	sigaltstack(&judge_ss, nullptr);
	std::memset(&judge_sa, 0, sizeof(judge_sa));
	judge_sa.sa_handler = judge_on_prof;
	sigemptyset(&judge_sa.sa_mask);
	judge_sa.sa_flags = SA_ONSTACK | SA_RESTART;
	sigaction(SIGPROF, &judge_sa, nullptr);
	std::memset(&judge_ev, 0, sizeof(judge_ev));
	judge_ev.sigev_notify = SIGEV_SIGNAL;
	judge_ev.sigev_signo = SIGPROF;
	// The thread's clock, not the process's: see the top of the file.
	judge_have_timer = timer_create(CLOCK_THREAD_CPUTIME_ID, &judge_ev, &judge_timer) == 0;
}

static inline bool judge_starts(const char *judge_s, const char *judge_w)
{
	std::size_t judge_n = std::strlen(judge_w);

	return std::strncmp(judge_s, judge_w, judge_n) == 0 &&
	       (judge_s[judge_n] == ' ' || judge_s[judge_n] == '\0');
}

// Reads the protocol header up to "tests N"; returns N or -1.
static inline long long judge_read_header()
{
	const char *judge_l = judge_in_line();

	if (!judge_l || std::strcmp(judge_l, "judge-harness 1") != 0)
		return -1;
	while ((judge_l = judge_in_line()) != nullptr) {
		if (judge_starts(judge_l, "nonce")) {
			judge_nonce = judge_l + 6;
		} else if (judge_starts(judge_l, "limit-ms")) {
			judge_limit_ns = std::strtoll(judge_l + 9, nullptr, 10) * 1000000LL;
		} else if (judge_starts(judge_l, "function") || judge_starts(judge_l, "design")) {
			// The generated code already knows the signature.
			while ((judge_l = judge_in_line()) != nullptr && std::strcmp(judge_l, "end") != 0)
				;
			if (!judge_l)
				return -1;
		} else if (judge_starts(judge_l, "tests")) {
			return std::strtoll(judge_l + 6, nullptr, 10);
		}
	}
	return -1;
}

static inline void judge_emit(const std::string &judge_index, const judge_test &judge_t,
			      const char *judge_kind, const std::string &judge_msg)
{
	std::string judge_line;

	judge_line.reserve(judge_t.judge_out.size() + 64);
	judge_line += "@@";
	judge_line += judge_nonce;
	judge_line += ' ';
	judge_line += judge_index;
	judge_line += ' ';
	judge_line += judge_kind;
	judge_line += ' ';
	if (std::strcmp(judge_kind, "ok") == 0) {
		judge_add_ll(judge_line, judge_t.judge_cpu_ns);
		judge_line += ' ';
		judge_line += judge_t.judge_out;
	} else {
		for (char judge_c : judge_msg)
			judge_line += (unsigned char)judge_c < 0x20 ? ' ' : judge_c;
	}
	judge_line += '\n';
	judge_write_all(judge_out_fd, judge_line.data(), judge_line.size());
}

static inline void judge_flush_solution_output()
{
	std::cout.flush();
	std::cerr.flush();
	std::fflush(stdout);
}

// The driver: reads the protocol from the saved stdin and runs every test
// through run.  design says run expects the two lines of a design test;
// nargs is the number of lines a function test must have.  Returns the
// exit status for main.
static inline int judge_main(void (*judge_run_fn)(judge_test &), bool judge_is_design,
			     std::size_t judge_nargs)
{
	std::size_t judge_want = judge_is_design ? 2 : judge_nargs;
	long long judge_ntests = judge_read_header();

	if (judge_ntests < 0)
		judge_die("bad protocol header");
	judge_setup_signals();
	for (long long judge_k = 0; judge_k < judge_ntests; judge_k++) {
		const char *judge_l = judge_in_line();
		const char *judge_sp = nullptr;

		if (!judge_l)
			break;
		if (!judge_starts(judge_l, "test") || !(judge_sp = std::strchr(judge_l + 5, ' ')))
			judge_die("expected 'test INDEX COUNT'");
		std::string judge_index(judge_l + 5, (std::size_t)(judge_sp - (judge_l + 5)));
		unsigned long long judge_count = std::strtoull(judge_sp + 1, nullptr, 10);
		std::vector<long long> judge_offs;
		bool judge_eof = false;

		if (judge_index.size() > 31)
			judge_index.resize(31);
		for (unsigned long long judge_i = 0; judge_i < judge_count && !judge_eof; judge_i++) {
			judge_offs.push_back(judge_in_next());
			judge_eof = judge_offs.back() < 0;
		}
		judge_test judge_t;
		judge_t.judge_design = judge_is_design;
		if (!judge_eof)
			for (long long judge_off : judge_offs)
				judge_t.judge_lines.push_back(judge_in_data + judge_off);
		judge_tle_len = (std::size_t)std::snprintf(judge_tle_line, sizeof(judge_tle_line),
							   "@@%s %s tle ", judge_nonce.c_str(),
							   judge_index.c_str());
		const char *judge_kind = "ok";
		std::string judge_msg;
		try {
			if (judge_eof)
				throw judge_bad_input{"the input ended inside the test"};
			if (judge_count != judge_want)
				throw judge_bad_input{"the test has " + std::to_string(judge_count) +
						      " lines, not " + std::to_string(judge_want)};
			judge_run_fn(judge_t);
		} catch (const judge_bad_input &judge_e) {
			judge_kind = "bad";
			judge_msg = judge_e.judge_msg;
		} catch (const judge_bad_result &judge_e) {
			judge_kind = "error";
			judge_msg = judge_e.judge_msg;
		} catch (const std::bad_alloc &) {
			// Let it kill the process: judge reads that as MLE.
			judge_end(judge_t);
			judge_flush_solution_output();
			throw;
		} catch (const std::exception &judge_e) {
			judge_kind = "error";
			judge_msg = judge_e.what();
		} catch (const char *judge_e) {
			judge_kind = "error";
			judge_msg = judge_e ? judge_e : "an exception (a null const char *)";
		} catch (const std::string &judge_e) {
			judge_kind = "error";
			judge_msg = judge_e;
		} catch (int judge_e) {
			judge_kind = "error";
			judge_msg = "an exception (int " + std::to_string(judge_e) + ")";
		} catch (...) {
			judge_kind = "error";
			judge_msg = "an exception of unknown type";
		}
		judge_end(judge_t);
		if (std::strcmp(judge_kind, "error") == 0 && judge_msg.empty())
			judge_msg = "an exception with an empty message";
		judge_flush_solution_output();
		judge_emit(judge_index, judge_t, judge_kind, judge_msg);
		judge_t.judge_lines.clear();
		judge_in_compact();
		if (judge_eof)
			break;
	}
	judge_flush_solution_output();
	std::string judge_done = "@@" + judge_nonce + " done\n";
	judge_write_all(judge_out_fd, judge_done.data(), judge_done.size());
	return 0;
}

#endif
