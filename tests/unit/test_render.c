/*
 * test_render.c - unit tests of src/render: Markdown for the terminal and HTML.
 *
 * Most cases are a table of Markdown in, exact plain text out. Properties
 * that every output must have (one final newline, no trailing blanks, no
 * escapes without color, the same text with color once escapes are removed)
 * are checked on every case of the table, then wrapping is checked as a
 * property over long text at many widths.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/render.h"

#define RULE2(s) s s
#define RULE4(s) RULE2(s) RULE2(s)
#define RULE5(s) RULE4(s) s
#define RULE10(s) RULE5(s) RULE5(s)
#define RULE20(s) RULE10(s) RULE10(s)
#define THIN "\xe2\x94\x80"   /* ─ */
#define DOUBLE "\xe2\x95\x90" /* ═ */

/* ---- helpers ---- */

static char *term(const char *md, int width, bool color)
{
	return render_markdown_term(md, strlen(md), width, color);
}

/* Remove ESC [ ... m sequences. Caller frees. */
static char *strip_sgr(const char *s)
{
	char *out = malloc(strlen(s) + 1), *o = out;

	assert_non_null(out);
	while (*s) {
		if (s[0] == '\033' && s[1] == '[') {
			s += 2;
			while (*s && *s != 'm')
				s++;
			if (*s)
				s++;
			continue;
		}
		*o++ = *s++;
	}
	*o = '\0';
	return out;
}

/*
 * Display columns of s[0..n) for the texts used here: escapes count 0,
 * U+0300..U+036F count 0, CJK ideographs count 2, any other code point 1.
 */
static int cols(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	int c = 0;
	size_t i = 0;

	while (i < n) {
		uint32_t cp;
		size_t len = p[i] < 0x80 ? 1 : p[i] < 0xe0 ? 2 : p[i] < 0xf0 ? 3 : 4;

		if (p[i] == '\033') {
			while (i < n && p[i] != 'm')
				i++;
			i++;
			continue;
		}
		cp = len == 1 ? p[i] : p[i] & (0xffu >> (len + 1));
		for (size_t k = 1; k < len && i + k < n; k++)
			cp = cp << 6 | (p[i + k] & 0x3fu);
		if (cp >= 0x300 && cp <= 0x36f)
			c += 0;
		else if (cp >= 0x4e00 && cp <= 0x9fff)
			c += 2;
		else
			c += 1;
		i += len;
	}
	return c;
}

static int widest_line(const char *s)
{
	int widest = 0;

	while (*s) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		int c = cols(s, n);

		if (c > widest)
			widest = c;
		s += n + (nl ? 1 : 0);
	}
	return widest;
}

/* Fail with the case, what was expected and what came out. */
static void expect_str(const char *what, const char *got, const char *want)
{
	if (strcmp(got, want) != 0)
		fail_msg("%s:\n--- want ---\n%s--- got ---\n%s--- end ---", what, want, got);
}

/* What every terminal rendering must satisfy; says which output broke it. */
static void check_invariants(const char *md, const char *out, bool color)
{
	size_t n = strlen(out);

	if (n == 0 || out[n - 1] != '\n' || (n >= 2 && out[n - 2] == '\n'))
		fail_msg("output of %s must end with exactly one newline, got:\n[%s]", md, out);
	if (strstr(out, " \n") || strstr(out, "\t\n") || strstr(out, " \033[0m\n"))
		fail_msg("trailing blank in output of %s:\n[%s]", md, out);
	if (!color && strchr(out, '\033'))
		fail_msg("escape byte without color in output of %s:\n[%s]", md, out);
	if (color) {
		/* A line that opens a style closes it: its last escape is a reset. */
		const char *line = out;

		while (*line) {
			const char *nl = strchr(line, '\n');
			const char *last = NULL, *p;

			for (p = line; p < nl; p++) {
				if (*p == '\033')
					last = p;
			}
			if (last && strncmp(last, "\033[0m", 4) != 0)
				fail_msg("style left open at a line end in output of %s:\n[%s]",
					 md, out);
			line = nl + 1;
		}
	}
}

/* ---- exact plain output ---- */

