/*
 * harness_gen.c: generates the C and C++ drivers' main files from a
 * signature block (see harness_gen.h and docs/function-problems.md).
 *
 * The block is parsed into a struct hg_sig: one method for a function
 * problem, the constructor and the methods for a design.  The generated
 * code only declares variables named judge_*, reads each argument with
 * the runtime's judge_read* (C) or judge_arg<T> (C++), times the call with
 * judge_begin/judge_end and serialises the result with judge_put*; the
 * runtime headers document those calls.
 *
 * C follows LeetCode's conventions: an array argument is followed by its
 * size, a 2-D one by its size and column sizes, a returned array adds
 * returnSize (and returnColumnSizes); a design class CLASS is a type
 * CLASS with functions cLASSCreate, cLASSMethod and cLASSFree, and Free is
 * called at the end of every test, since a C solution may keep global
 * state that only Free clears.
 */
#include "harness_gen.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define HG_MAX_NAME 64
#define HG_MAX_PARAMS 32
#define HG_MAX_METHODS 64
#define HG_MAX_DIMS 8
#define HG_MAX_TOKENS (HG_MAX_PARAMS + 3)
#define HG_MAX_LINE 1024

enum hg_base {
	HG_VOID,
	HG_INT,
	HG_LONG,
	HG_DOUBLE,
	HG_BOOL,
	HG_CHAR,
	HG_STRING,
	HG_LIST,
	HG_TREE,
	HG_GRAPH,
};

struct hg_type {
	enum hg_base base;
	int dims;
};

struct hg_param {
	char name[HG_MAX_NAME];
	struct hg_type type;
};

struct hg_method {
	char name[HG_MAX_NAME];
	struct hg_type ret;
	bool has_ret;
	size_t nparams;
	struct hg_param params[HG_MAX_PARAMS];
	int output;		/* index of the in-place output, or -1 */
	bool length_from_return;
};

/* A function problem has methods[0], the function; a design has
 * methods[0], the constructor (named after the class), then its methods. */
struct hg_sig {
	bool design;
	char name[HG_MAX_NAME];
	size_t nmethods;
	struct hg_method methods[HG_MAX_METHODS];
};

static const struct {
	const char *name;
	enum hg_base base;
} hg_bases[] = {
	{ "integer", HG_INT },	   { "long", HG_LONG },	    { "double", HG_DOUBLE },
	{ "boolean", HG_BOOL },	   { "character", HG_CHAR }, { "string", HG_STRING },
	{ "ListNode", HG_LIST },   { "TreeNode", HG_TREE },  { "void", HG_VOID },
	{ "Node", HG_GRAPH },
};

static int hg_fail(char *err, size_t err_len, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int hg_fail(char *err, size_t err_len, const char *fmt, ...)
{
	va_list ap;

	if (err_len > 0) {
		va_start(ap, fmt);
		vsnprintf(err, err_len, fmt, ap);
		va_end(ap);
	}
	return -1;
}

/* ---- parsing the block ---- */

static bool hg_is_ident(const char *s)
{
	if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_'))
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || *s == '_'))
			return false;
	return true;
}

/* A name the generated code uses as an identifier: it must not be able to
 * collide with the driver's own judge_ names. */
static int hg_check_name(const char *s, size_t lineno, char *err, size_t err_len)
{
	if (strlen(s) >= HG_MAX_NAME)
		return hg_fail(err, err_len, "line %zu: name '%.40s...' is too long", lineno, s);
	if (!hg_is_ident(s))
		return hg_fail(err, err_len, "line %zu: '%s' is not an identifier", lineno, s);
	if (strncmp(s, "judge_", 6) == 0 || strncmp(s, "JUDGE_", 6) == 0)
		return hg_fail(err, err_len, "line %zu: name '%s' is reserved for the driver",
			       lineno, s);
	return 0;
}

