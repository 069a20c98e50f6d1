/*
 * starter.c: writes the starter file of a function or design problem in
 * one language, as LeetCode's editor shows it (see starter.h).
 *
 * The signature block is parsed by sigblock.c, as harness_gen.c's is (so
 * that a block one accepts the other accepts), and with the "names" lines
 * only starters take, into a struct sigblock; its types keep which of
 * their dimensions are arrays and which are lists, as Java alone tells
 * int[] from List<Integer>.  Then each method's parameters are laid out
 * in the language (struct st_arg: its type and name, with C's added
 * sizes, Python's self and C's obj) and checked against the language's
 * keywords and against each other, before anything is written.  The
 * writers for the five languages only print.
 */
#include "starter.h"
#include "sigblock.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define ST_MAX_TYPE 256
/* A method's parameters in one language: C's obj, up to three per
 * parameter (C's array, size and column sizes), C's result sizes. */
#define ST_MAX_ARGS (1 + 3 * SIGBLOCK_MAX_PARAMS + 2)

enum st_lang {
	ST_C,
	ST_CPP,
	ST_PYTHON,
	ST_JAVA,
	ST_JS,
};

static const struct {
	const char *id;
	enum st_lang lang;
} st_langs[] = {
	{ "c", ST_C },	     { "cpp", ST_CPP },	{ "python", ST_PYTHON },
	{ "java", ST_JAVA }, { "javascript", ST_JS },
};

/* One parameter as the language declares it: type is empty for Python's
 * self, and JavaScript's is the JSDoc type. */
struct st_arg {
	char type[ST_MAX_TYPE];
	char name[SIGBLOCK_MAX_NAME + 16];
};

/* ---- types in each language ---- */

static void st_cat(char *buf, size_t len, const char *s)
{
	size_t n = strlen(buf);

	snprintf(buf + n, len - n, "%s", s);
}

/* "int", "char**", "struct ListNode*" */
static void st_type_c(const struct sigblock_type *t, char *buf, size_t len)
{
	static const char *const names[] = {
		[SIGBLOCK_VOID] = "void",             [SIGBLOCK_INT] = "int",
		[SIGBLOCK_LONG] = "long long",        [SIGBLOCK_DOUBLE] = "double",
		[SIGBLOCK_BOOL] = "bool",             [SIGBLOCK_CHAR] = "char",
		[SIGBLOCK_STRING] = "char",           [SIGBLOCK_LIST] = "struct ListNode",
		[SIGBLOCK_TREE] = "struct TreeNode",  [SIGBLOCK_GRAPH] = "struct Node",
	};
	int stars = t->dims;

	if (t->base == SIGBLOCK_STRING || t->base == SIGBLOCK_LIST || t->base == SIGBLOCK_TREE ||
	    t->base == SIGBLOCK_GRAPH)
		stars++;
	snprintf(buf, len, "%s%.*s", names[t->base], stars, "**********");
}

/* "vector<vector<int>>", "string", "ListNode*" */
static void st_type_cpp(const struct sigblock_type *t, char *buf, size_t len)
{
	static const char *const names[] = {
		[SIGBLOCK_VOID] = "void",       [SIGBLOCK_INT] = "int",
		[SIGBLOCK_LONG] = "long long",  [SIGBLOCK_DOUBLE] = "double",
		[SIGBLOCK_BOOL] = "bool",       [SIGBLOCK_CHAR] = "char",
		[SIGBLOCK_STRING] = "string",   [SIGBLOCK_LIST] = "ListNode*",
		[SIGBLOCK_TREE] = "TreeNode*",  [SIGBLOCK_GRAPH] = "Node*",
	};

	buf[0] = '\0';
	for (int i = 0; i < t->dims; i++)
		st_cat(buf, len, "vector<");
	st_cat(buf, len, names[t->base]);
	for (int i = 0; i < t->dims; i++)
		st_cat(buf, len, ">");
}

/* "List[List[int]]", "Optional[ListNode]", "None" */
static void st_type_python(const struct sigblock_type *t, char *buf, size_t len)
{
	static const char *const names[] = {
		[SIGBLOCK_VOID] = "None",                [SIGBLOCK_INT] = "int",
		[SIGBLOCK_LONG] = "int",                 [SIGBLOCK_DOUBLE] = "float",
		[SIGBLOCK_BOOL] = "bool",                [SIGBLOCK_CHAR] = "str",
		[SIGBLOCK_STRING] = "str",               [SIGBLOCK_LIST] = "Optional[ListNode]",
		[SIGBLOCK_TREE] = "Optional[TreeNode]",  [SIGBLOCK_GRAPH] = "Optional['Node']",
	};

	buf[0] = '\0';
	for (int i = 0; i < t->dims; i++)
		st_cat(buf, len, "List[");
	st_cat(buf, len, names[t->base]);
	for (int i = 0; i < t->dims; i++)
		st_cat(buf, len, "]");
}

/* Java's type of t without its outer `from` dimensions; boxed inside a
 * List: "int[]", "List<List<Integer>>", "List<int[]>", "char[][]". */
