/*
 * plot.c: a solution's time against n, for a terminal and as SVG.
 *
 * Both renderings share one model.  Each axis is an interval of log10
 * whose ends are 1-2-5 values just outside the data (struct axis), so every
 * drawn value maps to a fraction in [0, 1] and no interval is empty, even
 * for a single point.  A value is drawn only when finite and > 0, and is
 * clamped to [1e-300, 1e300] first so that padding it and taking powers of
 * ten stay finite: no NaN or infinity can reach a coordinate or a label.
 */
#include <errno.h>
#include <math.h>
#include <string.h>

#include "plot.h"
#include "term.h"

/* In the order the text chart draws them: later ones win a cell. */
enum series { SERIES_BUDGET, SERIES_REFERENCE, SERIES_SOLUTION };

struct axis {
	double lo, hi; /* log10 of the ends; lo < hi */
};

struct legend_item {
	enum series s;
	bool capped;
	const char *label, *suffix;
};

#define MAX_TICKS 40
#define TEXT_MAX_W 200
#define TEXT_MAX_H 80
#define TEXT_LABEL_COLS 8 /* "100 µs" and the like, right-aligned */
#define SVG_W 640
#define SVG_H 400
#define SVG_LEFT 72

static const char *const series_colour[] = {
	[SERIES_BUDGET] = "#868e96",
	[SERIES_REFERENCE] = "#1c7ed6",
	[SERIES_SOLUTION] = "#d9480f",
};

static const char *label_or(const char *label, const char *fallback)
{
	return label ? label : fallback;
}

/* Series s at point i, or -1 when it is not drawn there. */
static double series_value(const struct plot *p, size_t i, enum series s)
{
	const struct plot_point *pt = &p->points[i];
	double v = s == SERIES_SOLUTION ? pt->solution_ms :
		   s == SERIES_REFERENCE ? pt->reference_ms :
		   p->budget_label ? pt->budget_ms : -1;

	if (!isfinite(pt->n) || pt->n <= 0 || !isfinite(v) || v <= 0)
		return -1;
	return fmin(fmax(v, 1e-300), 1e300);
}

/* n at point i; only for points where series_value is >= 0. */
static double point_n(const struct plot *p, size_t i)
{
	return fmin(fmax(p->points[i].n, 1e-300), 1e300);
}

static bool point_capped(const struct plot *p, size_t i, enum series s)
{
	return s == SERIES_SOLUTION && p->points[i].solution_capped &&
	       series_value(p, i, s) > 0;
}

/* The smallest 1-2-5 value >= v (up), or the largest <= v. */
static double nice(double v, bool up)
{
	static const double steps[] = { 1, 2, 5, 10 };
	double p = pow(10, floor(log10(v))), m = v / p;

	for (size_t k = 0; k < 4; k++) {
		size_t i = up ? k : 3 - k;

		if (up ? steps[i] >= m * (1 - 1e-9) : steps[i] <= m * (1 + 1e-9))
			return steps[i] * p;
	}
	return p / 2; /* m fell just under 1 by rounding */
}

static void axis_init(struct axis *a, double min, double max)
{
	if (!(min <= max)) { /* nothing to draw */
		min = 1;
		max = 10;
	}
	a->lo = log10(nice(min / 1.1, false));
	a->hi = log10(nice(max * 1.1, true));
}

static void axes_init(const struct plot *p, struct axis *x, struct axis *y)
{
	double nmin = INFINITY, nmax = 0, tmin = INFINITY, tmax = 0;

	for (size_t i = 0; i < p->count; i++)
		for (enum series s = SERIES_BUDGET; s <= SERIES_SOLUTION; s++) {
			double v = series_value(p, i, s);

			if (v < 0)
				continue;
			tmin = fmin(tmin, v);
			tmax = fmax(tmax, v);
			nmin = fmin(nmin, point_n(p, i));
			nmax = fmax(nmax, point_n(p, i));
		}
	axis_init(x, nmin, nmax);
	axis_init(y, tmin, tmax);
}

static double axis_frac(const struct axis *a, double v)
{
	double f = (log10(v) - a->lo) / (a->hi - a->lo);

	return f < 0 ? 0 : f > 1 ? 1 : f;
}

/* The labelled values: decades (every k-th when there are more than ten),
 * or every 1-2-5 value when fewer than three decades are in range. */
