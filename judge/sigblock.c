/*
 * sigblock.c: the parser of signature blocks (see sigblock.h), shared by
 * harness_gen.c and starter.c.
 *
 * A block is read line by line, each line split into whitespace-separated
 * words; the first line names the function or the design and says which
 * lines may follow.  A type keeps which of its dimensions are arrays and
 * which are lists, though only Java's starter tells them apart.
 */
#include "sigblock.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define SIGBLOCK_MAX_TOKENS (SIGBLOCK_MAX_PARAMS + 3)
#define SIGBLOCK_MAX_LINE 1024

static const struct {
	const char *name;
	enum sigblock_base base;
} bases[] = {
	{ "integer", SIGBLOCK_INT },	{ "long", SIGBLOCK_LONG },
	{ "double", SIGBLOCK_DOUBLE },	{ "boolean", SIGBLOCK_BOOL },
	{ "character", SIGBLOCK_CHAR }, { "string", SIGBLOCK_STRING },
	{ "ListNode", SIGBLOCK_LIST },	{ "TreeNode", SIGBLOCK_TREE },
	{ "void", SIGBLOCK_VOID },	{ "Node", SIGBLOCK_GRAPH },
};

int sigblock_fail(char *err, size_t err_len, const char *fmt, ...)
{
	va_list ap;

	if (err_len > 0) {
		va_start(ap, fmt);
		vsnprintf(err, err_len, fmt, ap);
		va_end(ap);
	}
	return -1;
}

static bool is_ident(const char *s)
{
	if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_'))
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || *s == '_'))
			return false;
	return true;
}

/* A name the generated drivers use as an identifier: it must not be able
 * to collide with their own judge_ names. */
static int check_name(const char *s, size_t lineno, char *err, size_t err_len)
{
	if (strlen(s) >= SIGBLOCK_MAX_NAME)
		return sigblock_fail(err, err_len, "line %zu: name '%.40s...' is too long",
				     lineno, s);
	if (!is_ident(s))
		return sigblock_fail(err, err_len, "line %zu: '%s' is not an identifier",
				     lineno, s);
	if (strncmp(s, "judge_", 6) == 0 || strncmp(s, "JUDGE_", 6) == 0)
		return sigblock_fail(err, err_len,
				     "line %zu: name '%s' is reserved for the driver", lineno, s);
	return 0;
}

/* "integer[][]", "list<string>", "list<integer[]>"... */
static int parse_type(const char *s, struct sigblock_type *t, size_t lineno, char *err,
		      size_t err_len)
{
	char buf[128];
	size_t n = strlen(s);

	if (n >= sizeof(buf))
		return sigblock_fail(err, err_len, "line %zu: type '%.40s...' is too long",
				     lineno, s);
	memcpy(buf, s, n + 1);
	t->dims = 0;
	for (;;) {
		enum sigblock_wrap w;

		n = strlen(buf);
		if (n > 2 && strcmp(buf + n - 2, "[]") == 0) {
			buf[n - 2] = '\0';
			w = SIGBLOCK_ARRAY;
		} else if (n > 6 && strncmp(buf, "list<", 5) == 0 && buf[n - 1] == '>') {
			memmove(buf, buf + 5, n - 6);
			buf[n - 6] = '\0';
			w = SIGBLOCK_LISTOF;
		} else {
			break;
		}
		if (t->dims == SIGBLOCK_MAX_DIMS)
			return sigblock_fail(err, err_len,
					     "line %zu: type '%s' has too many dimensions", lineno,
					     s);
		t->wrap[t->dims++] = w;
	}
	for (size_t i = 0; i < sizeof(bases) / sizeof(bases[0]); i++) {
		if (strcmp(buf, bases[i].name) == 0) {
			t->base = bases[i].base;
			if (t->base == SIGBLOCK_VOID && t->dims > 0)
				return sigblock_fail(err, err_len,
						     "line %zu: type '%s': void has no arrays",
						     lineno, s);
			if (t->base == SIGBLOCK_GRAPH && t->dims > 0)
				return sigblock_fail(err, err_len,
						     "line %zu: type '%s': no arrays of Node",
						     lineno, s);
			return 0;
		}
	}
	return sigblock_fail(err, err_len, "line %zu: unknown type '%s'", lineno, s);
}

/* A parameter type: anything but void. */
static int parse_param_type(const char *s, struct sigblock_type *t, size_t lineno,
			    char *err, size_t err_len)
{
	if (parse_type(s, t, lineno, err, err_len) != 0)
		return -1;
	if (t->base == SIGBLOCK_VOID)
		return sigblock_fail(err, err_len, "line %zu: a parameter cannot be void",
				     lineno);
	return 0;
}

/* Splits line into whitespace-separated tokens (in place); returns their
 * number, or -1 when there are too many. */
static int tokens(char *line, char **tok)
{
	int n = 0;
	char *p = line;

	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\r')
			p++;
		if (!*p)
			return n;
		if (n == SIGBLOCK_MAX_TOKENS)
			return -1;
		tok[n++] = p;
		while (*p && *p != ' ' && *p != '\t' && *p != '\r')
			p++;
		if (*p)
			*p++ = '\0';
	}
}