/* "integer[][]", "list<string>", "list<integer[]>"... */
static int hg_parse_type(const char *s, struct hg_type *t, size_t lineno, char *err,
			 size_t err_len)
{
	char buf[128];
	size_t n = strlen(s);

	if (n >= sizeof(buf))
		return hg_fail(err, err_len, "line %zu: type '%.40s...' is too long", lineno, s);
	memcpy(buf, s, n + 1);
	t->dims = 0;
	for (;;) {
		n = strlen(buf);
		if (n > 2 && strcmp(buf + n - 2, "[]") == 0) {
			buf[n - 2] = '\0';
		} else if (n > 6 && strncmp(buf, "list<", 5) == 0 && buf[n - 1] == '>') {
			memmove(buf, buf + 5, n - 6);
			buf[n - 6] = '\0';
		} else {
			break;
		}
		if (++t->dims > HG_MAX_DIMS)
			return hg_fail(err, err_len, "line %zu: type '%s' has too many dimensions",
				       lineno, s);
	}
	for (size_t i = 0; i < sizeof(hg_bases) / sizeof(hg_bases[0]); i++) {
		if (strcmp(buf, hg_bases[i].name) == 0) {
			t->base = hg_bases[i].base;
			if (t->base == HG_VOID && t->dims > 0)
				return hg_fail(err, err_len, "line %zu: type '%s': void has no arrays",
					       lineno, s);
			if (t->base == HG_GRAPH && t->dims > 0)
				return hg_fail(err, err_len, "line %zu: type '%s': no arrays of Node",
					       lineno, s);
			return 0;
		}
	}
	return hg_fail(err, err_len, "line %zu: unknown type '%s'", lineno, s);
}

/* A parameter type: anything but void. */
static int hg_parse_param_type(const char *s, struct hg_type *t, size_t lineno, char *err,
			       size_t err_len)
{
	if (hg_parse_type(s, t, lineno, err, err_len) != 0)
		return -1;
	if (t->base == HG_VOID)
		return hg_fail(err, err_len, "line %zu: a parameter cannot be void", lineno);
	return 0;
}

/* Splits line into whitespace-separated tokens (in place); returns their
 * number, or -1 when there are too many. */
static int hg_tokens(char *line, char **tok)
{
	int n = 0;
	char *p = line;

	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\r')
			p++;
		if (!*p)
			return n;
		if (n == HG_MAX_TOKENS)
			return -1;
		tok[n++] = p;
		while (*p && *p != ' ' && *p != '\t' && *p != '\r')
			p++;
		if (*p)
			*p++ = '\0';
	}
}

static int hg_function_line(struct hg_sig *sig, char **tok, int ntok, size_t lineno,
			    char *err, size_t err_len)
{
	struct hg_method *m = &sig->methods[0];

	if (strcmp(tok[0], "param") == 0) {
		struct hg_param *p;

		if (ntok != 3)
			return hg_fail(err, err_len, "line %zu: expected 'param NAME TYPE'", lineno);
		if (m->nparams == HG_MAX_PARAMS)
			return hg_fail(err, err_len, "line %zu: more than %d parameters", lineno,
				       HG_MAX_PARAMS);
		p = &m->params[m->nparams];
		if (hg_check_name(tok[1], lineno, err, err_len) != 0 ||
		    hg_parse_param_type(tok[2], &p->type, lineno, err, err_len) != 0)
			return -1;
		for (size_t i = 0; i < m->nparams; i++)
			if (strcmp(m->params[i].name, tok[1]) == 0)
				return hg_fail(err, err_len, "line %zu: parameter '%s' twice", lineno,
					       tok[1]);
		strcpy(p->name, tok[1]);
		m->nparams++;
	} else if (strcmp(tok[0], "returns") == 0) {
		if (ntok != 2)
			return hg_fail(err, err_len, "line %zu: expected 'returns TYPE'", lineno);
		if (m->has_ret)
			return hg_fail(err, err_len, "line %zu: a second 'returns'", lineno);
		if (hg_parse_type(tok[1], &m->ret, lineno, err, err_len) != 0)
			return -1;
		m->has_ret = true;
	} else if (strcmp(tok[0], "output") == 0) {
		if (ntok != 2)
			return hg_fail(err, err_len, "line %zu: expected 'output NAME'", lineno);
		m->output = -1;
		for (size_t i = 0; i < m->nparams; i++)
			if (strcmp(m->params[i].name, tok[1]) == 0)
				m->output = (int)i;
		if (m->output < 0)
			return hg_fail(err, err_len,
				       "line %zu: output '%s' is not a parameter declared before it",
				       lineno, tok[1]);
	} else if (strcmp(tok[0], "length-from-return") == 0) {
		if (ntok != 1)
			return hg_fail(err, err_len, "line %zu: expected 'length-from-return'",
				       lineno);
		m->length_from_return = true;
	} else {
		return hg_fail(err, err_len, "line %zu: unknown line '%s' in a function", lineno,
			       tok[0]);
	}
	return 0;
}

