/*
 * term.c: colour for people, plain text for pipes and NO_COLOR.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "term.h"

bool term_color(FILE *f)
{
	const char *no_color = getenv("NO_COLOR");

	if (no_color && *no_color)
		return false;
	return isatty(fileno(f));
}

const char *term_status_color(const char *status)
{
	if (!strcmp(status, "OK") || !strcmp(status, "AC"))
		return "\033[1;32m";
	if (!strcmp(status, "TLE") || !strcmp(status, "MLE") ||
	    !strcmp(status, "OLE"))
		return "\033[1;33m";
	return "\033[1;31m";
}