struct term_case {
	const char *name;
	const char *md;
	int width;
	const char *want;
};

static const struct term_case term_cases[] = {
	{ "empty", "", 40, "\n" },
	{ "blank lines only", "  \n\n\n", 40, "\n" },
	{ "paragraph with emphasis", "Hello *world* and **bold**", 40, "Hello world and bold\n" },
	{ "two paragraphs", "one\n\ntwo\n", 40, "one\n\ntwo\n" },
	{ "softbreak is a space", "a\nb", 40, "a b\n" },
	{ "hardbreak with spaces", "a  \nb", 40, "a\nb\n" },
	{ "hardbreak with backslash", "a\\\nb", 40, "a\nb\n" },
	{ "wrap at width", "one two three four five six seven eight", 20,
	  "one two three four\nfive six seven eight\n" },
	{ "width below 20 is 20", "one two three four five six seven eight", 5,
	  "one two three four\nfive six seven eight\n" },
	{ "long word alone on its line", "short averyveryveryverylongwordhere x", 20,
	  "short\naveryveryveryverylongwordhere\nx\n" },
	{ "h1", "# Title\n\nBody", 40, "Title\n" RULE5(DOUBLE) "\n\nBody\n" },
	{ "h2", "## Sub\ntext", 40, "Sub\n" THIN THIN THIN "\n\ntext\n" },
	{ "h3 has no rule", "### Three\n\nx", 40, "Three\n\nx\n" },
	{ "setext h1", "Title\n=====", 40, "Title\n" RULE5(DOUBLE) "\n" },
	{ "wrapped heading ruled to its widest line", "# alpha beta gamma delta", 20,
	  "alpha beta gamma\ndelta\n" RULE10(DOUBLE) RULE5(DOUBLE) DOUBLE "\n" },
	{ "accented heading rule", "# Caf\xc3\xa9", 40, "Caf\xc3\xa9\n" RULE4(DOUBLE) "\n" },
	{ "combining mark is zero wide", "# e\xcc\x81", 40, "e\xcc\x81\n" DOUBLE "\n" },
	{ "CJK is two wide", "## \xe6\xbc\xa2\xe5\xad\x97", 40,
	  "\xe6\xbc\xa2\xe5\xad\x97\n" RULE4(THIN) "\n" },
	{ "bullets", "- a\n- b\n", 40, "\xe2\x80\xa2 a\n\xe2\x80\xa2 b\n" },
	{ "list between paragraphs", "Intro:\n\n- a\n- b\n\nAfter", 40,
	  "Intro:\n\n\xe2\x80\xa2 a\n\xe2\x80\xa2 b\n\nAfter\n" },
	{ "loose list", "- a\n\n- b\n", 40, "\xe2\x80\xa2 a\n\n\xe2\x80\xa2 b\n" },
	{ "ordered from its start", "3. x\n4. y\n", 40, "3. x\n4. y\n" },
	{ "ordered with parens", "1) x\n2) y\n", 40, "1) x\n2) y\n" },
	{ "ordered numbers aligned", "9. a\n10. b\n", 40, " 9. a\n10. b\n" },
	{ "nested bullets", "- a\n  - b\n  - c\n- d\n", 40,
	  "\xe2\x80\xa2 a\n  \xe2\x80\xa2 b\n  \xe2\x80\xa2 c\n\xe2\x80\xa2 d\n" },
	{ "three levels", "- a\n  - b\n    - c\n", 40,
	  "\xe2\x80\xa2 a\n  \xe2\x80\xa2 b\n    \xe2\x80\xa2 c\n" },
	{ "ordered in bullet", "- a\n  1. x\n  2. y\n", 40, "\xe2\x80\xa2 a\n  1. x\n  2. y\n" },
	{ "bullet in ordered", "1. a\n   - x\n2. b\n", 40, "1. a\n   \xe2\x80\xa2 x\n2. b\n" },
	{ "bullet hanging indent", "- alpha beta gamma delta epsilon", 20,
	  "\xe2\x80\xa2 alpha beta gamma\n  delta epsilon\n" },
	{ "number hanging indent", "1. alpha beta gamma delta", 20,
	  "1. alpha beta gamma\n   delta\n" },
	{ "item with two paragraphs", "- a\n\n  b\n", 40, "\xe2\x80\xa2 a\n\n  b\n" },
	{ "empty item", "-\n- b\n", 40, "\xe2\x80\xa2\n\xe2\x80\xa2 b\n" },
	{ "block quote", "> quoted", 40, "\xe2\x94\x82 quoted\n" },
	{ "quote with two paragraphs", "> a\n>\n> b", 40,
	  "\xe2\x94\x82 a\n\xe2\x94\x82\n\xe2\x94\x82 b\n" },
	{ "quote wraps inside its bar", "> one two three four five six", 20,
	  "\xe2\x94\x82 one two three four\n\xe2\x94\x82 five six\n" },
	{ "quote in a list", "- > q", 40, "\xe2\x80\xa2 \xe2\x94\x82 q\n" },
	{ "thematic break", "a\n\n***\n\nb", 20, "a\n\n" RULE20(THIN) "\n\nb\n" },
	{ "fenced code", "```python\ndef f():\n    return 1\n```", 40,
	  "    def f():\n        return 1\n" },
	{ "code blank lines kept, trailing blanks cut", "```\na  \n\nb\n```", 40,
	  "    a\n\n    b\n" },
	{ "code trailing blank lines cut", "```\nx\n\n\n```\n", 40, "    x\n" },
	{ "CRLF line ends", "a\r\nb\r\n\r\n```\r\nx\r\n```\r\n", 40, "a b\n\n    x\n" },
	{ "indented code", "    x = 1\n    y = 2\n", 40, "    x = 1\n    y = 2\n" },
	{ "code never wrapped", "```\nprint(a_rather_long_name, another_long_name, more)\n```", 20,
	  "    print(a_rather_long_name, another_long_name, more)\n" },
	{ "code tabs to stops of 4", "```\n\tx\na\tb\n```", 40, "        x\n    a   b\n" },
	{ "code after paragraph", "Example:\n\n```\nx\n```\n\nDone.", 40,
	  "Example:\n\n    x\n\nDone.\n" },
	{ "code in a list item", "- item\n\n  ```\n  code\n  ```\n", 40,
	  "\xe2\x80\xa2 item\n\n      code\n" },
	{ "link", "See [docs](https://x.org).", 40, "See docs (https://x.org).\n" },
	{ "autolink", "<https://x.org>", 40, "https://x.org\n" },
	{ "email autolink", "<a@b.org>", 40, "a@b.org\n" },
	{ "link text equal to url", "[https://x.org](https://x.org)", 40, "https://x.org\n" },
	{ "link without url", "[text]()", 40, "text\n" },
	{ "image", "![plot](p.png)", 40, "plot (p.png)\n" },
	{ "inline code", "use `x = 1` here", 40, "use x = 1 here\n" },
	{ "inline html as text", "a <b>x</b>", 40, "a <b>x</b>\n" },
	{ "html block as text", "<div>\nhi\n</div>", 40, "<div>\nhi\n</div>\n" },
	{ "table rows kept", "| a | b |\n|---|---|\n| 1 | 2 |", 40,
	  "| a | b |\n|---|---|\n| 1 | 2 |\n" },
	{ "pipes without a delimiter row join", "a | b\nc | d", 40, "a | b c | d\n" },
	{ "escape bytes neutralised", "a\033[31mb\033]0;x\007", 40,
	  "a\xef\xbf\xbd[31mb\xef\xbf\xbd]0;x\xef\xbf\xbd\n" },
	{ "C1 control neutralised", "a\xc2\x9b" "31mb", 40, "a\xef\xbf\xbd" "31mb\n" },
	{ "invalid UTF-8 replaced", "a\xff b", 40, "a\xef\xbf\xbd b\n" },
};