static void st_type_java_from(const struct sigblock_type *t, int from, bool boxed, char *buf,
			      size_t len)
{
	static const char *const prim[] = {
		[SIGBLOCK_VOID] = "void",      [SIGBLOCK_INT] = "int",
		[SIGBLOCK_LONG] = "long",      [SIGBLOCK_DOUBLE] = "double",
		[SIGBLOCK_BOOL] = "boolean",   [SIGBLOCK_CHAR] = "char",
		[SIGBLOCK_STRING] = "String",  [SIGBLOCK_LIST] = "ListNode",
		[SIGBLOCK_TREE] = "TreeNode",  [SIGBLOCK_GRAPH] = "Node",
	};
	static const char *const box[] = {
		[SIGBLOCK_VOID] = "Void",       [SIGBLOCK_INT] = "Integer",
		[SIGBLOCK_LONG] = "Long",       [SIGBLOCK_DOUBLE] = "Double",
		[SIGBLOCK_BOOL] = "Boolean",    [SIGBLOCK_CHAR] = "Character",
		[SIGBLOCK_STRING] = "String",   [SIGBLOCK_LIST] = "ListNode",
		[SIGBLOCK_TREE] = "TreeNode",   [SIGBLOCK_GRAPH] = "Node",
	};

	if (from == t->dims) {
		st_cat(buf, len, boxed ? box[t->base] : prim[t->base]);
	} else if (t->wrap[from] == SIGBLOCK_ARRAY) {
		st_type_java_from(t, from + 1, false, buf, len);
		st_cat(buf, len, "[]");
	} else {
		st_cat(buf, len, "List<");
		st_type_java_from(t, from + 1, true, buf, len);
		st_cat(buf, len, ">");
	}
}

static void st_type_java(const struct sigblock_type *t, char *buf, size_t len)
{
	buf[0] = '\0';
	st_type_java_from(t, 0, false, buf, len);
}

/* JSDoc: "number[]", "character[][]", "ListNode", "void" */
static void st_type_js(const struct sigblock_type *t, char *buf, size_t len)
{
	static const char *const names[] = {
		[SIGBLOCK_VOID] = "void",       [SIGBLOCK_INT] = "number",
		[SIGBLOCK_LONG] = "number",     [SIGBLOCK_DOUBLE] = "number",
		[SIGBLOCK_BOOL] = "boolean",    [SIGBLOCK_CHAR] = "character",
		[SIGBLOCK_STRING] = "string",   [SIGBLOCK_LIST] = "ListNode",
		[SIGBLOCK_TREE] = "TreeNode",   [SIGBLOCK_GRAPH] = "_Node",
	};

	snprintf(buf, len, "%s", names[t->base]);
	for (int i = 0; i < t->dims; i++)
		st_cat(buf, len, "[]");
}

static void st_type(enum st_lang lang, const struct sigblock_type *t, char *buf, size_t len)
{
	switch (lang) {
	case ST_C: st_type_c(t, buf, len); return;
	case ST_CPP: st_type_cpp(t, buf, len); return;
	case ST_PYTHON: st_type_python(t, buf, len); return;
	case ST_JAVA: st_type_java(t, buf, len); return;
	case ST_JS: st_type_js(t, buf, len); return;
	}
}

/* ---- parameters in each language ---- */

static void st_add(struct st_arg *a, size_t *n, const char *type, const char *name,
		   const char *suffix)
{
	struct st_arg *x = &a[(*n)++];

	snprintf(x->type, sizeof(x->type), "%s", type);
	snprintf(x->name, sizeof(x->name), "%s%s", name, suffix);
}

/*
 * The parameters of methods[i] as the language declares them, into a
 * (ST_MAX_ARGS entries); returns their number.
 */
static size_t st_args(enum st_lang lang, const struct sigblock *sig, size_t i, struct st_arg *a)
{
	const struct sigblock_method *m = &sig->methods[i];
	bool ctor = sig->design && i == 0;
	char type[ST_MAX_TYPE];
	size_t n = 0;

	if (lang == ST_PYTHON)
		st_add(a, &n, "", "self", "");
	if (lang == ST_C && sig->design && !ctor) {
		snprintf(type, sizeof(type), "%s*", sig->name);
		st_add(a, &n, type, "obj", "");
	}
	for (size_t k = 0; k < m->nparams; k++) {
		const struct sigblock_param *p = &m->params[k];

		st_type(lang, &p->type, type, sizeof(type));
		/* LeetCode passes C++'s containers by reference. */
		if (lang == ST_CPP && p->type.dims > 0)
			st_cat(type, sizeof(type), "&");
		st_add(a, &n, type, p->name, "");
		if (lang == ST_C && p->type.dims > 0)
			st_add(a, &n, "int", p->name, "Size");
		if (lang == ST_C && p->type.dims > 1)
			st_add(a, &n, "int*", p->name, "ColSize");
	}
	if (lang == ST_C && !ctor && m->ret.dims > 0)
		st_add(a, &n, "int*", sig->design ? "retSize" : "returnSize", "");
	if (lang == ST_C && !ctor && m->ret.dims > 1)
		st_add(a, &n, "int**", sig->design ? "retColSize" : "returnColumnSizes", "");
	return n;
}

/* ---- names each language forbids ---- */

static const char *const st_kw_c[] = {
	"auto", "break", "case", "char", "const", "continue", "default", "do", "double",
	"else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long",
	"register", "restrict", "return", "short", "signed", "sizeof", "static", "struct",
	"switch", "typedef", "union", "unsigned", "void", "volatile", "while", "_Alignas",
	"_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic", "_Imaginary", "_Noreturn",
	"_Static_assert", "_Thread_local", "asm", "typeof",
	/* Object-like macros of the prelude's headers. */
	"bool", "true", "false", "NULL", "errno", NULL,
};

