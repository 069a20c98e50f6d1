/*
 * harness_gen.c: generates the C and C++ drivers' main files from a
 * signature block (see harness_gen.h and docs/function-problems.md).
 *
 * The block is parsed by sigblock.c (without the starters' "names" lines)
 * into a struct sigblock: one method for a function problem, the
 * constructor and the methods for a design.  The generated
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
#include "sigblock.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* ---- what the languages can express ---- */

static int hg_check_c_type(const struct sigblock_type *t, const char *what, char *err,
			   size_t err_len)
{
	if (t->dims > 2)
		return sigblock_fail(err, err_len,
				     "%s: C has no convention for %d-dimensional arrays", what,
				     t->dims);
	if (t->dims > 1 && (t->base == SIGBLOCK_LIST || t->base == SIGBLOCK_TREE))
		return sigblock_fail(err, err_len, "%s: C has no convention for 2-D arrays of %s",
				     what, t->base == SIGBLOCK_LIST ? "lists" : "trees");
	return 0;
}

static int hg_check_c(const struct sigblock *sig, char *err, size_t err_len)
{
	for (size_t i = 0; i < sig->nmethods; i++) {
		const struct sigblock_method *m = &sig->methods[i];
		char what[2 * SIGBLOCK_MAX_NAME + 32];

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

static const char *hg_enum(enum sigblock_base b)
{
	switch (b) {
	case SIGBLOCK_VOID: break;
	case SIGBLOCK_INT: return "JUDGE_INT";
	case SIGBLOCK_LONG: return "JUDGE_LONG";
	case SIGBLOCK_DOUBLE: return "JUDGE_DOUBLE";
	case SIGBLOCK_BOOL: return "JUDGE_BOOL";
	case SIGBLOCK_CHAR: return "JUDGE_CHAR";
	case SIGBLOCK_STRING: return "JUDGE_STRING";
	case SIGBLOCK_LIST: return "JUDGE_LIST";
	case SIGBLOCK_TREE: return "JUDGE_TREE";
	case SIGBLOCK_GRAPH: break;
	}
	return "JUDGE_INT";
}

/* The C type of t: its name and its number of '*'s. */
static const char *hg_c_name(const struct sigblock_type *t, int *stars)
{
	*stars = t->dims;
	switch (t->base) {
	case SIGBLOCK_VOID: return "void";
	case SIGBLOCK_INT: return "int";
	case SIGBLOCK_LONG: return "long long";
	case SIGBLOCK_DOUBLE: return "double";
	case SIGBLOCK_BOOL: return "bool";
	case SIGBLOCK_CHAR: return "char";
	case SIGBLOCK_STRING: ++*stars; return "char";
	case SIGBLOCK_LIST: ++*stars; return "struct ListNode";
	case SIGBLOCK_TREE: ++*stars; return "struct TreeNode";
	case SIGBLOCK_GRAPH: ++*stars; return "struct Node";
	}
	return "int";
}

/* "TYPE *...VAR" */
static void hg_c_decl(FILE *out, const struct sigblock_type *t, const char *var)
{
	int stars;
	const char *name = hg_c_name(t, &stars);

	fprintf(out, "%s %.*s%s", name, stars, "**********", var);
}

/* The zero of t's C type. */
static const char *hg_c_zero(const struct sigblock_type *t)
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
static void hg_c_call(FILE *out, const struct sigblock *sig, const struct sigblock_method *m,
		      bool ctor, const char *in)
{
	const char *fail = sig->design ? "goto judge_out" : "return";
	char callee[3 * SIGBLOCK_MAX_NAME];
	bool lfr = m->length_from_return;
	const char *sep = "";

	for (size_t k = 0; k < m->nparams; k++) {
		const struct sigblock_type *t = &m->params[k].type;
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
		const struct sigblock_type *t = &m->params[k].type;

		if (sig->design)
			fprintf(out, "%sif (judge_op_arg(judge_t, %zu) != 0 ||\n", in, k);
		else
			fprintf(out, "%sif (judge_arg(judge_t, %zu, \"%s\") != 0 ||\n", in, k,
				m->params[k].name);
		if (t->base == SIGBLOCK_GRAPH)
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
	if (m->ret.base != SIGBLOCK_VOID && m->ret.dims > 0 && !ctor)
		fprintf(out, "%sint judge_rn = 0;\n", in);
	if (m->ret.base != SIGBLOCK_VOID && m->ret.dims > 1 && !ctor)
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
	if (!ctor && m->ret.base != SIGBLOCK_VOID) {
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
	if (!ctor && m->ret.base != SIGBLOCK_VOID && m->ret.dims > 0)
		fprintf(out, "%s&judge_rn", sep);
	if (!ctor && m->ret.base != SIGBLOCK_VOID && m->ret.dims > 1)
		fprintf(out, ", &judge_rcols");
	fprintf(out, ");\n");
	if (ctor)
		fprintf(out, "%sjudge_made = 1;\n", in);
	fprintf(out, "%sjudge_end(judge_t);\n", in);

	/* The result. */
	if (ctor) {
		fprintf(out, "%sjudge_put_null(judge_t);\n", in);
	} else if (m->output >= 0) {
		const struct sigblock_type *t = &m->params[m->output].type;
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
		if (!lfr && m->ret.base != SIGBLOCK_VOID)
			fprintf(out, "%s(void)judge_r;\n", in);
	} else if (m->ret.base == SIGBLOCK_VOID) {
		fprintf(out, "%sjudge_put_null(judge_t);\n", in);
	} else {
		if (m->ret.base == SIGBLOCK_GRAPH)
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

static void hg_methods_table(FILE *out, const struct sigblock *sig, const char *null)
{
	fprintf(out, "\tstatic const char *const judge_methods[] = {\n");
	for (size_t i = 0; i < sig->nmethods; i++)
		fprintf(out, "\t\t\"%s\",\n", sig->methods[i].name);
	fprintf(out, "\t\t%s,\n\t};\n", null);
}

/* Whether the signature uses LeetCode's graph Node: its definition and
 * the driver's graph code are there only then, since other solutions
 * declare a Node of their own. */
static bool hg_uses_graph(const struct sigblock *sig)
{
	for (size_t i = 0; i < sig->nmethods; i++) {
		const struct sigblock_method *m = &sig->methods[i];

		if (m->has_ret && m->ret.base == SIGBLOCK_GRAPH)
			return true;
		for (size_t k = 0; k < m->nparams; k++)
			if (m->params[k].type.base == SIGBLOCK_GRAPH)
				return true;
	}
	return false;
}

static void hg_gen_c(FILE *out, const struct sigblock *sig)
{
	char freefn[3 * SIGBLOCK_MAX_NAME];
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

static void hg_cpp_type(FILE *out, const struct sigblock_type *t)
{
	static const char *const names[] = {
		[SIGBLOCK_VOID] = "void",	     [SIGBLOCK_INT] = "int",
		[SIGBLOCK_LONG] = "long long",	     [SIGBLOCK_DOUBLE] = "double",
		[SIGBLOCK_BOOL] = "bool",	     [SIGBLOCK_CHAR] = "char",
		[SIGBLOCK_STRING] = "std::string",   [SIGBLOCK_LIST] = "ListNode *",
		[SIGBLOCK_TREE] = "TreeNode *",	     [SIGBLOCK_GRAPH] = "Node *",
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
static void hg_cpp_call(FILE *out, const struct sigblock *sig, const struct sigblock_method *m,
			bool ctor, const char *in)
{
	const char *sep = "";
	const char *var = ctor ? "judge_c" : "judge_a";

	for (size_t k = 0; k < m->nparams; k++) {
		const struct sigblock_type *t = &m->params[k].type;

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
			m->ret.base != SIGBLOCK_VOID ? "auto judge_r = " : "", m->name);
	} else {
		fprintf(out, "%sstd::unique_ptr<Solution> judge_sol(new Solution());\n", in);
		fprintf(out, "%s%sjudge_sol->%s(", in,
			m->ret.base != SIGBLOCK_VOID ? "auto judge_r = " : "", m->name);
	}
	for (size_t k = 0; k < m->nparams; k++) {
		fprintf(out, "%s%s%zu", sep, var, k);
		sep = ", ";
	}
	fprintf(out, ctor ? "));\n" : ");\n");
	fprintf(out, "%sjudge_end(judge_t);\n", in);
	if (ctor || (m->ret.base == SIGBLOCK_VOID && m->output < 0)) {
		fprintf(out, "%sjudge_put_null(judge_t);\n", in);
	} else if (m->output >= 0) {
		if (m->length_from_return)
			fprintf(out, "%sjudge_put_prefix(judge_t, judge_a%d, judge_r);\n", in, m->output);
		else
			fprintf(out, "%sjudge_put(judge_t, judge_a%d);\n", in, m->output);
		if (!m->length_from_return && m->ret.base != SIGBLOCK_VOID)
			fprintf(out, "%s(void)judge_r;\n", in);
	} else if (m->ret.base == SIGBLOCK_GRAPH) {
		fprintf(out, "%sjudge_put_graph(judge_t, judge_r);\n", in);
	} else {
		fprintf(out, "%sjudge_put(judge_t, judge_r);\n", in);
	}
}

static void hg_gen_cpp(FILE *out, const struct sigblock *sig)
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
	struct sigblock *sig = calloc(1, sizeof(*sig));
	int rc = -1;

	if (err_len > 0)
		err[0] = '\0';
	if (!sig)
		return sigblock_fail(err, err_len, "out of memory");
	if (sigblock_parse(signature_block, SIGBLOCK_ARG1, sig, err, err_len) != 0)
		goto out;
	if (!cpp && hg_check_c(sig, err, err_len) != 0)
		goto out;
	if (cpp)
		hg_gen_cpp(out, sig);
	else
		hg_gen_c(out, sig);
	if (fflush(out) != 0 || ferror(out)) {
		sigblock_fail(err, err_len, "cannot write the driver");
		goto out;
	}
	rc = 0;
out:
	free(sig);
	return rc;
}