static void test_term_cases(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(term_cases) / sizeof(term_cases[0]); i++) {
		const struct term_case *c = &term_cases[i];
		char *got = term(c->md, c->width, false);

		expect_str(c->name, got, c->want);
		check_invariants(c->name, got, false);
		/* Code may hold blank lines; none of these cases does. */
		if (strstr(got, "\n\n\n"))
			fail_msg("%s: two blank lines in a row in\n[%s]", c->name, got);
		free(got);
	}
}

/* With color: escapes present, closed on each line, and the text unchanged. */
static void test_color_same_text(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(term_cases) / sizeof(term_cases[0]); i++) {
		const struct term_case *c = &term_cases[i];
		char *plain = term(c->md, c->width, false);
		char *colored = term(c->md, c->width, true);
		char *stripped = strip_sgr(colored);

		check_invariants(c->name, colored, true);
		expect_str(c->name, stripped, plain);
		free(plain);
		free(colored);
		free(stripped);
	}
}

struct color_case {
	const char *md;
	const char *needle;
};

static const struct color_case color_cases[] = {
	{ "# T", "\033[1mT\033[0m\n" },
	{ "### T", "\033[1mT\033[0m\n" },
	{ "**s**", "\033[1ms\033[0m" },
	{ "*e*", "\033[3me\033[0m" },
	{ "a `x` b", "a \033[36mx\033[0m b" },
	{ "```\nc\n```", "    \033[33mc\033[0m\n" },
	{ "[t](u)", "\033[4mt\033[0m \033[2m(u)\033[0m" },
	{ "**`x`**", "\033[1;36mx\033[0m" },
	{ "> q", "\033[2m\xe2\x94\x82 \033[0mq" },
};

