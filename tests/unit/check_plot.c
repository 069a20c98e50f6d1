/*
 * check_plot.c: the terminal chart and the SVG document, valid (realistic
 * data) and invalid (degenerate data: one point, equal values, zeros,
 * negatives, NaN, infinities, nothing at all).
 */
#define _GNU_SOURCE
#include <check.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plot.h"

#define WIDTH 56
#define HEIGHT 10

/* n = 1k..512k doubling: the reference linear, the solution quadratic and
 * stopped at 1000 ms at the last two sizes, the budget on the reference. */
static size_t realistic(struct plot_point *pts)
{
	size_t n = 0;

	for (double x = 1000; x <= 512000; x *= 2, n++) {
		double k = x / 1000;

		pts[n] = (struct plot_point){
			.n = x, .solution_ms = n >= 8 ? 1000 : 0.02 * k * k,
			.reference_ms = 0.01 * k, .budget_ms = 0.012 * k,
			.solution_capped = n >= 8 };
	}
	return n;
}

static struct plot plot_of(const struct plot_point *pts, size_t count)
{
	return (struct plot){ .title = "two-sum: sol.py against the O(n) budget",
			      .solution_label = "sol.py",
			      .reference_label = "reference (ref.py)",
			      .budget_label = "O(n)", .points = pts,
			      .count = count };
}

/* What plot_text or plot_svg wrote; the caller frees it. */
static char *render(const struct plot *p, bool svg, bool colour)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	ck_assert_ptr_nonnull(f);
	if (svg)
		ck_assert_int_eq(plot_svg(f, p), 0);
	else
		plot_text(f, p, WIDTH, HEIGHT, colour);
	ck_assert_int_eq(fclose(f), 0);
	ck_assert_uint_eq(strlen(buf), len); /* no NUL bytes */
	return buf;
}

static size_t count(const char *s, const char *needle)
{
	size_t n = 0;

	for (; (s = strstr(s, needle)); s++)
		n++;
	return n;
}

static bool ends_with(const char *s, const char *end)
{
	size_t n = strlen(s), m = strlen(end);

	return n >= m && !strcmp(s + n - m, end);
}

/* Neither NaN nor infinity got printed. */
static void assert_finite(const char *s)
{
	static const char *const bad[] = { "nan", "NaN", "NAN", "inf", "Inf",
					   "INF" };

	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++)
		ck_assert_msg(!strstr(s, bad[i]), "'%s' in:\n%s", bad[i], s);
}

/* Lines, and the columns of the widest one: ANSI escapes take none, nor
 * do UTF-8 continuation bytes. */
static size_t text_lines(const char *s, size_t *widest)
{
	size_t lines = 0, cols = 0;

	*widest = 0;
	for (; *s; s++) {
		if (*s == '\n') {
			lines++;
			cols = 0;
		} else if (*s == '\033') {
			s += strcspn(s, "m");
		} else if (((unsigned char)*s & 0xc0) != 0x80 &&
			   ++cols > *widest) {
			*widest = cols;
		}
	}
	return lines;
}

/* How often c appears in the plot area (after the y axis' " |"). */
static size_t count_in_rows(const char *text, char c)
{
	size_t n = 0;

	for (const char *l = text; *l;) {
		size_t len = strcspn(l, "\n");
		const char *bar = strstr(l, " |");

		if (bar && bar < l + len)
			for (const char *q = bar + 2; q < l + len; q++)
				n += *q == c;
		l += len + (l[len] != '\0');
	}
	return n;
}

static void assert_svg_document(const char *svg)
{
	ck_assert_msg(!strncmp(svg, "<?xml", 5) || !strncmp(svg, "<svg", 4),
		      "%.40s", svg);
	ck_assert(strstr(svg, "<svg "));
	ck_assert(ends_with(svg, "</svg>\n"));
	ck_assert_uint_eq(count(svg, "<svg"), 1);
	ck_assert_uint_eq(count(svg, "<text"), count(svg, "</text>"));
	ck_assert_uint_eq(count(svg, "<g>"), count(svg, "</g>") -
			  count(svg, "<g "));
	assert_finite(svg);
}

static void assert_text_chart(const char *text, int height)
{
	size_t widest, lines = text_lines(text, &widest);

	ck_assert_msg(lines <= (size_t)height + 4, "%zu lines:\n%s", lines,
		      text);
	ck_assert_msg(widest <= WIDTH + 16, "%zu columns:\n%s", widest, text);
	ck_assert(ends_with(text, "\n"));
	assert_finite(text);
}

