/*
 * verdict.c: names of the verdicts.
 */
#include <string.h>

#include "judge/verdict.h"

static const struct {
	const char *name;
	const char *description;
} verdicts[VERDICT_COUNT] = {
	[VERDICT_AC] = { "AC", "accepted" },
	[VERDICT_WA] = { "WA", "wrong answer" },
	[VERDICT_TLE] = { "TLE", "time limit exceeded" },
	[VERDICT_MLE] = { "MLE", "memory limit exceeded" },
	[VERDICT_OLE] = { "OLE", "output limit exceeded" },
	[VERDICT_RE] = { "RE", "runtime error" },
	[VERDICT_SV] = { "SV", "security violation" },
	[VERDICT_CE] = { "CE", "compile error" },
	[VERDICT_CLE] = { "CLE", "complexity limit exceeded" },
	[VERDICT_IE] = { "IE", "internal error" },
};

const char *verdict_name(enum verdict v)
{
	return (unsigned)v < VERDICT_COUNT ? verdicts[v].name : NULL;
}

const char *verdict_description(enum verdict v)
{
	return (unsigned)v < VERDICT_COUNT ? verdicts[v].description : NULL;
}

int verdict_parse(const char *name, enum verdict *out)
{
	for (int i = 0; i < VERDICT_COUNT; i++) {
		if (!strcmp(name, verdicts[i].name)) {
			*out = (enum verdict)i;
			return 0;
		}
	}
	return -1;
}
