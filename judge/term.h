/*
 * term.h: colour for people, plain text for pipes and NO_COLOR.
 */
#ifndef JUDGE_TERM_H
#define JUDGE_TERM_H

#include <stdbool.h>
#include <stdio.h>

#define TERM_RESET "\033[0m"
#define TERM_BOLD "\033[1m"
#define TERM_DIM "\033[2m"

/* True when f is a terminal and NO_COLOR is unset or empty. */
bool term_color(FILE *f);
/* The escape for a status: green OK/AC, yellow TLE/MLE/OLE, red others. */
const char *term_status_color(const char *status);

#endif