static size_t axis_ticks(const struct axis *a, double *t)
{
	static const double steps[] = { 1, 2, 5 };
	int first = (int)ceil(a->lo - 1e-9), last = (int)floor(a->hi + 1e-9);
	int every = (last - first) / 10 + 1;
	size_t n = 0;

	for (int e = first - 1; e <= last && n < MAX_TICKS; e++)
		for (size_t i = 0; i < 3 && n < MAX_TICKS; i++) {
			double l = log10(steps[i]) + e;

			if (last - first >= 2 ? i == 0 && e >= first &&
						(e % every + every) % every == 0
					      : l >= a->lo - 1e-9 &&
						l <= a->hi + 1e-9)
				t[n++] = steps[i] * pow(10, e);
		}
	return n;
}

static void format_time(char *buf, size_t len, double ms)
{
	if (ms >= 1000)
		snprintf(buf, len, "%.3g s", ms / 1000);
	else if (ms >= 1)
		snprintf(buf, len, "%.3g ms", ms);
	else if (ms >= 1e-3)
		snprintf(buf, len, "%.3g µs", ms * 1e3);
	else
		snprintf(buf, len, "%.3g ns", ms * 1e6);
}

static void format_size(char *buf, size_t len, double n)
{
	static const char *const suffix[] = { "", "k", "M", "G" };
	size_t i = 0;

	for (; i < 3 && n >= 1000 * (1 - 1e-9); i++)
		n /= 1000;
	snprintf(buf, len, "%.4g%s", n, suffix[i]);
}

/* The length of the UTF-8 character at s, or 0 when s starts a control
 * character (C0 or C1) or an invalid sequence. */
static size_t char_len(const unsigned char *s)
{
	size_t n;

	if (s[0] < 0x20 || s[0] == 0x7f)
		return 0;
	if (s[0] < 0x80)
		return 1;
	if (s[0] < 0xc2 || s[0] > 0xf4 || (s[0] == 0xc2 && s[1] < 0xa0) ||
	    (s[0] == 0xe0 && s[1] < 0xa0) || (s[0] == 0xed && s[1] >= 0xa0) ||
	    (s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] >= 0x90))
		return 0;
	n = s[0] < 0xe0 ? 2 : s[0] < 0xf0 ? 3 : 4;
	for (size_t i = 1; i < n; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	return n;
}