static int hg_design_line(struct hg_sig *sig, char **tok, int ntok, size_t lineno,
			  char *err, size_t err_len, bool *have_ctor)
{
	struct hg_method *m;
	int first;

	if (strcmp(tok[0], "constructor") == 0) {
		if (*have_ctor)
			return hg_fail(err, err_len, "line %zu: a second constructor", lineno);
		*have_ctor = true;
		m = &sig->methods[0];
		first = 1;
	} else if (strcmp(tok[0], "method") == 0) {
		if (ntok < 3)
			return hg_fail(err, err_len,
				       "line %zu: expected 'method NAME RETURNTYPE PARAMTYPE...'",
				       lineno);
		if (sig->nmethods == HG_MAX_METHODS)
			return hg_fail(err, err_len, "line %zu: more than %d methods", lineno,
				       HG_MAX_METHODS - 1);
		if (hg_check_name(tok[1], lineno, err, err_len) != 0)
			return -1;
		for (size_t i = 0; i < sig->nmethods; i++)
			if (strcmp(sig->methods[i].name, tok[1]) == 0)
				return hg_fail(err, err_len, "line %zu: method '%s' twice%s", lineno,
					       tok[1], i == 0 ? " (or named after the class)" : "");
		m = &sig->methods[sig->nmethods++];
		strcpy(m->name, tok[1]);
		if (hg_parse_type(tok[2], &m->ret, lineno, err, err_len) != 0)
			return -1;
		m->has_ret = true;
		first = 3;
	} else {
		return hg_fail(err, err_len, "line %zu: unknown line '%s' in a design", lineno,
			       tok[0]);
	}
	if (ntok - first > HG_MAX_PARAMS)
		return hg_fail(err, err_len, "line %zu: more than %d parameters", lineno,
			       HG_MAX_PARAMS);
	for (int i = first; i < ntok; i++) {
		struct hg_param *p = &m->params[m->nparams++];

		snprintf(p->name, sizeof(p->name), "arg%d", i - first + 1);
		if (hg_parse_param_type(tok[i], &p->type, lineno, err, err_len) != 0)
			return -1;
	}
	return 0;
}

/* What the whole signature must satisfy, once it is read. */
static int hg_check_function(const struct hg_method *m, char *err, size_t err_len)
{
	const struct hg_type *o;

	if (!m->has_ret)
		return hg_fail(err, err_len, "function '%s' has no 'returns' line", m->name);
	if (m->length_from_return && m->output < 0)
		return hg_fail(err, err_len, "'length-from-return' needs an 'output' line");
	if (m->output < 0)
		return 0;
	o = &m->params[m->output].type;
	if (o->dims == 0 && o->base != HG_STRING && o->base != HG_LIST && o->base != HG_TREE)
		return hg_fail(err, err_len, "output '%s' is a scalar, which cannot change in place",
			       m->params[m->output].name);
	if (m->length_from_return &&
	    (o->dims != 1 || m->ret.dims != 0 || (m->ret.base != HG_INT && m->ret.base != HG_LONG)))
		return hg_fail(err, err_len, "'length-from-return' needs an array output and an "
			       "integer result");
	return 0;
}

static int hg_parse(const char *block, struct hg_sig *sig, char *err, size_t err_len)
{
	const char *p = block;
	size_t lineno = 0;
	bool started = false, have_ctor = false;

	while (*p) {
		char line[HG_MAX_LINE], *tok[HG_MAX_TOKENS];
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		int ntok;

		lineno++;
		if (n >= sizeof(line))
			return hg_fail(err, err_len, "line %zu is too long", lineno);
		memcpy(line, p, n);
		line[n] = '\0';
		p += n + (nl ? 1 : 0);
		ntok = hg_tokens(line, tok);
		if (ntok < 0)
			return hg_fail(err, err_len, "line %zu has too many words", lineno);
		if (ntok == 0)
			continue;
		if (!started) {
			if (ntok != 2 || (strcmp(tok[0], "function") != 0 &&
					  strcmp(tok[0], "design") != 0))
				return hg_fail(err, err_len,
					       "line %zu: expected 'function NAME' or 'design CLASS'",
					       lineno);
			if (hg_check_name(tok[1], lineno, err, err_len) != 0)
				return -1;
			sig->design = strcmp(tok[0], "design") == 0;
			strcpy(sig->name, tok[1]);
			strcpy(sig->methods[0].name, tok[1]);
			sig->nmethods = 1;
			started = true;
			continue;
		}
		if (strcmp(tok[0], "end") == 0 && ntok == 1)
			break;
		if ((sig->design ? hg_design_line(sig, tok, ntok, lineno, err, err_len, &have_ctor)
				 : hg_function_line(sig, tok, ntok, lineno, err, err_len)) != 0)
			return -1;
	}
	if (!started)
		return hg_fail(err, err_len, "empty signature block");
	if (!sig->design)
		return hg_check_function(&sig->methods[0], err, err_len);
	return 0;
}