static const char *const st_kw_cpp[] = {
	"alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool",
	"break", "case", "catch", "char", "char8_t", "char16_t", "char32_t", "class", "compl",
	"concept", "const", "consteval", "constexpr", "constinit", "const_cast", "continue",
	"co_await", "co_return", "co_yield", "decltype", "default", "delete", "do", "double",
	"dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "float",
	"for", "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new",
	"noexcept", "not", "not_eq", "nullptr", "operator", "or", "or_eq", "private",
	"protected", "public", "register", "reinterpret_cast", "requires", "return", "short",
	"signed", "sizeof", "static", "static_assert", "static_cast", "struct", "switch",
	"template", "this", "thread_local", "throw", "true", "try", "typedef", "typeid",
	"typename", "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t",
	"while", "xor", "xor_eq", "NULL", "errno", NULL,
};

static const char *const st_kw_python[] = {
	"False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
	"continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
	"global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
	"raise", "return", "try", "while", "with", "yield", NULL,
};

static const char *const st_kw_java[] = {
	"abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class",
	"const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
	"finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
	"interface", "long", "native", "new", "package", "private", "protected", "public",
	"return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
	"throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
	"null", "_", NULL,
};

/* Strict mode's reserved words too, so that a starter stays valid there. */
static const char *const st_kw_js[] = {
	"break", "case", "catch", "class", "const", "continue", "debugger", "default",
	"delete", "do", "else", "enum", "export", "extends", "false", "finally", "for",
	"function", "if", "import", "in", "instanceof", "new", "null", "return", "super",
	"switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
	"yield", "let", "static", "implements", "interface", "package", "private",
	"protected", "public", "await", "arguments", "eval", NULL,
};

static bool st_keyword(enum st_lang lang, const char *name)
{
	const char *const *kw = st_kw_c;

	switch (lang) {
	case ST_C: kw = st_kw_c; break;
	case ST_CPP: kw = st_kw_cpp; break;
	case ST_PYTHON: kw = st_kw_python; break;
	case ST_JAVA: kw = st_kw_java; break;
	case ST_JS: kw = st_kw_js; break;
	}
	for (; *kw; kw++)
		if (strcmp(*kw, name) == 0)
			return true;
	return false;
}

/* The C name of a design function: lRUCache + Get. */
static void st_c_design_fn(char *buf, size_t len, const char *cls, const char *method)
{
	char first = method[0];

	if (first >= 'a' && first <= 'z')
		first = (char)(first - 'a' + 'A');
	snprintf(buf, len, "%c%s%c%s",
		 cls[0] >= 'A' && cls[0] <= 'Z' ? (char)(cls[0] - 'A' + 'a') : cls[0], cls + 1,
		 first, method + 1);
}

/* As harness_gen.c: what C's conventions cannot express. */
static int st_check_c_type(const struct sigblock_type *t, const char *what, const char *name,
			   char *err, size_t err_len)
{
	if (t->dims > 2)
		return sigblock_fail(err, err_len,
				     "'%s' %s: C has no convention for %d-dimensional arrays", name,
				     what, t->dims);
	if (t->dims > 1 && (t->base == SIGBLOCK_LIST || t->base == SIGBLOCK_TREE))
		return sigblock_fail(err, err_len,
				     "'%s' %s: C has no convention for 2-D arrays of %s", name, what,
				     t->base == SIGBLOCK_LIST ? "lists" : "trees");
	return 0;
}

static int st_check_c(const struct sigblock *sig, char *err, size_t err_len)
{
	char fns[SIGBLOCK_MAX_METHODS + 1][3 * SIGBLOCK_MAX_NAME];

	for (size_t i = 0; i < sig->nmethods; i++) {
		const struct sigblock_method *m = &sig->methods[i];

		if (st_check_c_type(&m->ret, "returns", m->name, err, err_len) != 0)
			return -1;
		for (size_t k = 0; k < m->nparams; k++)
			if (st_check_c_type(&m->params[k].type, "has a parameter that", m->name,
					    err, err_len) != 0)
				return -1;
	}
	if (!sig->design)
		return 0;
	/* cLASSCreate, cLASSMethod..., cLASSFree: "get" and "Get", or a
	 * method "free", would give two functions one name. */
	st_c_design_fn(fns[0], sizeof(fns[0]), sig->name, "Create");
	for (size_t i = 1; i < sig->nmethods; i++)
		st_c_design_fn(fns[i], sizeof(fns[i]), sig->name, sig->methods[i].name);
	st_c_design_fn(fns[sig->nmethods], sizeof(fns[0]), sig->name, "Free");
	for (size_t i = 1; i <= sig->nmethods; i++)
		for (size_t k = 0; k < i; k++)
			if (strcmp(fns[i], fns[k]) == 0)
				return sigblock_fail(err, err_len,
						     "two C functions would be named '%s'", fns[i]);
	return 0;
}

static const char *st_lang_name(enum st_lang lang)
{
	switch (lang) {
	case ST_C: return "C";
	case ST_CPP: return "C++";
	case ST_PYTHON: return "Python";
	case ST_JAVA: return "Java";
	case ST_JS: return "JavaScript";
	}
	return "?";
}

