/*
 * measure.h: the complexity check of a judging session (measure.c,
 * docs/complexity.md).
 */
#ifndef JUDGE_MEASURE_H
#define JUDGE_MEASURE_H

#include "session.h"

/*
 * Times the session's solution against the problem's reference on inputs
 * of growing size and fills s->g->complexity.  A solution that grows
 * faster than the budget allows gets CLE; one that fails on the large
 * inputs gets that verdict (WA, RE, ...); a failure of the judge's own
 * (the reference or generator failing) is IE.  Expects a problem with a
 * budget and a solution that passed its tests (verdict AC).
 */
void measure_complexity(struct session *s);

#endif