/* ---- what the languages can express ---- */

static int hg_check_c_type(const struct hg_type *t, const char *what, char *err, size_t err_len)
{
	if (t->dims > 2)
		return hg_fail(err, err_len, "%s: C has no convention for %d-dimensional arrays",
			       what, t->dims);
	if (t->dims > 1 && (t->base == HG_LIST || t->base == HG_TREE))
		return hg_fail(err, err_len, "%s: C has no convention for 2-D arrays of %s", what,
			       t->base == HG_LIST ? "lists" : "trees");
	return 0;
}

static int hg_check_c(const struct hg_sig *sig, char *err, size_t err_len)
{
	for (size_t i = 0; i < sig->nmethods; i++) {
		const struct hg_method *m = &sig->methods[i];
		char what[2 * HG_MAX_NAME + 32];

		snprintf(what, sizeof(what), "'%s' returns", m->name);
		if (hg_check_c_type(&m->ret, what, err, err_len) != 0)
			return -1;
		for (size_t k = 0; k < m->nparams; k++) {
			snprintf(what, sizeof(what), "'%s' parameter '%s'", m->name, m->params[k].name);
			if (hg_check_c_type(&m->params[k].type, what, err, err_len) != 0)
				return -1;
		}
	}
	return 0;
}

/* ---- C ---- */

static const char *hg_enum(enum hg_base b)
{
	switch (b) {
	case HG_VOID: break;
	case HG_INT: return "JUDGE_INT";
	case HG_LONG: return "JUDGE_LONG";
	case HG_DOUBLE: return "JUDGE_DOUBLE";
	case HG_BOOL: return "JUDGE_BOOL";
	case HG_CHAR: return "JUDGE_CHAR";
	case HG_STRING: return "JUDGE_STRING";
	case HG_LIST: return "JUDGE_LIST";
	case HG_TREE: return "JUDGE_TREE";
	case HG_GRAPH: break;
	}
	return "JUDGE_INT";
}

/* The C type of t: its name and its number of '*'s. */
static const char *hg_c_name(const struct hg_type *t, int *stars)
{
	*stars = t->dims;
	switch (t->base) {
	case HG_VOID: return "void";
	case HG_INT: return "int";
	case HG_LONG: return "long long";
	case HG_DOUBLE: return "double";
	case HG_BOOL: return "bool";
	case HG_CHAR: return "char";
	case HG_STRING: ++*stars; return "char";
	case HG_LIST: ++*stars; return "struct ListNode";
	case HG_TREE: ++*stars; return "struct TreeNode";
	case HG_GRAPH: ++*stars; return "struct Node";
	}
	return "int";
}

/* "TYPE *...VAR" */
static void hg_c_decl(FILE *out, const struct hg_type *t, const char *var)
{
	int stars;
	const char *name = hg_c_name(t, &stars);

	fprintf(out, "%s %.*s%s", name, stars, "**********", var);
}

/* The zero of t's C type. */
static const char *hg_c_zero(const struct hg_type *t)
{
	int stars;

	hg_c_name(t, &stars);
	return stars > 0 ? "NULL" : "0";
}

/* The C name of a design function: lRUCache + Get. */
static void hg_c_design_fn(char *buf, size_t len, const char *cls, const char *method)
{
	char first = method[0];

	if (first >= 'a' && first <= 'z')
		first = (char)(first - 'a' + 'A');
	snprintf(buf, len, "%c%s%c%s",
		 cls[0] >= 'A' && cls[0] <= 'Z' ? (char)(cls[0] - 'A' + 'a') : cls[0], cls + 1,
		 first, method + 1);
}

/*
 * One call in C: declare and read the arguments, call, serialise.  design
 * says the arguments come from an operation's list and fail jumps to
 * judge_out (where the design's Free is called); otherwise they come from
 * the test's lines and fail returns.
 */