static void test_color_escapes(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(color_cases) / sizeof(color_cases[0]); i++) {
		char *got = term(color_cases[i].md, 40, true);

		if (!strstr(got, color_cases[i].needle))
			fail_msg("rendering %s with color: want [%s] in [%s]", color_cases[i].md,
				 color_cases[i].needle, got);
		free(got);
	}
}

/* ---- wrapping as a property ---- */

static const char lorem[] =
	"Given an array of integers nums and an integer target, return indices of the two "
	"numbers such that they add up to target. You may assume that each input would have "
	"exactly one solution, and you may not use the same element twice. You can return "
	"the answer in any order. Follow up: can you come up with an algorithm that is less "
	"than quadratic in time? A hash map from each value to its index answers every "
	"complement query in constant expected time, so one pass suffices.";

/* The words of s in order, blanks and newlines dropped, joined by one space. */
static char *words_of(const char *s)
{
	char *out = calloc(strlen(s) + 2, 1);
	size_t o = 0;
	const char *p = s;

	assert_non_null(out);
	while (*p) {
		while (*p == ' ' || *p == '\n')
			p++;
		if (!*p)
			break;
		if (o)
			out[o++] = ' ';
		while (*p && *p != ' ' && *p != '\n')
			out[o++] = *p++;
	}
	out[o] = '\0';
	return out;
}

/* Lines fit, no word is lost or split, and no line could have taken the next word. */
static void check_wrapped(const char *what, const char *out, int width, int indent)
{
	const char *line = out;

	check_invariants(what, out, false);
	while (*line) {
		const char *nl = strchr(line, '\n');
		const char *next = nl + 1;
		int c = cols(line, (size_t)(nl - line));

		if (c > width)
			fail_msg("%s at width %d: line of %d columns:\n[%.*s]\nin\n%s", what, width, c,
				 (int)(nl - line), line, out);
		if (*next) {
			const char *w = next + indent;
			size_t wl = strcspn(w, " \n");

			if (c + 1 + cols(w, wl) <= width)
				fail_msg("%s at width %d: [%.*s] would fit after\n[%.*s]", what, width,
					 (int)wl, w, (int)(nl - line), line);
		}
		line = next;
	}
}

static void test_wrap_property(void **state)
{
	(void)state;
	for (int width = 20; width <= 100; width++) {
		char *got = term(lorem, width, false);
		char *want_words = words_of(lorem);
		char *got_words = words_of(got);

		check_wrapped("paragraph", got, width, 0);
		assert_string_equal(got_words, want_words);
		free(got);
		free(want_words);
		free(got_words);
	}
}