START_TEST(valid_svg_document)
{
	struct plot_point pts[16];
	struct plot p = plot_of(pts, realistic(pts));
	char *svg = render(&p, true, false);

	assert_svg_document(svg);
	ck_assert(strstr(svg, "font-family=\"system-ui"));
	/* Three curves: budget, reference, solution (and its capped part). */
	ck_assert_uint_ge(count(svg, "<path fill=\"none\""), 3);
	ck_assert(strstr(svg, "stroke=\"#868e96\" stroke-width=\"1.5\" "
			      "stroke-linejoin=\"round\" stroke-dasharray"));
	ck_assert(strstr(svg, "stroke=\"#d9480f\""));
	ck_assert(strstr(svg, "stroke=\"#1c7ed6\""));
	ck_assert_uint_eq(count(svg, "<rect x="), 10 + 1 + 1); /* + legend,
								 * frame */
	ck_assert(strstr(svg, "stopped at the cap"));
	ck_assert(strstr(svg, ">input size n</text>"));
	ck_assert(strstr(svg, ">CPU time per call</text>"));
	ck_assert(strstr(svg, ">two-sum: sol.py against the O(n) budget<"));
	ck_assert(strstr(svg, ">O(n) budget</text>"));
	for (size_t i = 0; i < 4; i++) {
		static const char *const ticks[] = { ">1k<", ">10k<", ">100k<",
						     ">1M<" };

		ck_assert_msg(strstr(svg, ticks[i]), "no tick %s", ticks[i]);
	}
	ck_assert(strstr(svg, ">10 µs<"));
	ck_assert(strstr(svg, ">1 ms<"));
	ck_assert(strstr(svg, ">1 s<"));
	free(svg);
}
END_TEST

START_TEST(valid_svg_escapes_text)
{
	struct plot_point pts[16];
	struct plot p = plot_of(pts, realistic(pts));
	char *svg;

	p.title = "a <&> \"b\" 'c'";
	p.solution_label = "x<y.py";
	p.budget_label = "O(n log n) & more";
	svg = render(&p, true, false);
	assert_svg_document(svg);
	ck_assert(strstr(svg, "a &lt;&amp;&gt; &quot;b&quot; &apos;c&apos;"));
	ck_assert(!strstr(svg, "<&>"));
	ck_assert(strstr(svg, "x&lt;y.py"));
	ck_assert(!strstr(svg, "x<y"));
	ck_assert(strstr(svg, "O(n log n) &amp; more"));
	free(svg);
}
END_TEST

/* Markup, escapes or invalid UTF-8 in a label cannot break the XML. */
START_TEST(valid_svg_replaces_control_bytes)
{
	struct plot_point pts[16];
	struct plot p = plot_of(pts, realistic(pts));
	char *svg;

	p.solution_label = "a\033[31mb\xff\xc3(c\x01.py";
	svg = render(&p, true, false);
	ck_assert(strstr(svg, "a?[31mb?" "?(c?.py"));
	ck_assert(!strchr(svg, '\033'));
	free(svg);
}
END_TEST

START_TEST(valid_text_chart)
{
	struct plot_point pts[16];
	struct plot p = plot_of(pts, realistic(pts));
	char *text = render(&p, false, false);
	size_t widest;

	assert_text_chart(text, HEIGHT);
	ck_assert_uint_eq(text_lines(text, &widest), HEIGHT + 4);
	ck_assert(!strncmp(text, "two-sum: sol.py against", 23));
	ck_assert_uint_eq(count_in_rows(text, 'o'), 8);
	ck_assert_uint_eq(count_in_rows(text, '^'), 2);
	ck_assert(strchr(text, '+'));
	ck_assert(strchr(text, '.'));
	ck_assert(!strchr(text, '\033'));
	ck_assert(strstr(text, " ms |"));
	ck_assert(strstr(text, " µs |"));
	ck_assert(strstr(text, "10k"));
	ck_assert(strstr(text, "o sol.py"));
	ck_assert(strstr(text, "^ stopped at the cap"));
	ck_assert(strstr(text, "+ reference (ref.py)"));
	free(text);
}
END_TEST

START_TEST(valid_text_colour)
{
	struct plot_point pts[16];
	struct plot p = plot_of(pts, realistic(pts));
	char *text = render(&p, false, true);

	assert_text_chart(text, HEIGHT);
	ck_assert(strstr(text, "\033[33mo\033[0m"));
	ck_assert(strstr(text, "\033[36m+\033[0m"));
	free(text);
}
END_TEST

/* The solution's marker wins where it meets the reference's. */
START_TEST(valid_text_solution_wins)
{
	struct plot_point pts[] = {
		{ 1000, 1, 1, 1, false }, { 10000, 10, 10, 10, false },
	};
	struct plot p = plot_of(pts, 2);
	char *text = render(&p, false, false);

	ck_assert_uint_eq(count_in_rows(text, 'o'), 2);
	ck_assert_uint_eq(count_in_rows(text, '+'), 0);
	ck_assert_uint_gt(count_in_rows(text, '.'), 0); /* between them */
	ck_assert(strstr(text, "+ reference"));
	free(text);
}
END_TEST

/* Labels that would overflow the line are cut, not wrapped. */
START_TEST(valid_text_long_labels)
{
	char title[300];
	struct plot_point pts[16];
	struct plot p = plot_of(pts, realistic(pts));
	char *text;

	memset(title, 'x', sizeof(title) - 1);
	title[sizeof(title) - 1] = '\0';
	p.title = title;
	p.solution_label = title;
	p.reference_label = "r\033]0;pwned\a.py";
	text = render(&p, false, false);
	assert_text_chart(text, HEIGHT);
	ck_assert(!strchr(text, '\033'));
	ck_assert(!strchr(text, '\a'));
	free(text);
}
END_TEST