/* Everything the language must accept, before anything is written; a is
 * scratch space for ST_MAX_ARGS parameters. */
static int st_check(enum st_lang lang, const struct sigblock *sig, struct st_arg *a, char *err,
		    size_t err_len)
{
	const char *ln = st_lang_name(lang);

	if (lang == ST_C && st_check_c(sig, err, err_len) != 0)
		return -1;
	/* C's design functions and JavaScript's prototype properties are
	 * never keywords. */
	if (st_keyword(lang, sig->name))
		return sigblock_fail(err, err_len, "'%s' is a keyword in %s", sig->name, ln);
	for (size_t i = 1; i < sig->nmethods; i++)
		if (lang != ST_C && lang != ST_JS && st_keyword(lang, sig->methods[i].name))
			return sigblock_fail(err, err_len, "method '%s' is a keyword in %s",
					     sig->methods[i].name, ln);
	for (size_t i = 0; i < sig->nmethods; i++) {
		const char *what = sig->design && i == 0 ? "the constructor" : sig->methods[i].name;
		size_t n = st_args(lang, sig, i, a);

		for (size_t k = 0; k < n; k++) {
			if (st_keyword(lang, a[k].name))
				return sigblock_fail(err, err_len,
						     "parameter '%s' of '%s' is a keyword in %s",
						     a[k].name, what, ln);
			for (size_t j = 0; j < k; j++)
				if (strcmp(a[j].name, a[k].name) == 0)
					return sigblock_fail(err, err_len,
							     "'%s' would have two parameters named "
							     "'%s' in %s",
							     what, a[k].name, ln);
		}
	}
	return 0;
}

/* ---- the problem's comment ---- */

/* The length of the UTF-8 sequence at s (n bytes left), or 0 when it is
 * not one. */
static size_t st_utf8_len(const unsigned char *s, size_t n)
{
	size_t len;
	unsigned long cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		len = 2;
		cp = s[0] & 0x1fu;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		len = 3;
		cp = s[0] & 0x0fu;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		len = 4;
		cp = s[0] & 0x07u;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3fu);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return len;
}

/*
 * One line of the comment, len bytes at s, made harmless inside the
 * language's comment: block comments neither end nor nest, Java sees no
 * \u escape, Python no encoding declaration (a "coding:" or "coding=" on
 * one of the first two lines, which it obeys: cookie says the line is one
 * of them), and no compiler a control character or a byte that is not
 * UTF-8.
 */
static void st_comment_text(FILE *out, enum st_lang lang, const char *s, size_t len,
			    bool cookie)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	while (i < len) {
		size_t n = st_utf8_len(u + i, len - i);

		if (cookie && len - i > 6 && strncmp(s + i, "coding", 6) == 0 &&
		    (s[i + 6] == ':' || s[i + 6] == '=')) {
			fputs("coding ", out);
			i += 6;
		} else if (n == 0) {
			fputc('?', out);
			i++;
		} else if (n > 1) {
			fwrite(s + i, 1, n, out);
			i += n;
		} else if (lang != ST_PYTHON && i + 1 < len &&
			   ((s[i] == '*' && s[i + 1] == '/') || (s[i] == '/' && s[i + 1] == '*'))) {
			fputc(s[i++], out);
			fputc(' ', out);
		} else if (lang == ST_JAVA && s[i] == '\\') {
			/* A backslash starts a \u escape when an even number of
			 * backslashes precede it: make each run before a u even. */
			size_t run = 0;

			while (i + run < len && s[i + run] == '\\')
				run++;
			for (size_t k = 0; k < run; k++)
				fputc('\\', out);
			if (run % 2 == 1 && i + run < len && s[i + run] == 'u')
				fputc('\\', out);
			i += run;
		} else if ((u[i] < 0x20 && s[i] != '\t') || u[i] == 0x7f) {
			fputc(' ', out);
			i++;
		} else {
			fputc(s[i++], out);
		}
	}
}

/* The comment, a line at a time (a line ends at \n, \r\n or \r), without
 * its trailing blanks and blank lines; then an empty line. */
static void st_comment(FILE *out, enum st_lang lang, const char *comment)
{
	const char *p = comment, *end;
	size_t lineno = 0;

	if (!comment)
		return;
	end = comment + strlen(comment);
	while (end > comment && (end[-1] == '\n' || end[-1] == '\r' || end[-1] == ' ' ||
				 end[-1] == '\t'))
		end--;
	while (p < end && (*p == '\n' || *p == '\r'))
		p++;
	if (p == end)
		return;
	if (lang != ST_PYTHON)
		fputs("/*\n", out);
	while (p < end) {
		const char *e = p, *next;

		while (e < end && *e != '\n' && *e != '\r')
			e++;
		next = e;
		if (next < end && *next == '\r' && next + 1 < end && next[1] == '\n')
			next++;
		if (next < end)
			next++;
		while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
			e--;
		fputs(lang == ST_PYTHON ? "#" : " *", out);
		if (e > p) {
			fputc(' ', out);
			st_comment_text(out, lang, p, (size_t)(e - p),
					lang == ST_PYTHON && lineno < 2);
		}
		fputc('\n', out);
		lineno++;
		p = next;
	}
	if (lang != ST_PYTHON)
		fputs(" */\n", out);
	fputc('\n', out);
}

/* ---- LeetCode's node definitions ---- */