static void hg_c_call(FILE *out, const struct hg_sig *sig, const struct hg_method *m,
		      bool ctor, const char *in)
{
	const char *fail = sig->design ? "goto judge_out" : "return";
	char callee[3 * HG_MAX_NAME];
	bool lfr = m->length_from_return;
	const char *sep = "";

	for (size_t k = 0; k < m->nparams; k++) {
		const struct hg_type *t = &m->params[k].type;
		char var[32];

		snprintf(var, sizeof(var), "judge_a%zu", k);
		/* Initialised, though every path reads them first: gcc
		 * cannot always see that and warns. */
		fprintf(out, "%s", in);
		hg_c_decl(out, t, var);
		fprintf(out, " = %s;\n", hg_c_zero(t));
		if (t->dims > 0)
			fprintf(out, "%sint judge_a%zu_size = 0;\n", in, k);
		if (t->dims > 1)
			fprintf(out, "%sint *judge_a%zu_cols = NULL;\n", in, k);
	}
	if (m->nparams > 0)
		fprintf(out, "\n");
	for (size_t k = 0; k < m->nparams; k++) {
		const struct hg_type *t = &m->params[k].type;

		if (sig->design)
			fprintf(out, "%sif (judge_op_arg(judge_t, %zu) != 0 ||\n", in, k);
		else
			fprintf(out, "%sif (judge_arg(judge_t, %zu, \"%s\") != 0 ||\n", in, k,
				m->params[k].name);
		if (t->base == HG_GRAPH)
			fprintf(out, "%s    judge_read_graph(judge_t, &judge_a%zu) != 0)\n", in, k);
		else if (t->dims == 0)
			fprintf(out, "%s    judge_read(judge_t, %s, &judge_a%zu) != 0)\n", in,
				hg_enum(t->base), k);
		else if (t->dims == 1)
			fprintf(out, "%s    judge_read_array(judge_t, %s, &judge_a%zu, &judge_a%zu_size) != 0)\n",
				in, hg_enum(t->base), k, k);
		else
			fprintf(out, "%s    judge_read_array2(judge_t, %s, &judge_a%zu, &judge_a%zu_size,\n"
				"%s\t\t      &judge_a%zu_cols) != 0)\n",
				in, hg_enum(t->base), k, k, in, k);
		fprintf(out, "%s\t%s;\n", in, fail);
	}
	if (sig->design)
		fprintf(out, "%sif (judge_op_end(judge_t) != 0)\n%s\t%s;\n", in, in, fail);
	if (m->ret.base != HG_VOID && m->ret.dims > 0 && !ctor)
		fprintf(out, "%sint judge_rn = 0;\n", in);
	if (m->ret.base != HG_VOID && m->ret.dims > 1 && !ctor)
		fprintf(out, "%sint *judge_rcols = NULL;\n", in);

	/* The call. */
	fprintf(out, "%sjudge_begin(judge_t);\n%s", in, in);
	if (ctor) {
		hg_c_design_fn(callee, sizeof(callee), sig->name, "Create");
		fprintf(out, "judge_obj = ");
	} else if (sig->design) {
		hg_c_design_fn(callee, sizeof(callee), sig->name, m->name);
	} else {
		snprintf(callee, sizeof(callee), "%s", m->name);
	}
	if (!ctor && m->ret.base != HG_VOID) {
		hg_c_decl(out, &m->ret, "judge_r");
		fprintf(out, " = ");
	}
	fprintf(out, "%s(", callee);
	if (sig->design && !ctor) {
		fprintf(out, "judge_obj");
		sep = ", ";
	}
	for (size_t k = 0; k < m->nparams; k++) {
		fprintf(out, "%sjudge_a%zu", sep, k);
		if (m->params[k].type.dims > 0)
			fprintf(out, ", judge_a%zu_size", k);
		if (m->params[k].type.dims > 1)
			fprintf(out, ", judge_a%zu_cols", k);
		sep = ", ";
	}
	if (!ctor && m->ret.base != HG_VOID && m->ret.dims > 0)
		fprintf(out, "%s&judge_rn", sep);
	if (!ctor && m->ret.base != HG_VOID && m->ret.dims > 1)
		fprintf(out, ", &judge_rcols");
	fprintf(out, ");\n");
	if (ctor)
		fprintf(out, "%sjudge_made = 1;\n", in);
	fprintf(out, "%sjudge_end(judge_t);\n", in);

	/* The result. */
	if (ctor) {
		fprintf(out, "%sjudge_put_null(judge_t);\n", in);
	} else if (m->output >= 0) {
		const struct hg_type *t = &m->params[m->output].type;
		int k = m->output;

		if (lfr)
			fprintf(out, "%sif (judge_check_len(judge_t, judge_r, judge_a%d_size) != 0 ||\n"
				"%s    judge_put_array(judge_t, %s, judge_a%d, judge_r) != 0)\n",
				in, k, in, hg_enum(t->base), k);
		else if (t->dims == 0)
			fprintf(out, "%sif (judge_put(judge_t, %s, &judge_a%d) != 0)\n", in,
				hg_enum(t->base), k);
		else if (t->dims == 1)
			fprintf(out, "%sif (judge_put_array(judge_t, %s, judge_a%d, judge_a%d_size) != 0)\n",
				in, hg_enum(t->base), k, k);
		else
			fprintf(out, "%sif (judge_put_array2(judge_t, %s, judge_a%d, judge_a%d_size,\n"
				"%s\t\t     judge_a%d_cols) != 0)\n",
				in, hg_enum(t->base), k, k, in, k);
		fprintf(out, "%s\t%s;\n", in, fail);
		if (!lfr && m->ret.base != HG_VOID)
			fprintf(out, "%s(void)judge_r;\n", in);
	} else if (m->ret.base == HG_VOID) {
		fprintf(out, "%sjudge_put_null(judge_t);\n", in);
	} else {
		if (m->ret.base == HG_GRAPH)
			fprintf(out, "%sif (judge_put_graph(judge_t, judge_r) != 0)\n", in);
		else if (m->ret.dims == 0)
			fprintf(out, "%sif (judge_put(judge_t, %s, &judge_r) != 0)\n", in,
				hg_enum(m->ret.base));
		else if (m->ret.dims == 1)
			fprintf(out, "%sif (judge_put_array(judge_t, %s, judge_r, judge_rn) != 0)\n", in,
				hg_enum(m->ret.base));
		else
			fprintf(out, "%sif (judge_put_array2(judge_t, %s, judge_r, judge_rn, judge_rcols) != 0)\n",
				in, hg_enum(m->ret.base));
		fprintf(out, "%s\t%s;\n", in, fail);
	}
}