static int function_line(struct sigblock *sig, char **tok, int ntok, size_t lineno,
			 char *err, size_t err_len)
{
	struct sigblock_method *m = &sig->methods[0];

	if (strcmp(tok[0], "param") == 0) {
		struct sigblock_param *p;

		if (ntok != 3)
			return sigblock_fail(err, err_len, "line %zu: expected 'param NAME TYPE'",
					     lineno);
		if (m->nparams == SIGBLOCK_MAX_PARAMS)
			return sigblock_fail(err, err_len, "line %zu: more than %d parameters",
					     lineno, SIGBLOCK_MAX_PARAMS);
		p = &m->params[m->nparams];
		if (check_name(tok[1], lineno, err, err_len) != 0 ||
		    parse_param_type(tok[2], &p->type, lineno, err, err_len) != 0)
			return -1;
		for (size_t i = 0; i < m->nparams; i++)
			if (strcmp(m->params[i].name, tok[1]) == 0)
				return sigblock_fail(err, err_len, "line %zu: parameter '%s' twice",
						     lineno, tok[1]);
		strcpy(p->name, tok[1]);
		m->nparams++;
	} else if (strcmp(tok[0], "returns") == 0) {
		if (ntok != 2)
			return sigblock_fail(err, err_len, "line %zu: expected 'returns TYPE'",
					     lineno);
		if (m->has_ret)
			return sigblock_fail(err, err_len, "line %zu: a second 'returns'", lineno);
		if (parse_type(tok[1], &m->ret, lineno, err, err_len) != 0)
			return -1;
		m->has_ret = true;
	} else if (strcmp(tok[0], "output") == 0) {
		if (ntok != 2)
			return sigblock_fail(err, err_len, "line %zu: expected 'output NAME'",
					     lineno);
		m->output = -1;
		for (size_t i = 0; i < m->nparams; i++)
			if (strcmp(m->params[i].name, tok[1]) == 0)
				m->output = (int)i;
		if (m->output < 0)
			return sigblock_fail(err, err_len,
					     "line %zu: output '%s' is not a parameter declared "
					     "before it", lineno, tok[1]);
	} else if (strcmp(tok[0], "length-from-return") == 0) {
		if (ntok != 1)
			return sigblock_fail(err, err_len,
					     "line %zu: expected 'length-from-return'", lineno);
		m->length_from_return = true;
	} else {
		return sigblock_fail(err, err_len, "line %zu: unknown line '%s' in a function",
				     lineno, tok[0]);
	}
	return 0;
}

/* "names constructor|METHOD NAME...", after the line it names. */
static int names_line(struct sigblock *sig, char **tok, int ntok, size_t lineno, char *err,
		      size_t err_len)
{
	struct sigblock_method *m = NULL;

	if (ntok < 2)
		return sigblock_fail(err, err_len,
				     "line %zu: expected '%s constructor|METHOD NAME...'", lineno,
				     tok[0]);
	if (strcmp(tok[1], "constructor") == 0) {
		m = &sig->methods[0];
	} else {
		for (size_t i = 1; i < sig->nmethods; i++)
			if (strcmp(sig->methods[i].name, tok[1]) == 0)
				m = &sig->methods[i];
		if (!m)
			return sigblock_fail(err, err_len,
					     "line %zu: names for '%s', which is not a method "
					     "declared before it", lineno, tok[1]);
	}
	if (m->named)
		return sigblock_fail(err, err_len, "line %zu: a second names line for '%s'",
				     lineno, tok[1]);
	if ((size_t)(ntok - 2) != m->nparams)
		return sigblock_fail(err, err_len,
				     "line %zu: %d names for the %zu parameters of '%s'", lineno,
				     ntok - 2, m->nparams, tok[1]);
	for (int i = 2; i < ntok; i++) {
		if (check_name(tok[i], lineno, err, err_len) != 0)
			return -1;
		for (int k = 2; k < i; k++)
			if (strcmp(tok[k], tok[i]) == 0)
				return sigblock_fail(err, err_len, "line %zu: parameter '%s' twice",
						     lineno, tok[i]);
	}
	for (int i = 2; i < ntok; i++)
		strcpy(m->params[i - 2].name, tok[i]);
	m->named = true;
	return 0;
}