static const char *const st_def_list[] = {
	[ST_C] = "/**\n"
		 " * Definition for singly-linked list.\n"
		 " * struct ListNode {\n"
		 " *     int val;\n"
		 " *     struct ListNode *next;\n"
		 " * };\n"
		 " */\n",
	[ST_CPP] = "/**\n"
		   " * Definition for singly-linked list.\n"
		   " * struct ListNode {\n"
		   " *     int val;\n"
		   " *     ListNode *next;\n"
		   " *     ListNode() : val(0), next(nullptr) {}\n"
		   " *     ListNode(int x) : val(x), next(nullptr) {}\n"
		   " *     ListNode(int x, ListNode *next) : val(x), next(next) {}\n"
		   " * };\n"
		   " */\n",
	[ST_PYTHON] = "# Definition for singly-linked list.\n"
		      "# class ListNode:\n"
		      "#     def __init__(self, val=0, next=None):\n"
		      "#         self.val = val\n"
		      "#         self.next = next\n",
	[ST_JAVA] = "/**\n"
		    " * Definition for singly-linked list.\n"
		    " * public class ListNode {\n"
		    " *     int val;\n"
		    " *     ListNode next;\n"
		    " *     ListNode() {}\n"
		    " *     ListNode(int val) { this.val = val; }\n"
		    " *     ListNode(int val, ListNode next) { this.val = val; this.next = next; }\n"
		    " * }\n"
		    " */\n",
	[ST_JS] = "/**\n"
		  " * Definition for singly-linked list.\n"
		  " * function ListNode(val, next) {\n"
		  " *     this.val = (val===undefined ? 0 : val)\n"
		  " *     this.next = (next===undefined ? null : next)\n"
		  " * }\n"
		  " */\n",
};

static const char *const st_def_tree[] = {
	[ST_C] = "/**\n"
		 " * Definition for a binary tree node.\n"
		 " * struct TreeNode {\n"
		 " *     int val;\n"
		 " *     struct TreeNode *left;\n"
		 " *     struct TreeNode *right;\n"
		 " * };\n"
		 " */\n",
	[ST_CPP] = "/**\n"
		   " * Definition for a binary tree node.\n"
		   " * struct TreeNode {\n"
		   " *     int val;\n"
		   " *     TreeNode *left;\n"
		   " *     TreeNode *right;\n"
		   " *     TreeNode() : val(0), left(nullptr), right(nullptr) {}\n"
		   " *     TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}\n"
		   " *     TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}\n"
		   " * };\n"
		   " */\n",
	[ST_PYTHON] = "# Definition for a binary tree node.\n"
		      "# class TreeNode:\n"
		      "#     def __init__(self, val=0, left=None, right=None):\n"
		      "#         self.val = val\n"
		      "#         self.left = left\n"
		      "#         self.right = right\n",
	[ST_JAVA] = "/**\n"
		    " * Definition for a binary tree node.\n"
		    " * public class TreeNode {\n"
		    " *     int val;\n"
		    " *     TreeNode left;\n"
		    " *     TreeNode right;\n"
		    " *     TreeNode() {}\n"
		    " *     TreeNode(int val) { this.val = val; }\n"
		    " *     TreeNode(int val, TreeNode left, TreeNode right) {\n"
		    " *         this.val = val;\n"
		    " *         this.left = left;\n"
		    " *         this.right = right;\n"
		    " *     }\n"
		    " * }\n"
		    " */\n",
	[ST_JS] = "/**\n"
		  " * Definition for a binary tree node.\n"
		  " * function TreeNode(val, left, right) {\n"
		  " *     this.val = (val===undefined ? 0 : val)\n"
		  " *     this.left = (left===undefined ? null : left)\n"
		  " *     this.right = (right===undefined ? null : right)\n"
		  " * }\n"
		  " */\n",
};

static const char *const st_def_graph[] = {
	[ST_C] = "/**\n"
		 " * Definition for a Node.\n"
		 " * struct Node {\n"
		 " *     int val;\n"
		 " *     int numNeighbors;\n"
		 " *     struct Node** neighbors;\n"
		 " * };\n"
		 " */\n",
	[ST_CPP] = "/*\n"
		   "// Definition for a Node.\n"
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
		   "};\n"
		   "*/\n",
	[ST_PYTHON] = "\"\"\"\n"
		      "# Definition for a Node.\n"
		      "class Node:\n"
		      "    def __init__(self, val = 0, neighbors = None):\n"
		      "        self.val = val\n"
		      "        self.neighbors = neighbors if neighbors is not None else []\n"
		      "\"\"\"\n",
	[ST_JAVA] = "/*\n"
		    "// Definition for a Node.\n"
		    "class Node {\n"
		    "    public int val;\n"
		    "    public List<Node> neighbors;\n"
		    "    public Node() {\n"
		    "        val = 0;\n"
		    "        neighbors = new ArrayList<Node>();\n"
		    "    }\n"
		    "    public Node(int _val) {\n"
		    "        val = _val;\n"
		    "        neighbors = new ArrayList<Node>();\n"
		    "    }\n"
		    "    public Node(int _val, ArrayList<Node> _neighbors) {\n"
		    "        val = _val;\n"
		    "        neighbors = _neighbors;\n"
		    "    }\n"
		    "}\n"
		    "*/\n",
	[ST_JS] = "/**\n"
		  " * // Definition for a _Node.\n"
		  " * function _Node(val, neighbors) {\n"
		  " *    this.val = val === undefined ? 0 : val;\n"
		  " *    this.neighbors = neighbors === undefined ? [] : neighbors;\n"
		  " * };\n"
		  " */\n",
};