static void hg_methods_table(FILE *out, const struct hg_sig *sig, const char *null)
{
	fprintf(out, "\tstatic const char *const judge_methods[] = {\n");
	for (size_t i = 0; i < sig->nmethods; i++)
		fprintf(out, "\t\t\"%s\",\n", sig->methods[i].name);
	fprintf(out, "\t\t%s,\n\t};\n", null);
}

/* Whether the signature uses LeetCode's graph Node: its definition and
 * the driver's graph code are there only then, since other solutions
 * declare a Node of their own. */
static bool hg_uses_graph(const struct hg_sig *sig)
{
	for (size_t i = 0; i < sig->nmethods; i++) {
		const struct hg_method *m = &sig->methods[i];

		if (m->has_ret && m->ret.base == HG_GRAPH)
			return true;
		for (size_t k = 0; k < m->nparams; k++)
			if (m->params[k].type.base == HG_GRAPH)
				return true;
	}
	return false;
}

static void hg_gen_c(FILE *out, const struct hg_sig *sig)
{
	char freefn[3 * HG_MAX_NAME];
	bool graph = hg_uses_graph(sig);

	fprintf(out, "/* Generated by judge from the signature of %s: do not edit. */\n"
		"#include \"judge_prelude.h\"\n", sig->name);
	if (graph)
		fprintf(out, "\n/* LeetCode's definition, exactly. */\n"
			"struct Node {\n"
			"\tint val;\n"
			"\tint numNeighbors;\n"
			"\tstruct Node **neighbors;\n"
			"};\n\n");
	fprintf(out, "#include \"solution.c\"\n"
		"#include \"judge_runtime.h\"\n%s\n",
		graph ? "#include \"judge_graph.h\"\n" : "");
	fprintf(out, "static void judge_run(struct judge_test *judge_t)\n{\n");
	if (!sig->design) {
		hg_c_call(out, sig, &sig->methods[0], false, "\t");
		fprintf(out, "}\n\nint main(void)\n{\n"
			"\treturn judge_main(judge_run, 0, %zu);\n}\n",
			sig->methods[0].nparams);
		return;
	}
	hg_methods_table(out, sig, "NULL");
	fprintf(out, "\t%s *judge_obj = NULL;\n"
		"\tint judge_made = 0;\n"
		"\tint *judge_ops = NULL;\n"
		"\tsize_t judge_n = 0;\n\n"
		"\tif (judge_design_ops(judge_t, judge_methods, &judge_ops, &judge_n) != 0)\n"
		"\t\treturn;\n"
		"\tfor (size_t judge_i = 0; judge_i < judge_n; judge_i++) {\n"
		"\t\tif (judge_op_begin(judge_t, judge_i) != 0)\n"
		"\t\t\tgoto judge_out;\n"
		"\t\tswitch (judge_ops[judge_i]) {\n",
		sig->name);
	for (size_t i = 0; i < sig->nmethods; i++) {
		fprintf(out, "\t\tcase %zu: {\n", i);
		hg_c_call(out, sig, &sig->methods[i], i == 0, "\t\t\t");
		fprintf(out, "\t\t\tbreak;\n\t\t}\n");
	}
	hg_c_design_fn(freefn, sizeof(freefn), sig->name, "Free");
	fprintf(out, "\t\tdefault:\n"
		"\t\t\tgoto judge_out;\n"
		"\t\t}\n"
		"\t}\n"
		"\tjudge_design_end(judge_t);\n"
		"judge_out:\n"
		"\t/* A C solution may keep global state that only Free clears. */\n"
		"\tif (judge_made) {\n"
		"\t\tjudge_begin(judge_t);\n"
		"\t\t%s(judge_obj);\n"
		"\t\tjudge_end(judge_t);\n"
		"\t}\n"
		"}\n\n"
		"int main(void)\n{\n"
		"\treturn judge_main(judge_run, 1, 2);\n}\n",
		freefn);
}