/* Columns s takes, one per character. */
static int text_columns(const char *s)
{
	int n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

/*
 * Writes s, as XML character data when xml, else in at most *room
 * columns; '?' stands for what char_len rejects (XML 1.0 forbids most
 * control characters, and a terminal would obey them).
 */
static void put_text(FILE *out, const char *s, bool xml, int *room)
{
	const unsigned char *u = (const unsigned char *)s;

	for (; *u && (xml || *room > 0); *room -= !xml) {
		size_t n = char_len(u);
		const char *ent = !xml ? NULL : *u == '&' ? "&amp;" :
				  *u == '<' ? "&lt;" : *u == '>' ? "&gt;" :
				  *u == '"' ? "&quot;" : *u == '\'' ? "&apos;" :
				  NULL;

		if (!n)
			fputc('?', out);
		else if (ent)
			fputs(ent, out);
		else
			fwrite(u, 1, n, out);
		u += n ? n : 1;
	}
}

static void put_xml(FILE *out, const char *s)
{
	int unused = 0;

	put_text(out, s, true, &unused);
}

/* Solution, its capped points if any, reference, budget if any. */
static size_t legend_items(const struct plot *p, struct legend_item *item)
{
	const char *sol = label_or(p->solution_label, "solution");
	size_t n = 0;

	item[n++] = (struct legend_item){ SERIES_SOLUTION, false, sol, "" };
	for (size_t i = 0; i < p->count; i++)
		if (point_capped(p, i, SERIES_SOLUTION)) {
			item[n++] = (struct legend_item){
				SERIES_SOLUTION, true, sol, "stopped at the cap" };
			break;
		}
	item[n++] = (struct legend_item){ SERIES_REFERENCE, false,
		label_or(p->reference_label, "reference"), "" };
	if (p->budget_label)
		item[n++] = (struct legend_item){ SERIES_BUDGET, false,
			p->budget_label, "budget" };
	return n;
}

/* Text chart */

struct grid {
	char cell[TEXT_MAX_H][TEXT_MAX_W];
	int w, h;
	struct axis x, y;
};

static int grid_col(const struct grid *g, double n)
{
	return (int)lround(axis_frac(&g->x, n) * (g->w - 1));
}

static int grid_row(const struct grid *g, double fy)
{
	return (int)lround((1 - fy) * (g->h - 1));
}

/* Series s as markers; the budget as a line interpolated in log-log. */
static void grid_series(struct grid *g, const struct plot *p, enum series s)
{
	static const char mark[] = { '.', '+', 'o' };
	double pn = 0, pf = 0;

	for (size_t i = 0; i < p->count; i++) {
		double v = series_value(p, i, s), f;
		int c, c0;

		if (v < 0)
			continue;
		f = axis_frac(&g->y, v);
		c = grid_col(g, point_n(p, i));
		c0 = pn > 0 ? grid_col(g, pn) : c;
		for (int k = c0; s == SERIES_BUDGET && k <= c; k++) {
			double t = c > c0 ? (double)(k - c0) / (c - c0) : 1;

			g->cell[grid_row(g, pf + t * (f - pf))][k] = '.';
		}
		g->cell[grid_row(g, f)][c] = point_capped(p, i, s) ? '^' : mark[s];
		pn = point_n(p, i);
		pf = f;
	}
}

static void put_mark(FILE *out, char c, bool colour)
{
	const char *esc = c == 'o' ? "\033[33m" : c == '^' ? "\033[31m" :
			  c == '+' ? "\033[36m" : c == '.' ? TERM_DIM : NULL;

	if (colour && esc)
		fprintf(out, "%s%c%s", esc, c, TERM_RESET);
	else
		fputc(c, out);
}

static void text_rows(FILE *out, const struct grid *g, bool colour)
{
	char labels[TEXT_MAX_H][16] = { { 0 } };
	double t[MAX_TICKS];
	size_t nt = axis_ticks(&g->y, t);

	for (size_t i = 0; i < nt; i++) {
		char *l = labels[grid_row(g, axis_frac(&g->y, t[i]))];

		if (!*l)
			format_time(l, sizeof(labels[0]), t[i]);
	}
	for (int r = 0; r < g->h; r++) {
		int end = g->w, pad = TEXT_LABEL_COLS - text_columns(labels[r]);

		while (end > 0 && g->cell[r][end - 1] == ' ')
			end--;
		fprintf(out, "%*s%s |", pad > 0 ? pad : 0, "", labels[r]);
		for (int c = 0; c < end; c++)
			put_mark(out, g->cell[r][c], colour);
		fputc('\n', out);
	}
}

/* The x axis, ticked, and its labels, centred where they fit. */
static void text_x_axis(FILE *out, const struct grid *g)
{
	char line[TEXT_LABEL_COLS + 2 + TEXT_MAX_W];
	int prefix = TEXT_LABEL_COLS + 2, limit = prefix + g->w, used = 0;
	double t[MAX_TICKS];
	size_t nt = axis_ticks(&g->x, t);

	memset(line, ' ', sizeof(line));
	memset(line + prefix, '-', (size_t)g->w);
	line[prefix - 1] = '+';
	for (size_t i = 0; i < nt; i++)
		line[prefix + grid_col(g, t[i])] = '+';
	fprintf(out, "%.*s\n", limit, line);

	memset(line, ' ', sizeof(line));
	for (size_t i = 0; i < nt; i++) {
		char l[16];
		int len, start;

		format_size(l, sizeof(l), t[i]);
		len = (int)strlen(l);
		start = prefix + grid_col(g, t[i]) - len / 2;
		if (start + len > limit)
			start = limit - len;
		if (start <= used)
			continue;
		memcpy(line + start, l, (size_t)len);
		used = start + len;
	}
	fprintf(out, "%.*s\n", used, line);
}

/* "  o sol.py  ^ stopped at the cap  + reference  . O(n) budget" */
static void text_legend(FILE *out, const struct plot *p, int room,
			bool colour)
{
	static const char mark[] = { '.', '+', 'o' };
	struct legend_item item[4];
	size_t n = legend_items(p, item);

	for (size_t i = 0; i < n && room > 6; i++) {
		fputs("  ", out);
		put_mark(out, item[i].capped ? '^' : mark[item[i].s], colour);
		fputc(' ', out);
		room -= 4;
		put_text(out, item[i].capped ? "" : item[i].label, false, &room);
		put_text(out, *item[i].suffix && !item[i].capped ? " " : "",
			 false, &room);
		put_text(out, item[i].suffix, false, &room);
	}
	fputc('\n', out);
}

void plot_text(FILE *out, const struct plot *p, int width, int height,
	       bool colour)
{
	struct grid g;
	int room;

	g.w = width < 8 ? 8 : width > TEXT_MAX_W ? TEXT_MAX_W : width;
	g.h = height < 2 ? 2 : height > TEXT_MAX_H ? TEXT_MAX_H : height;
	room = g.w + 16;
	axes_init(p, &g.x, &g.y);
	memset(g.cell, ' ', sizeof(g.cell));
	for (enum series s = SERIES_BUDGET; s <= SERIES_SOLUTION; s++)
		grid_series(&g, p, s);

	fputs(colour ? TERM_BOLD : "", out);
	put_text(out, label_or(p->title, ""), false, &room);
	fprintf(out, "%s\n", colour ? TERM_RESET : "");
	text_rows(out, &g, colour);
	text_x_axis(out, &g);
	text_legend(out, p, g.w + 16, colour);
}

/* SVG */

struct frame {
	struct axis x, y;
	double left, top, right, bottom;
};

/* Where v falls on the x axis (x) or the y axis (!x), in pixels. */
static double frame_pos(const struct frame *f, bool x, double v)
{
	return x ? f->left + axis_frac(&f->x, v) * (f->right - f->left) :
		   f->bottom - axis_frac(&f->y, v) * (f->bottom - f->top);
}

static void svg_marker(FILE *out, enum series s, bool capped, double x,
		       double y)
{
	const char *c = series_colour[s];

	if (s == SERIES_REFERENCE)
		fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"6\" "
			"height=\"6\" fill=\"%s\"/>", x - 3, y - 3, c);
	else if (s == SERIES_SOLUTION && capped)
		fprintf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" "
			"fill=\"#fff\" stroke=\"%s\" stroke-width=\"1.5\"/>"
			"<path d=\"M%.1f %.1fv-11m-3.5 3.5l3.5-3.5 3.5 3.5\" "
			"fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"/>",
			x, y, c, x, y - 5, c);
	else if (s == SERIES_SOLUTION)
		fprintf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" "
			"fill=\"%s\"/>", x, y, c);
}