static bool st_uses(const struct sigblock *sig, enum sigblock_base base)
{
	for (size_t i = 0; i < sig->nmethods; i++) {
		const struct sigblock_method *m = &sig->methods[i];

		if (m->has_ret && m->ret.base == base)
			return true;
		for (size_t k = 0; k < m->nparams; k++)
			if (m->params[k].type.base == base)
				return true;
	}
	return false;
}

static void st_definitions(FILE *out, enum st_lang lang, const struct sigblock *sig)
{
	if (st_uses(sig, SIGBLOCK_LIST))
		fputs(st_def_list[lang], out);
	if (st_uses(sig, SIGBLOCK_TREE))
		fputs(st_def_tree[lang], out);
	if (st_uses(sig, SIGBLOCK_GRAPH))
		fputs(st_def_graph[lang], out);
}

/* ---- writing parameter lists ---- */

enum st_list_style {
	ST_DECL,   /* "int* nums, int numsSize" (C, C++, Java) */
	ST_PYDECL, /* "self, nums: List[int]" */
	ST_NAMES,  /* "nums, numsSize" */
	ST_TIGHT,  /* "nums,target": LeetCode's usage comments */
};

static void st_list(FILE *out, const struct st_arg *a, size_t n, enum st_list_style style)
{
	for (size_t k = 0; k < n; k++) {
		if (k > 0)
			fputs(style == ST_TIGHT ? "," : ", ", out);
		if (style == ST_DECL)
			fprintf(out, "%s %s", a[k].type, a[k].name);
		else if (style == ST_PYDECL && a[k].type[0])
			fprintf(out, "%s: %s", a[k].name, a[k].type);
		else
			fputs(a[k].name, out);
	}
}

/* The function's result, or void when it changes its output in place. */
static bool st_in_place_note(const struct sigblock_method *m)
{
	return m->output >= 0 && m->ret.base == SIGBLOCK_VOID;
}

/* ---- C ---- */

static void st_write_c(FILE *out, const struct sigblock *sig, struct st_arg *a)
{
	char ret[ST_MAX_TYPE], fn[3 * SIGBLOCK_MAX_NAME];
	const struct sigblock_method *m = &sig->methods[0];
	size_t n;

	if (!sig->design) {
		if (m->ret.dims == 1)
			fputs("/**\n"
			      " * Note: The returned array must be malloced, assume caller calls "
			      "free().\n"
			      " */\n", out);
		else if (m->ret.dims > 1)
			fputs("/**\n"
			      " * Return an array of arrays of size *returnSize.\n"
			      " * The sizes of the arrays are returned as *returnColumnSizes array.\n"
			      " * Note: Both returned array and *columnSizes array must be malloced, "
			      "assume caller calls free().\n"
			      " */\n", out);
		st_type_c(&m->ret, ret, sizeof(ret));
		fprintf(out, "%s %s(", ret, m->name);
		st_list(out, a, st_args(ST_C, sig, 0, a), ST_DECL);
		fputs(") {\n    \n}\n", out);
		return;
	}

	fprintf(out, "typedef struct {\n    \n} %s;\n\n\n", sig->name);
	st_c_design_fn(fn, sizeof(fn), sig->name, "Create");
	fprintf(out, "%s* %s(", sig->name, fn);
	st_list(out, a, st_args(ST_C, sig, 0, a), ST_DECL);
	fputs(") {\n    \n}\n\n", out);
	for (size_t i = 1; i < sig->nmethods; i++) {
		st_type_c(&sig->methods[i].ret, ret, sizeof(ret));
		st_c_design_fn(fn, sizeof(fn), sig->name, sig->methods[i].name);
		fprintf(out, "%s %s(", ret, fn);
		st_list(out, a, st_args(ST_C, sig, i, a), ST_DECL);
		fputs(") {\n    \n}\n\n", out);
	}
	st_c_design_fn(fn, sizeof(fn), sig->name, "Free");
	fprintf(out, "void %s(%s* obj) {\n    \n}\n\n", fn, sig->name);

	fprintf(out, "/**\n * Your %s struct will be instantiated and called as such:\n", sig->name);
	st_c_design_fn(fn, sizeof(fn), sig->name, "Create");
	fprintf(out, " * %s* obj = %s(", sig->name, fn);
	st_list(out, a, st_args(ST_C, sig, 0, a), ST_NAMES);
	fputs(");\n", out);
	for (size_t i = 1; i < sig->nmethods; i++) {
		st_c_design_fn(fn, sizeof(fn), sig->name, sig->methods[i].name);
		n = st_args(ST_C, sig, i, a);
		if (sig->methods[i].ret.base == SIGBLOCK_VOID) {
			fprintf(out, " * %s(", fn);
		} else {
			st_type_c(&sig->methods[i].ret, ret, sizeof(ret));
			fprintf(out, " * %s param_%zu = %s(", ret, i, fn);
		}
		st_list(out, a, n, ST_NAMES);
		fputs(");\n", out);
	}
	st_c_design_fn(fn, sizeof(fn), sig->name, "Free");
	fprintf(out, " * %s(obj);\n */\n", fn);
}

/* ---- C++ ---- */