/* ---- C++ ---- */

static void hg_cpp_type(FILE *out, const struct hg_type *t)
{
	static const char *const names[] = {
		[HG_VOID] = "void",	    [HG_INT] = "int",		[HG_LONG] = "long long",
		[HG_DOUBLE] = "double",	    [HG_BOOL] = "bool",		[HG_CHAR] = "char",
		[HG_STRING] = "std::string", [HG_LIST] = "ListNode *", [HG_TREE] = "TreeNode *",
		[HG_GRAPH] = "Node *",
	};

	for (int i = 0; i < t->dims; i++)
		fprintf(out, "std::vector<");
	fprintf(out, "%s", names[t->base]);
	for (int i = 0; i < t->dims; i++)
		fprintf(out, ">");
}

/*
 * One call in C++.  A constructor's arguments are declared before the loop
 * over the operations (judge_cK), as LeetCode's driver keeps them: a class
 * may hold references or iterators into them.
 */
static void hg_cpp_call(FILE *out, const struct hg_sig *sig, const struct hg_method *m,
			bool ctor, const char *in)
{
	const char *sep = "";
	const char *var = ctor ? "judge_c" : "judge_a";

	for (size_t k = 0; k < m->nparams; k++) {
		const struct hg_type *t = &m->params[k].type;

		fprintf(out, "%s", in);
		if (!ctor) {
			hg_cpp_type(out, t);
			fprintf(out, " ");
		}
		fprintf(out, "%s%zu = ", var, k);
		if (sig->design) {
			fprintf(out, "judge_op_arg<");
			hg_cpp_type(out, t);
			fprintf(out, ">(judge_t, %zu);\n", k);
		} else {
			fprintf(out, "judge_arg<");
			hg_cpp_type(out, t);
			fprintf(out, ">(judge_t, %zu, \"%s\");\n", k, m->params[k].name);
		}
	}
	if (sig->design)
		fprintf(out, "%sjudge_op_end(judge_t);\n", in);
	fprintf(out, "%sjudge_begin(judge_t);\n", in);
	if (ctor) {
		fprintf(out, "%sjudge_obj.reset(new %s(", in, sig->name);
	} else if (sig->design) {
		fprintf(out, "%s%sjudge_obj->%s(", in,
			m->ret.base != HG_VOID ? "auto judge_r = " : "", m->name);
	} else {
		fprintf(out, "%sstd::unique_ptr<Solution> judge_sol(new Solution());\n", in);
		fprintf(out, "%s%sjudge_sol->%s(", in,
			m->ret.base != HG_VOID ? "auto judge_r = " : "", m->name);
	}
	for (size_t k = 0; k < m->nparams; k++) {
		fprintf(out, "%s%s%zu", sep, var, k);
		sep = ", ";
	}
	fprintf(out, ctor ? "));\n" : ");\n");
	fprintf(out, "%sjudge_end(judge_t);\n", in);
	if (ctor || (m->ret.base == HG_VOID && m->output < 0)) {
		fprintf(out, "%sjudge_put_null(judge_t);\n", in);
	} else if (m->output >= 0) {
		if (m->length_from_return)
			fprintf(out, "%sjudge_put_prefix(judge_t, judge_a%d, judge_r);\n", in, m->output);
		else
			fprintf(out, "%sjudge_put(judge_t, judge_a%d);\n", in, m->output);
		if (!m->length_from_return && m->ret.base != HG_VOID)
			fprintf(out, "%s(void)judge_r;\n", in);
	} else if (m->ret.base == HG_GRAPH) {
		fprintf(out, "%sjudge_put_graph(judge_t, judge_r);\n", in);
	} else {
		fprintf(out, "%sjudge_put(judge_t, judge_r);\n", in);
	}
}

