/*
 * fuzz_problem.c: libFuzzer target for problem.yaml, through
 * problem_parse() without a folder (so nothing touches the filesystem).
 * Any bytes must give a problem or an error with a message, never a
 * crash, a leak, a hang or a read past len.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "problem.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A private copy of exactly size bytes, so ASan sees any read past
	 * the end. */
	char *buf = malloc(size ? size : 1);
	struct problem *p = (struct problem *)&buf;
	struct diag d;
	int rc;

	if (!buf)
		return 0;
	memcpy(buf, data, size);
	rc = problem_parse(buf, size, "problem.yaml", NULL, &p, &d);
	if (rc == 0) {
		/* What the rest of judge relies on. */
		if (!p || !p->id || !p->title || !p->tags ||
		    p->tag_count == 0 || p->test_count == 0 ||
		    !p->solutions || !p->statement_path)
			abort();
		for (size_t i = 0; i < p->test_count; i++)
			if (!p->tests[i].name)
				abort();
		for (size_t i = 0; i < p->solution_count; i++)
			if (!p->solutions[i].path || !p->solutions[i].expect)
				abort();
		if (p->limits.time_ms == 0 || p->limits.wall_ms == 0 ||
		    p->limits.memory_kb == 0 || p->limits.output_bytes == 0)
			abort();
	} else if (rc != -1 || p != NULL || !d.message[0] ||
		   !memchr(d.message, '\0', sizeof(d.message)) ||
		   !memchr(d.hint, '\0', sizeof(d.hint))) {
		abort();
	}
	problem_free(p);
	free(buf);
	return 0;
}
