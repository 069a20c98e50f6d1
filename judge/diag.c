/*
 * diag.c: errors about input files.
 */
#include <stdarg.h>
#include <string.h>

#include "diag.h"

void diag_clear(struct diag *d)
{
	memset(d, 0, sizeof(*d));
}

void diag_set(struct diag *d, const char *file, int line, int column,
	      const char *fmt, ...)
{
	va_list ap;

	snprintf(d->file, sizeof(d->file), "%s", file ? file : "");
	d->line = line;
	d->column = column;
	d->hint[0] = '\0';
	va_start(ap, fmt);
	vsnprintf(d->message, sizeof(d->message), fmt, ap);
	va_end(ap);
}

void diag_hint(struct diag *d, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(d->hint, sizeof(d->hint), fmt, ap);
	va_end(ap);
}

void diag_print(const struct diag *d, FILE *f)
{
	fprintf(f, "judge: ");
	if (d->file[0]) {
		fprintf(f, "%s:", d->file);
		if (d->line > 0)
			fprintf(f, "%d:", d->line);
		if (d->column > 0)
			fprintf(f, "%d:", d->column);
		fputc(' ', f);
	}
	fprintf(f, "%s\n", d->message);
	if (d->hint[0])
		fprintf(f, "  hint: %s\n", d->hint);
}