static void hg_gen_cpp(FILE *out, const struct hg_sig *sig)
{
	bool graph = hg_uses_graph(sig);

	fprintf(out, "// Generated by judge from the signature of %s: do not edit.\n"
		"#include \"judge_prelude.hpp\"\n", sig->name);
	if (graph)
		fprintf(out, "\n// LeetCode's definition, exactly.\n"
			"class Node {\n"
			"public:\n"
			"    int val;\n"
			"    vector<Node*> neighbors;\n"
			"    Node() {\n"
			"        val = 0;\n"
			"        neighbors = vector<Node*>();\n"
			"    }\n"
			"    Node(int _val) {\n"
			"        val = _val;\n"
			"        neighbors = vector<Node*>();\n"
			"    }\n"
			"    Node(int _val, vector<Node*> _neighbors) {\n"
			"        val = _val;\n"
			"        neighbors = _neighbors;\n"
			"    }\n"
			"};\n\n");
	fprintf(out, "#include \"solution.cpp\"\n"
		"#include \"judge_runtime.hpp\"\n%s\n",
		graph ? "#include \"judge_graph.hpp\"\n" : "");
	fprintf(out, "static void judge_run(judge_test &judge_t)\n{\n");
	if (!sig->design) {
		hg_cpp_call(out, sig, &sig->methods[0], false, "\t");
		fprintf(out, "}\n\nint main()\n{\n"
			"\treturn judge_main(judge_run, false, %zu);\n}\n",
			sig->methods[0].nparams);
		return;
	}
	hg_methods_table(out, sig, "nullptr");
	fprintf(out, "\tstd::vector<int> judge_ops = judge_design_ops(judge_t, judge_methods);\n");
	for (size_t k = 0; k < sig->methods[0].nparams; k++) {
		fprintf(out, "\t");
		hg_cpp_type(out, &sig->methods[0].params[k].type);
		fprintf(out, " judge_c%zu{};\n", k);
	}
	/* After the arguments, so that it is deleted before them. */
	fprintf(out, "\tstd::unique_ptr<%s> judge_obj;\n\n"
		"\tfor (std::size_t judge_i = 0; judge_i < judge_ops.size(); judge_i++) {\n"
		"\t\tjudge_op_begin(judge_t, judge_i);\n"
		"\t\tswitch (judge_ops[judge_i]) {\n",
		sig->name);
	for (size_t i = 0; i < sig->nmethods; i++) {
		fprintf(out, "\t\tcase %zu: {\n", i);
		hg_cpp_call(out, sig, &sig->methods[i], i == 0, "\t\t\t");
		fprintf(out, "\t\t\tbreak;\n\t\t}\n");
	}
	fprintf(out, "\t\t}\n"
		"\t}\n"
		"\tjudge_design_end(judge_t);\n"
		"}\n\n"
		"int main()\n{\n"
		"\treturn judge_main(judge_run, true, 2);\n}\n");
}

int harness_generate(const char *signature_block, int cpp, FILE *out, char *err,
		     size_t err_len)
{
	struct hg_sig *sig = calloc(1, sizeof(*sig));
	int rc = -1;

	if (err_len > 0)
		err[0] = '\0';
	if (!sig)
		return hg_fail(err, err_len, "out of memory");
	for (size_t i = 0; i < HG_MAX_METHODS; i++)
		sig->methods[i].output = -1;
	if (hg_parse(signature_block, sig, err, err_len) != 0)
		goto out;
	if (!cpp && hg_check_c(sig, err, err_len) != 0)
		goto out;
	if (cpp)
		hg_gen_cpp(out, sig);
	else
		hg_gen_c(out, sig);
	if (fflush(out) != 0 || ferror(out)) {
		hg_fail(err, err_len, "cannot write the driver");
		goto out;
	}
	rc = 0;
out:
	free(sig);
	return rc;
}