static void test_wrap_in_containers(void **state)
{
	static const struct {
		const char *prefix;
		int indent; /* bytes before the text on lines after the first */
	} kinds[] = {
		{ "- ", 2 },
		{ "1. ", 3 },
		{ "> ", 4 }, /* "│ " */
		{ "- - ", 4 },
	};

	(void)state;
	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		size_t n = strlen(kinds[k].prefix) + sizeof(lorem);
		char *md = malloc(n);

		assert_non_null(md);
		snprintf(md, n, "%s%s", kinds[k].prefix, lorem);
		for (int width = 20; width <= 90; width += 7) {
			char *got = term(md, width, false);

			check_wrapped(kinds[k].prefix, got, width, kinds[k].indent);
			free(got);
		}
		free(md);
	}
}

/*
 * Replace every occurrence of from in s by to (to no longer than from), in place.
 */
static void replace_all(char *s, const char *from, const char *to)
{
	size_t fl = strlen(from), tl = strlen(to);
	char *p;

	while ((p = strstr(s, from))) {
		memcpy(p, to, tl);
		memmove(p + tl, p + fl, strlen(p + fl) + 1);
	}
}

/* Text of accented letters wraps at the same columns as the same text in ASCII. */
static void test_utf8_width(void **state)
{
	static const struct {
		const char *glyph; /* UTF-8 for one column... */
		const char *ascii; /* ...and ASCII of the same columns */
	} glyphs[] = {
		{ "\xc3\xa9", "e" },         /* é, precomposed */
		{ "e\xcc\x81", "e" },        /* é, e + combining acute */
		{ "\xc3\xbc\xcc\x88", "u" }, /* ü with one more diaeresis */
		{ "\xe6\xbc\xa2", "ww" },    /* 漢, two columns */
	};
	static const char *const words[] = { "aaaa", "bb", "cccccc", "d", "eeeee", "fff" };

	(void)state;
	for (size_t g = 0; g < sizeof(glyphs) / sizeof(glyphs[0]); g++) {
		char ascii[2048] = "", utf8[4096] = "";
		size_t ao = 0, uo = 0;

		/* Words of letters, each letter spelled with the glyph. */
		for (int i = 0; i < 60; i++) {
			const char *w = words[i % 6];

			if (i) {
				ascii[ao++] = ' ';
				utf8[uo++] = ' ';
			}
			for (const char *p = w; *p; p++) {
				ao += (size_t)snprintf(ascii + ao, sizeof(ascii) - ao, "%s",
						       glyphs[g].ascii);
				uo += (size_t)snprintf(utf8 + uo, sizeof(utf8) - uo, "%s",
						       glyphs[g].glyph);
			}
		}
		for (int width = 20; width <= 60; width += 5) {
			char *a = term(ascii, width, false);
			char *u = term(utf8, width, false);

			check_wrapped("glyph text", u, width, 0);
			replace_all(u, glyphs[g].glyph, glyphs[g].ascii);
			expect_str(glyphs[g].glyph, u, a);
			free(a);
			free(u);
		}
	}
}

/* ---- edges ---- */

static void test_edges(void **state)
{
	char *got;
	char deep[4096];
	size_t i;

	(void)state;
	got = render_markdown_term(NULL, 0, 80, false);
	assert_string_equal(got, "\n");
	free(got);

	got = render_markdown_term("abcdef", 3, 80, false);
	assert_string_equal(got, "abc\n");
	free(got);

	got = render_markdown_term("a\0b", 3, 80, false);
	assert_string_equal(got, "a\xef\xbf\xbd" "b\n");
	free(got);

	/* A huge width is capped, not trusted to size a rule. */
	got = term("---", 1 << 30, false);
	assert_int_equal(widest_line(got), 1024);
	free(got);

	/* Deep nesting is flattened: lines stay within the width. */
	for (i = 0; i < 1000; i++)
		deep[i] = '>';
	snprintf(deep + i, sizeof(deep) - i, " %s", lorem);
	got = term(deep, 40, false);
	check_invariants("deep quotes", got, false);
	assert_true(widest_line(got) <= 40);
	free(got);

	for (i = 0; i + 2 < 3000; i += 2) {
		deep[i] = '-';
		deep[i + 1] = ' ';
	}
	snprintf(deep + i, sizeof(deep) - i, "x");
	got = term(deep, 40, true);
	check_invariants("deep list", got, true);
	free(got);
}