static void st_write_cpp(FILE *out, const struct sigblock *sig, struct st_arg *a)
{
	char ret[ST_MAX_TYPE];
	const struct sigblock_method *m = &sig->methods[0];

	if (!sig->design) {
		st_type_cpp(&m->ret, ret, sizeof(ret));
		fprintf(out, "class Solution {\npublic:\n    %s %s(", ret, m->name);
		st_list(out, a, st_args(ST_CPP, sig, 0, a), ST_DECL);
		fputs(") {\n        \n    }\n};\n", out);
		return;
	}

	fprintf(out, "class %s {\npublic:\n    %s(", sig->name, sig->name);
	st_list(out, a, st_args(ST_CPP, sig, 0, a), ST_DECL);
	fputs(") {\n        \n    }\n", out);
	for (size_t i = 1; i < sig->nmethods; i++) {
		st_type_cpp(&sig->methods[i].ret, ret, sizeof(ret));
		fprintf(out, "    \n    %s %s(", ret, sig->methods[i].name);
		st_list(out, a, st_args(ST_CPP, sig, i, a), ST_DECL);
		fputs(") {\n        \n    }\n", out);
	}
	fprintf(out, "};\n\n/**\n * Your %s object will be instantiated and called as such:\n"
		" * %s* obj = new %s(", sig->name, sig->name, sig->name);
	st_list(out, a, st_args(ST_CPP, sig, 0, a), ST_TIGHT);
	fputs(");\n", out);
	for (size_t i = 1; i < sig->nmethods; i++) {
		if (sig->methods[i].ret.base == SIGBLOCK_VOID) {
			fputs(" * ", out);
		} else {
			st_type_cpp(&sig->methods[i].ret, ret, sizeof(ret));
			fprintf(out, " * %s param_%zu = ", ret, i);
		}
		fprintf(out, "obj->%s(", sig->methods[i].name);
		st_list(out, a, st_args(ST_CPP, sig, i, a), ST_TIGHT);
		fputs(");\n", out);
	}
	fputs(" */\n", out);
}

/* ---- Python ---- */

static void st_write_python(FILE *out, const struct sigblock *sig, struct st_arg *a)
{
	char ret[ST_MAX_TYPE];
	const struct sigblock_method *m = &sig->methods[0];
	size_t n;

	if (!sig->design) {
		st_type_python(&m->ret, ret, sizeof(ret));
		fprintf(out, "class Solution:\n    def %s(", m->name);
		st_list(out, a, st_args(ST_PYTHON, sig, 0, a), ST_PYDECL);
		fprintf(out, ") -> %s:\n", ret);
		if (st_in_place_note(m))
			fprintf(out, "        \"\"\"\n"
				"        Do not return anything, modify %s in-place instead.\n"
				"        \"\"\"\n", m->params[m->output].name);
		fputs("        pass\n", out);
		return;
	}

	fprintf(out, "class %s:\n\n    def __init__(", sig->name);
	st_list(out, a, st_args(ST_PYTHON, sig, 0, a), ST_PYDECL);
	fputs("):\n        pass\n", out);
	for (size_t i = 1; i < sig->nmethods; i++) {
		st_type_python(&sig->methods[i].ret, ret, sizeof(ret));
		fprintf(out, "\n    def %s(", sig->methods[i].name);
		st_list(out, a, st_args(ST_PYTHON, sig, i, a), ST_PYDECL);
		fprintf(out, ") -> %s:\n        pass\n", ret);
	}
	fprintf(out, "\n\n# Your %s object will be instantiated and called as such:\n"
		"# obj = %s(", sig->name, sig->name);
	/* Without self. */
	n = st_args(ST_PYTHON, sig, 0, a);
	st_list(out, a + 1, n - 1, ST_TIGHT);
	fputs(")\n", out);
	for (size_t i = 1; i < sig->nmethods; i++) {
		if (sig->methods[i].ret.base == SIGBLOCK_VOID)
			fputs("# ", out);
		else
			fprintf(out, "# param_%zu = ", i);
		fprintf(out, "obj.%s(", sig->methods[i].name);
		n = st_args(ST_PYTHON, sig, i, a);
		st_list(out, a + 1, n - 1, ST_TIGHT);
		fputs(")\n", out);
	}
}

/* ---- Java ---- */

static void st_write_java(FILE *out, const struct sigblock *sig, struct st_arg *a)
{
	char ret[ST_MAX_TYPE];
	const struct sigblock_method *m = &sig->methods[0];

	if (!sig->design) {
		st_type_java(&m->ret, ret, sizeof(ret));
		fprintf(out, "class Solution {\n    public %s %s(", ret, m->name);
		st_list(out, a, st_args(ST_JAVA, sig, 0, a), ST_DECL);
		fputs(") {\n        \n    }\n}\n", out);
		return;
	}

	fprintf(out, "class %s {\n\n    public %s(", sig->name, sig->name);
	st_list(out, a, st_args(ST_JAVA, sig, 0, a), ST_DECL);
	fputs(") {\n        \n    }\n", out);
	for (size_t i = 1; i < sig->nmethods; i++) {
		st_type_java(&sig->methods[i].ret, ret, sizeof(ret));
		fprintf(out, "    \n    public %s %s(", ret, sig->methods[i].name);
		st_list(out, a, st_args(ST_JAVA, sig, i, a), ST_DECL);
		fputs(") {\n        \n    }\n", out);
	}
	fprintf(out, "}\n\n/**\n * Your %s object will be instantiated and called as such:\n"
		" * %s obj = new %s(", sig->name, sig->name, sig->name);
	st_list(out, a, st_args(ST_JAVA, sig, 0, a), ST_TIGHT);
	fputs(");\n", out);
	for (size_t i = 1; i < sig->nmethods; i++) {
		if (sig->methods[i].ret.base == SIGBLOCK_VOID) {
			fputs(" * ", out);
		} else {
			st_type_java(&sig->methods[i].ret, ret, sizeof(ret));
			fprintf(out, " * %s param_%zu = ", ret, i);
		}
		fprintf(out, "obj.%s(", sig->methods[i].name);
		st_list(out, a, st_args(ST_JAVA, sig, i, a), ST_TIGHT);
		fputs(");\n", out);
	}
	fputs(" */\n", out);
}