/* The budget dashed, a capped stretch of the solution dotted. */
static const char *svg_dashes(enum series s, bool capped)
{
	return s == SERIES_BUDGET ? " stroke-dasharray=\"6 4\"" :
	       capped ? " stroke-dasharray=\"2 3\"" : "";
}

/* The segments of series s between points drawn, those touching a capped
 * point (part 1) or the others (part 0), as one path if there are any. */
static void svg_path(FILE *out, const struct plot *p, const struct frame *f,
		     enum series s, bool part)
{
	bool open = false, pen = false, have = false, pcap = false;
	double px = 0, py = 0;

	for (size_t i = 0; i < p->count; i++) {
		double v = series_value(p, i, s), x, y;
		bool cap = point_capped(p, i, s), draw;

		if (v < 0)
			continue;
		x = frame_pos(f, true, point_n(p, i));
		y = frame_pos(f, false, v);
		draw = have && (cap || pcap) == part;
		if (draw && !open)
			fprintf(out, "<path fill=\"none\" stroke=\"%s\" "
				"stroke-width=\"%s\" stroke-linejoin=\"round\"%s "
				"d=\"", series_colour[s],
				s == SERIES_BUDGET ? "1.5" : "2",
				svg_dashes(s, part));
		if (draw && !pen)
			fprintf(out, "M%.1f %.1f", px, py);
		if (draw)
			fprintf(out, "L%.1f %.1f", x, y);
		open |= draw;
		pen = draw;
		have = true;
		px = x;
		py = y;
		pcap = cap;
	}
	if (open)
		fputs("\"/>\n", out);
}

/* One series: its path, its capped stretch dotted, its markers, each with
 * a tooltip. */
static void svg_series(FILE *out, const struct plot *p,
		       const struct frame *f, enum series s, const char *label)
{
	svg_path(out, p, f, s, false);
	svg_path(out, p, f, s, true);
	for (size_t i = 0; s != SERIES_BUDGET && i < p->count; i++) {
		double v = series_value(p, i, s);
		char n[16], t[16];

		if (v < 0)
			continue;
		format_size(n, sizeof(n), point_n(p, i));
		format_time(t, sizeof(t), v);
		fputs("<g><title>", out);
		put_xml(out, label);
		fprintf(out, ": n = %s, %s%s</title>", n,
			point_capped(p, i, s) ? "stopped at " : "", t);
		svg_marker(out, s, point_capped(p, i, s),
			   frame_pos(f, true, point_n(p, i)),
			   frame_pos(f, false, v));
		fputs("</g>\n", out);
	}
}

