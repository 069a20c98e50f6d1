/*
 * malloc_touch: allocates 1 MiB chunks and touches every page, forever,
 * so resident memory keeps growing.  Must be MLE.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK (1024 * 1024)

int main(void)
{
	for (unsigned long mib = 0;; mib++) {
		char *chunk = malloc(CHUNK);

		if (!chunk) {
			/* An address-space limit may refuse before the
			 * peak-RSS limit is reached; say how far we got. */
			fprintf(stderr, "malloc_touch: malloc failed after %lu MiB\n", mib);
			return 3;
		}
		memset(chunk, 0x5a, CHUNK);
	}
}