/* ---- JavaScript ---- */

/* The JSDoc of methods[i]: its parameters and, but for a constructor, its
 * result.  A constructor without parameters has none, as on LeetCode. */
static void st_jsdoc(FILE *out, const struct sigblock *sig, size_t i, const struct st_arg *a,
		     size_t n)
{
	const struct sigblock_method *m = &sig->methods[i];
	bool ctor = sig->design && i == 0;
	char ret[ST_MAX_TYPE];

	if (ctor && n == 0)
		return;
	fputs("/**\n", out);
	for (size_t k = 0; k < n; k++)
		fprintf(out, " * @param {%s} %s\n", a[k].type, a[k].name);
	if (!ctor) {
		st_type_js(&m->ret, ret, sizeof(ret));
		fprintf(out, " * @return {%s}", ret);
		if (st_in_place_note(m))
			fprintf(out, " Do not return anything, modify %s in-place instead.",
				m->params[m->output].name);
		fputc('\n', out);
	}
	fputs(" */\n", out);
}

static void st_write_js(FILE *out, const struct sigblock *sig, struct st_arg *a)
{
	size_t n;

	n = st_args(ST_JS, sig, 0, a);
	st_jsdoc(out, sig, 0, a, n);
	fprintf(out, "var %s = function(", sig->name);
	st_list(out, a, n, ST_NAMES);
	fputs(") {\n    \n};\n", out);
	if (!sig->design)
		return;

	for (size_t i = 1; i < sig->nmethods; i++) {
		fputc('\n', out);
		n = st_args(ST_JS, sig, i, a);
		st_jsdoc(out, sig, i, a, n);
		fprintf(out, "%s.prototype.%s = function(", sig->name, sig->methods[i].name);
		st_list(out, a, n, ST_NAMES);
		fputs(") {\n    \n};\n", out);
	}
	fprintf(out, "\n/**\n * Your %s object will be instantiated and called as such:\n"
		" * var obj = new %s(", sig->name, sig->name);
	st_list(out, a, st_args(ST_JS, sig, 0, a), ST_TIGHT);
	fputs(")\n", out);
	for (size_t i = 1; i < sig->nmethods; i++) {
		if (sig->methods[i].ret.base == SIGBLOCK_VOID)
			fputs(" * ", out);
		else
			fprintf(out, " * var param_%zu = ", i);
		fprintf(out, "obj.%s(", sig->methods[i].name);
		st_list(out, a, st_args(ST_JS, sig, i, a), ST_TIGHT);
		fputs(")\n", out);
	}
	fputs(" */\n", out);
}

int starter_write(const char *signature_block, const char *lang, const char *comment,
		  FILE *out, char *err, size_t err_len)
{
	struct sigblock *sig = NULL;
	struct st_arg *a = NULL;
	enum st_lang l = ST_C;
	bool known = false;
	int rc = -1;

	if (err_len > 0)
		err[0] = '\0';
	for (size_t i = 0; lang && i < sizeof(st_langs) / sizeof(st_langs[0]); i++) {
		if (strcmp(lang, st_langs[i].id) == 0) {
			l = st_langs[i].lang;
			known = true;
		}
	}
	if (!known)
		return sigblock_fail(err, err_len,
				     "unknown language '%s' (expected c, cpp, python, java or "
				     "javascript)", lang ? lang : "(null)");
	if (!signature_block)
		return sigblock_fail(err, err_len, "empty signature block");
	sig = calloc(1, sizeof(*sig));
	a = calloc(ST_MAX_ARGS, sizeof(*a));
	if (!sig || !a) {
		sigblock_fail(err, err_len, "out of memory");
		goto out;
	}
	if (sigblock_parse(signature_block, SIGBLOCK_NAMES, sig, err, err_len) != 0 ||
	    st_check(l, sig, a, err, err_len) != 0)
		goto out;

	st_comment(out, l, comment);
	st_definitions(out, l, sig);
	switch (l) {
	case ST_C: st_write_c(out, sig, a); break;
	case ST_CPP: st_write_cpp(out, sig, a); break;
	case ST_PYTHON: st_write_python(out, sig, a); break;
	case ST_JAVA: st_write_java(out, sig, a); break;
	case ST_JS: st_write_js(out, sig, a); break;
	}
	if (fflush(out) != 0 || ferror(out)) {
		sigblock_fail(err, err_len, "cannot write the starter");
		goto out;
	}
	rc = 0;
out:
	free(a);
	free(sig);
	return rc;
}