static int design_line(struct sigblock *sig, unsigned flags, char **tok, int ntok,
		       size_t lineno, char *err, size_t err_len, bool *have_ctor)
{
	struct sigblock_method *m;
	int first, arg0 = (flags & SIGBLOCK_ARG1) ? 1 : 0;

	if ((flags & SIGBLOCK_NAMES) &&
	    (strcmp(tok[0], "names") == 0 || strcmp(tok[0], "param-names") == 0))
		return names_line(sig, tok, ntok, lineno, err, err_len);
	if (strcmp(tok[0], "constructor") == 0) {
		if (*have_ctor)
			return sigblock_fail(err, err_len, "line %zu: a second constructor",
					     lineno);
		if (sig->methods[0].named)
			return sigblock_fail(err, err_len,
					     "line %zu: the constructor comes after its names line",
					     lineno);
		*have_ctor = true;
		m = &sig->methods[0];
		first = 1;
	} else if (strcmp(tok[0], "method") == 0) {
		if (ntok < 3)
			return sigblock_fail(err, err_len,
					     "line %zu: expected 'method NAME RETURNTYPE "
					     "PARAMTYPE...'", lineno);
		if (sig->nmethods == SIGBLOCK_MAX_METHODS)
			return sigblock_fail(err, err_len, "line %zu: more than %d methods",
					     lineno, SIGBLOCK_MAX_METHODS - 1);
		if (check_name(tok[1], lineno, err, err_len) != 0)
			return -1;
		for (size_t i = 0; i < sig->nmethods; i++)
			if (strcmp(sig->methods[i].name, tok[1]) == 0)
				return sigblock_fail(err, err_len, "line %zu: method '%s' twice%s",
						     lineno, tok[1],
						     i == 0 ? " (or named after the class)" : "");
		m = &sig->methods[sig->nmethods++];
		strcpy(m->name, tok[1]);
		if (parse_type(tok[2], &m->ret, lineno, err, err_len) != 0)
			return -1;
		m->has_ret = true;
		first = 3;
	} else {
		return sigblock_fail(err, err_len, "line %zu: unknown line '%s' in a design",
				     lineno, tok[0]);
	}
	if (ntok - first > SIGBLOCK_MAX_PARAMS)
		return sigblock_fail(err, err_len, "line %zu: more than %d parameters", lineno,
				     SIGBLOCK_MAX_PARAMS);
	for (int i = first; i < ntok; i++) {
		struct sigblock_param *p = &m->params[m->nparams++];

		snprintf(p->name, sizeof(p->name), "arg%d", i - first + arg0);
		if (parse_param_type(tok[i], &p->type, lineno, err, err_len) != 0)
			return -1;
	}
	return 0;
}

/* What a function's signature must satisfy, once it is read. */
static int check_function(const struct sigblock_method *m, char *err, size_t err_len)
{
	const struct sigblock_type *o;

	if (!m->has_ret)
		return sigblock_fail(err, err_len, "function '%s' has no 'returns' line",
				     m->name);
	if (m->length_from_return && m->output < 0)
		return sigblock_fail(err, err_len,
				     "'length-from-return' needs an 'output' line");
	if (m->output < 0)
		return 0;
	o = &m->params[m->output].type;
	if (o->dims == 0 && o->base != SIGBLOCK_STRING && o->base != SIGBLOCK_LIST &&
	    o->base != SIGBLOCK_TREE)
		return sigblock_fail(err, err_len,
				     "output '%s' is a scalar, which cannot change in place",
				     m->params[m->output].name);
	if (m->length_from_return &&
	    (o->dims != 1 || m->ret.dims != 0 ||
	     (m->ret.base != SIGBLOCK_INT && m->ret.base != SIGBLOCK_LONG)))
		return sigblock_fail(err, err_len, "'length-from-return' needs an array output "
				     "and an integer result");
	return 0;
}

int sigblock_parse(const char *block, unsigned flags, struct sigblock *sig, char *err,
		   size_t err_len)
{
	const char *p = block;
	size_t lineno = 0;
	bool started = false, have_ctor = false;

	memset(sig, 0, sizeof(*sig));
	for (size_t i = 0; i < SIGBLOCK_MAX_METHODS; i++)
		sig->methods[i].output = -1;
	while (*p) {
		char line[SIGBLOCK_MAX_LINE], *tok[SIGBLOCK_MAX_TOKENS];
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		int ntok;

		lineno++;
		if (n >= sizeof(line))
			return sigblock_fail(err, err_len, "line %zu is too long", lineno);
		memcpy(line, p, n);
		line[n] = '\0';
		p += n + (nl ? 1 : 0);
		ntok = tokens(line, tok);
		if (ntok < 0)
			return sigblock_fail(err, err_len, "line %zu has too many words",
					     lineno);
		if (ntok == 0)
			continue;
		if (!started) {
			if (ntok != 2 || (strcmp(tok[0], "function") != 0 &&
					  strcmp(tok[0], "design") != 0))
				return sigblock_fail(err, err_len,
						     "line %zu: expected 'function NAME' or "
						     "'design CLASS'", lineno);
			if (check_name(tok[1], lineno, err, err_len) != 0)
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
		if ((sig->design ? design_line(sig, flags, tok, ntok, lineno, err, err_len,
					       &have_ctor)
				 : function_line(sig, tok, ntok, lineno, err, err_len)) != 0)
			return -1;
	}
	if (!started)
		return sigblock_fail(err, err_len, "empty signature block");
	if (!sig->design)
		return check_function(&sig->methods[0], err, err_len);
	return 0;
}