static const struct {
	const char *name;
	struct plot_point pts[3];
	size_t count;
} degenerate[] = {
	{ "nothing", { { 0, 0, 0, 0, false } }, 0 },
	{ "one point", { { 1000, 5, 2, 2, false } }, 1 },
	{ "one capped point", { { 1000, 1000, -1, -1, true } }, 1 },
	{ "all equal", { { 10, 1, 1, 1, false }, { 10, 1, 1, 1, false },
			 { 10, 1, 1, 1, true } }, 3 },
	{ "zeros", { { 0, 0, 0, 0, false }, { 100, 0, 0, 0, true },
		     { 0, 5, 5, 5, false } }, 3 },
	{ "negatives", { { -1, -1, -1, -1, false }, { 100, -5, 2, -1, true },
			 { 200, -1, -1, -1, false } }, 3 },
	{ "not numbers", { { NAN, 1, 1, 1, false },
			   { 100, NAN, INFINITY, -INFINITY, true },
			   { INFINITY, 1, 1, 1, false } }, 3 },
	{ "extremes", { { 1e-320, 1e-320, 1e300, 1e308, false },
			{ 1e308, 1e308, 1e-300, 4e-324, true },
			{ 2, 1.7e308, 1e-310, 1e-5, false } }, 3 },
};

START_TEST(invalid_degenerate_svg)
{
	struct plot p = plot_of(degenerate[_i].pts, degenerate[_i].count);
	char *svg = render(&p, true, false);

	ck_assert_msg(svg, "%s", degenerate[_i].name);
	assert_svg_document(svg);
	free(svg);
}
END_TEST

START_TEST(invalid_degenerate_text)
{
	struct plot p = plot_of(degenerate[_i].pts, degenerate[_i].count);
	char *text = render(&p, false, true);

	assert_text_chart(text, HEIGHT);
	free(text);
}
END_TEST

/* No labels and no budget: defaults, and no budget in the legend. */
START_TEST(invalid_null_labels)
{
	struct plot_point pts[16];
	struct plot p = { .points = pts, .count = realistic(pts) };
	char *svg = render(&p, true, false), *text = render(&p, false, false);

	assert_svg_document(svg);
	ck_assert(!strstr(svg, "#868e96"));
	ck_assert(strstr(svg, ">solution</text>"));
	assert_text_chart(text, HEIGHT);
	ck_assert(!strstr(text, "budget"));
	ck_assert(strstr(text, "+ reference"));
	free(svg);
	free(text);
}
END_TEST

/* Sizes out of range are clamped: the promise on lines still holds. */
START_TEST(invalid_box_sizes)
{
	static const int sizes[][2] = { { 0, 0 }, { -5, -5 }, { 1, 1 },
					{ 100000, 100000 } };
	struct plot_point pts[16];
	struct plot p = plot_of(pts, realistic(pts));

	for (size_t i = 0; i < sizeof(sizes) / sizeof(*sizes); i++) {
		char *buf = NULL;
		size_t len = 0, widest, lines;
		FILE *f = open_memstream(&buf, &len);

		ck_assert_ptr_nonnull(f);
		plot_text(f, &p, sizes[i][0], sizes[i][1], false);
		ck_assert_int_eq(fclose(f), 0);
		lines = text_lines(buf, &widest);
		ck_assert_uint_ge(lines, 2 + 4);
		ck_assert_uint_le(lines, 80 + 4);
		ck_assert_uint_le(widest, 200 + 16);
		free(buf);
	}
}
END_TEST

START_TEST(invalid_write_error)
{
	struct plot_point pts[16];
	struct plot p = plot_of(pts, realistic(pts));
	FILE *f = fopen("/dev/null", "r");

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(plot_svg(f, &p), -EBADF);
	fclose(f);
}
END_TEST

static Suite *plot_suite(void)
{
	Suite *s = suite_create("plot");
	TCase *valid = tcase_create("valid");
	TCase *invalid = tcase_create("invalid");
	int n = (int)(sizeof(degenerate) / sizeof(*degenerate));

	tcase_add_test(valid, valid_svg_document);
	tcase_add_test(valid, valid_svg_escapes_text);
	tcase_add_test(valid, valid_svg_replaces_control_bytes);
	tcase_add_test(valid, valid_text_chart);
	tcase_add_test(valid, valid_text_colour);
	tcase_add_test(valid, valid_text_solution_wins);
	tcase_add_test(valid, valid_text_long_labels);
	tcase_add_loop_test(invalid, invalid_degenerate_svg, 0, n);
	tcase_add_loop_test(invalid, invalid_degenerate_text, 0, n);
	tcase_add_test(invalid, invalid_null_labels);
	tcase_add_test(invalid, invalid_box_sizes);
	tcase_add_test(invalid, invalid_write_error);
	suite_add_tcase(s, valid);
	suite_add_tcase(s, invalid);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(plot_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