/*
 * Documents spliced from pieces of Markdown by a fixed pseudo-random
 * sequence: whatever the nesting, the invariants hold and color changes
 * nothing but escapes.
 */
static void test_random_documents(void **state)
{
	static const char *const pieces[] = {
		"# ", "## ", "- ", "1. ", "> ", "```\n", "    ", "\n", "\n\n", "*", "**", "`",
		"[", "](", ")", "<", ">", "https://x.org", "word ", "longer words here ", "\xc3\xa9",
		"\xe6\xbc\xa2", "\\", "  \n", "---", "|", "\t", "\033", "<div>", "!", "&amp;",
		"averyveryverylongwordthatwillnotfit ", "3) ", "***", "~~~\n", "-", " ",
	};
	uint32_t seed = 12345;

	(void)state;
	for (int doc = 0; doc < 2000; doc++) {
		char md[1024];
		size_t n = 0;
		int count;
		char *plain, *colored, *stripped;

		seed = seed * 1103515245u + 12345u;
		count = 1 + (int)((seed >> 16) % 60);
		for (int i = 0; i < count; i++) {
			const char *p;
			size_t len;

			seed = seed * 1103515245u + 12345u;
			p = pieces[(seed >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
			len = strlen(p);
			if (n + len >= sizeof(md))
				break;
			memcpy(md + n, p, len);
			n += len;
		}
		md[n] = '\0';
		plain = render_markdown_term(md, n, 20 + doc % 60, false);
		colored = render_markdown_term(md, n, 20 + doc % 60, true);
		stripped = strip_sgr(colored);
		check_invariants(md, plain, false);
		check_invariants(md, colored, true);
		expect_str(md, stripped, plain);
		free(plain);
		free(colored);
		free(stripped);
	}
}

/* ---- HTML ---- */

struct html_case {
	const char *md;
	const char *want_in;  /* must appear */
	const char *not_in;   /* must not appear (NULL: no check) */
};

static const struct html_case html_cases[] = {
	{ "# T", "<h1>T</h1>\n", NULL },
	{ "<script>alert(1)</script>", "<!-- raw HTML omitted -->", "<script" },
	{ "a <b onclick=x>y</b>", "<p>a <!-- raw HTML omitted -->y", "<b" },
	{ "a < b & c", "a &lt; b &amp; c", NULL },
	{ "`<script>`", "<code>&lt;script&gt;</code>", "<script" },
	{ "```\n<script>\n```", "<pre><code>&lt;script&gt;\n</code></pre>", "<script" },
	{ "[x](javascript:alert(1))", "<a href=\"\">x</a>", "javascript" },
	{ "[x](https://x.org)", "<a href=\"https://x.org\">x</a>", NULL },
	{ "- a\n- b", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>", NULL },
	{ "He said \"hi\"", "He said &quot;hi&quot;", "\xe2\x80\x9c" },
};

static void test_html(void **state)
{
	char *got;

	(void)state;
	for (size_t i = 0; i < sizeof(html_cases) / sizeof(html_cases[0]); i++) {
		const struct html_case *c = &html_cases[i];

		got = render_markdown_html(c->md, strlen(c->md));
		if (!strstr(got, c->want_in))
			fail_msg("HTML of %s: want [%s] in [%s]", c->md, c->want_in, got);
		if (c->not_in && strstr(got, c->not_in))
			fail_msg("HTML of %s: [%s] must not be in [%s]", c->md, c->not_in, got);
		free(got);
	}
	got = render_markdown_html("", 0);
	assert_string_equal(got, "");
	free(got);
	got = render_markdown_html(NULL, 0);
	assert_string_equal(got, "");
	free(got);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_term_cases),
		cmocka_unit_test(test_color_same_text),
		cmocka_unit_test(test_color_escapes),
		cmocka_unit_test(test_wrap_property),
		cmocka_unit_test(test_wrap_in_containers),
		cmocka_unit_test(test_utf8_width),
		cmocka_unit_test(test_edges),
		cmocka_unit_test(test_random_documents),
		cmocka_unit_test(test_html),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