/* The legend in rows under the title; returns the y below it. */
static double svg_legend(FILE *out, const struct plot *p)
{
	struct legend_item item[4];
	size_t n = legend_items(p, item);
	double x = SVG_LEFT, y = 54;

	for (size_t i = 0; i < n; i++) {
		double w = 30 + 6.2 * (text_columns(item[i].label) +
				       text_columns(item[i].suffix));

		if (x > SVG_LEFT && x + w > SVG_W - 20) {
			x = SVG_LEFT;
			y += 18;
		}
		fprintf(out, "<path d=\"M%.1f %.1fh22\" fill=\"none\" "
			"stroke=\"%s\" stroke-width=\"2\"%s/>", x, y - 4,
			series_colour[item[i].s],
			svg_dashes(item[i].s, item[i].capped));
		svg_marker(out, item[i].s, item[i].capped, x + 11, y - 4);
		fprintf(out, "<text x=\"%.1f\" y=\"%.1f\">", x + 28, y);
		put_xml(out, item[i].label);
		fprintf(out, "%s%s</text>\n", *item[i].suffix ? " " : "",
			item[i].suffix);
		x += w + 12;
	}
	return y + 14;
}

static void svg_line(FILE *out, const struct frame *f, bool x, double v)
{
	double at = frame_pos(f, x, v);

	if (x)
		fprintf(out, "<path d=\"M%.1f %.1fV%.1f\"/>", at, f->top,
			f->bottom);
	else
		fprintf(out, "<path d=\"M%.1f %.1fH%.1f\"/>", f->left, at,
			f->right);
}

/* Gridlines at 1..9 times each decade (unless there are many decades),
 * stronger ones at the ticks, and the tick labels. */
static void svg_axis(FILE *out, const struct frame *f, bool x)
{
	const struct axis *a = x ? &f->x : &f->y;
	double t[MAX_TICKS];
	size_t nt = axis_ticks(a, t);

	fputs("<g stroke=\"#f1f3f5\">", out);
	for (int e = (int)floor(a->lo); a->hi - a->lo < 8 && e <= a->hi; e++)
		for (int m = 1; m < 10; m++)
			if (log10(m) + e > a->lo && log10(m) + e < a->hi)
				svg_line(out, f, x, m * pow(10, e));
	fputs("</g>\n<g stroke=\"#dee2e6\">", out);
	for (size_t i = 0; i < nt; i++)
		svg_line(out, f, x, t[i]);
	fprintf(out, "</g>\n<g fill=\"#495057\" font-size=\"11\" "
		"text-anchor=\"%s\">", x ? "middle" : "end");
	for (size_t i = 0; i < nt; i++) {
		char l[16];

		if (x)
			format_size(l, sizeof(l), t[i]);
		else
			format_time(l, sizeof(l), t[i]);
		fprintf(out, "<text x=\"%.1f\" y=\"%.1f\">%s</text>",
			x ? frame_pos(f, x, t[i]) : f->left - 6,
			x ? f->bottom + 16 : frame_pos(f, x, t[i]) + 4, l);
	}
	fputs("</g>\n", out);
}

int plot_svg(FILE *out, const struct plot *p)
{
	struct frame f = { .left = SVG_LEFT, .right = SVG_W - 20,
			   .bottom = SVG_H - 48 };

	errno = 0;
	axes_init(p, &f.x, &f.y);
	fprintf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "
		"xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
		"height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"system-ui, "
		"-apple-system, 'Segoe UI', Roboto, sans-serif\" "
		"font-size=\"12\" fill=\"#212529\">\n<title>", SVG_W, SVG_H,
		SVG_W, SVG_H);
	put_xml(out, label_or(p->title, ""));
	fprintf(out, "</title>\n<rect width=\"%d\" height=\"%d\" "
		"fill=\"#fff\"/>\n<text x=\"%d\" y=\"24\" "
		"text-anchor=\"middle\" font-size=\"15\" "
		"font-weight=\"600\">", SVG_W, SVG_H, SVG_W / 2);
	put_xml(out, label_or(p->title, ""));
	fputs("</text>\n", out);
	f.top = svg_legend(out, p);
	svg_axis(out, &f, true);
	svg_axis(out, &f, false);
	fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
		"height=\"%.1f\" fill=\"none\" stroke=\"#adb5bd\"/>\n"
		"<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" "
		"fill=\"#495057\">input size n</text>\n<text "
		"transform=\"translate(18 %.1f) rotate(-90)\" "
		"text-anchor=\"middle\" fill=\"#495057\">CPU time per call"
		"</text>\n", f.left, f.top, f.right - f.left, f.bottom - f.top,
		(f.left + f.right) / 2, SVG_H - 12, (f.top + f.bottom) / 2);
	svg_series(out, p, &f, SERIES_REFERENCE,
		   label_or(p->reference_label, "reference"));
	svg_series(out, p, &f, SERIES_BUDGET, "");
	svg_series(out, p, &f, SERIES_SOLUTION,
		   label_or(p->solution_label, "solution"));
	fputs("</svg>\n", out);
	if (fflush(out) == EOF || ferror(out))
		return errno ? -errno : -EIO;
	return 0;
}
