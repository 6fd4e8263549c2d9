/*
 * md_term.c - Markdown to terminal text (see render.h).
 *
 * One cmark_iter walk over the tree. Containers (block quotes, list items)
 * push a line prefix on a stack: "│ " on every line, or a marker ("• ",
 * " 9. ") on the item's first line and as many spaces on the lines after.
 * Every output line starts with the prefixes of the stack.
 *
 * The inlines of a paragraph or heading are gathered into a styled text,
 * bytes plus one style byte per byte, and wrapped greedily when the block
 * ends. Output lines are built styled too and only turned into bytes at
 * their end: trailing blanks can be cut there, and ANSI codes are opened
 * and closed within each line, so a prefix never inherits a style and a
 * line cut short by the terminal leaves nothing switched on.
 *
 * Blocks are separated by one blank line, except inside tight lists. The
 * blank line is written when the next block starts, never after the last,
 * so the output ends with exactly one newline.
 */
#include "render/render.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/render_int.h"
#include "util/buf.h"
#include "util/xalloc.h"

#define MIN_WIDTH 20
/* Beyond this a rule or a line of prefixes would only waste memory. */
#define MAX_WIDTH 1024
/* Output beyond this is cut: deep nesting of huge input must not blow up. */
#define MAX_OUTPUT   (16u << 20)
#define CODE_INDENT  "    "
#define CODE_TABSTOP 4

/* Looks of a byte; ST_SOFT is no look but marks a '\n' that is a soft break. */
enum {
	ST_BOLD = 1 << 0,
	ST_DIM = 1 << 1,
	ST_ITALIC = 1 << 2,
	ST_UNDERLINE = 1 << 3,
	ST_CODE = 1 << 4,
	ST_BLOCK = 1 << 5,
	ST_SOFT = 1 << 6,
	ST_LOOKS = ST_BOLD | ST_DIM | ST_ITALIC | ST_UNDERLINE | ST_CODE | ST_BLOCK,
};

/* SGR parameters of each look, in bit order. */
static const char *const sgr[] = {"1", "2", "3", "4", "36", "33"};

#define ST_LINK ST_UNDERLINE
#define ST_URL  ST_DIM

static const char bullet[] = "\xe2\x80\xa2 ";     /* "• " */
static const char quote_bar[] = "\xe2\x94\x82 ";  /* "│ " */
static const char rule_thin[] = "\xe2\x94\x80";   /* "─" */
static const char rule_double[] = "\xe2\x95\x90"; /* "═" */
static const char replacement[] = "\xef\xbf\xbd"; /* U+FFFD */

/* Text with a style byte for each byte. */
struct stext {
	struct buf text;
	unsigned char *style;
	size_t cap;
};

struct prefix {
	char first[32]; /* on the container's first line */
	char rest[32];  /* on the lines after it */
	int cols;       /* display width of either */
	unsigned char style;
};

struct list_state {
	long next; /* number of the next item */
	int numw;  /* digits of the largest number */
	bool ordered;
	char delim;
};

struct term {
	struct buf out;
	struct stext line; /* the output line being built */
	struct stext inl;  /* inlines of the current paragraph or heading */
	struct prefix *pre;
	size_t npre, apre;
	size_t nstarted; /* pre[0..nstarted) have written their first line */
	struct list_state *lists;
	size_t nlists, alists;
	size_t *links; /* offsets in inl where open links began */
	size_t nlinks, alinks;
	int n_emph, n_strong, n_link;
	int width;
	int max_prefix; /* columns of prefixes shown; deeper nesting is flattened */
	bool color;
	bool line_open;
	bool blank_pending;
	bool full;
};

/* ---- UTF-8 ---- */

/* Decode one code point of s[0..n); a bad sequence is one byte of U+FFFD. */
static size_t utf8_next(const unsigned char *s, size_t n, uint32_t *cp)
{
	uint32_t v;
	size_t len, i;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		len = 2;
		v = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		len = 3;
		v = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		len = 4;
		v = s[0] & 0x07;
	} else {
		goto bad;
	}
	if (len > n)
		goto bad;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			goto bad;
		v = v << 6 | (s[i] & 0x3f);
	}
	if ((len == 3 && v < 0x800) || (len == 4 && (v < 0x10000 || v > 0x10ffff)) ||
	    (v >= 0xd800 && v <= 0xdfff))
		goto bad;
	*cp = v;
	return len;
bad:
	*cp = 0xfffd;
	return 1;
}

static int str_cols(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	int cols = 0;
	size_t i = 0;

	while (i < n) {
		uint32_t cp;

		i += utf8_next(p + i, n - i, &cp);
		cols += render_cp_width(cp);
	}
	return cols;
}

/* ---- styled text ---- */

static void st_init(struct stext *t)
{
	buf_init(&t->text, BUF_NOLIMIT);
	t->style = NULL;
	t->cap = 0;
}

static void st_release(struct stext *t)
{
	buf_release(&t->text);
	free(t->style);
	t->style = NULL;
	t->cap = 0;
}

static void st_add(struct stext *t, const char *p, size_t n, unsigned style)
{
	size_t old = t->text.len;

	if (n == 0)
		return;
	buf_add(&t->text, p, n);
	if (t->text.len > t->cap) {
		size_t cap = t->cap ? t->cap : 64;

		while (cap < t->text.len)
			cap *= 2;
		t->style = xrealloc(t->style, cap);
		t->cap = cap;
	}
	memset(t->style + old, (int)style, t->text.len - old);
}

/* Copy src[from, from + n) with its styles, adding the looks in extra. */
static void st_copy(struct stext *t, const struct stext *src, size_t from, size_t n, unsigned extra)
{
	size_t old = t->text.len, i;

	st_add(t, src->text.data + from, n, 0);
	for (i = 0; i < n; i++)
		t->style[old + i] = (unsigned char)((src->style[from + i] & ~ST_SOFT) | extra);
}

/*
 * Append document text. Control characters could drive the terminal (an ESC
 * in a statement would be a way to paint it), so C0 and C1 controls become
 * U+FFFD, except tab, and line ends that become spaces.
 */
static void st_add_text(struct stext *t, const char *s, size_t n, unsigned style)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, run = 0;

	while (i < n) {
		size_t skip = 0;

		if (p[i] == '\n' || p[i] == '\r') {
			st_add(t, s + run, i - run, style);
			st_add(t, " ", 1, style);
			skip = 1;
		} else if ((p[i] < 0x20 && p[i] != '\t') || p[i] == 0x7f) {
			skip = 1;
		} else if (p[i] == 0xc2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9f) {
			skip = 2;
		}
		if (!skip) {
			i++;
			continue;
		}
		if (p[i] != '\n' && p[i] != '\r') {
			st_add(t, s + run, i - run, style);
			st_add(t, replacement, sizeof(replacement) - 1, style);
		}
		i += skip;
		run = i;
	}
	st_add(t, s + run, n - run, style);
}

/* ---- output lines ---- */

static void sgr_switch(struct term *r, unsigned from, unsigned to)
{
	bool first = true;
	size_t i;

	if (!to) {
		buf_adds(&r->out, "\033[0m");
		return;
	}
	buf_adds(&r->out, from ? "\033[0;" : "\033[");
	for (i = 0; i < sizeof(sgr) / sizeof(sgr[0]); i++) {
		if (!(to & (1u << i)))
			continue;
		if (!first)
			buf_addc(&r->out, ';');
		buf_adds(&r->out, sgr[i]);
		first = false;
	}
	buf_addc(&r->out, 'm');
}

/* Write the line without its trailing blanks, styles closed, and a newline. */
static void line_end(struct term *r)
{
	struct stext *l = &r->line;
	const char *s = l->text.data;
	size_t n = l->text.len, i = 0;
	unsigned cur = 0;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (r->full || r->out.len > MAX_OUTPUT) {
		r->full = true;
		goto out;
	}
	while (i < n) {
		unsigned st = r->color ? l->style[i] & ST_LOOKS : 0;
		size_t j = i + 1;

		while (j < n && (r->color ? l->style[j] & ST_LOOKS : 0) == st)
			j++;
		if (st != cur)
			sgr_switch(r, cur, st);
		cur = st;
		buf_add(&r->out, s + i, j - i);
		i = j;
	}
	if (cur)
		sgr_switch(r, cur, 0);
	buf_addc(&r->out, '\n');
out:
	buf_reset(&l->text);
	r->line_open = false;
}

/* Columns the prefixes take on a line (the same on every line of a block). */
static int prefix_cols(const struct term *r)
{
	int used = 0;
	size_t i;

	for (i = 0; i < r->npre; i++) {
		if (used + r->pre[i].cols > r->max_prefix)
			break;
		used += r->pre[i].cols;
	}
	return used;
}

static int content_width(const struct term *r)
{
	return r->width - prefix_cols(r);
}

/*
 * Open a line: write the prefixes, a marker where a container starts. The
 * prefixes that would pass max_prefix are left out, so a line costs the same
 * however deep the nesting.
 */
static void line_begin(struct term *r)
{
	int used = 0;
	size_t i;

	if (r->line_open)
		return;
	r->line_open = true;
	buf_reset(&r->line.text);
	for (i = 0; i < r->npre && used + r->pre[i].cols <= r->max_prefix; i++) {
		const struct prefix *p = &r->pre[i];
		const char *s = i < r->nstarted ? p->rest : p->first;

		used += p->cols;
		st_add(&r->line, s, strlen(s), p->style);
	}
	r->nstarted = r->npre;
}

/* A blank line inside the containers already begun (not one about to start). */
static void blank_line(struct term *r)
{
	int used = 0;
	size_t i;

	buf_reset(&r->line.text);
	r->line_open = true;
	for (i = 0; i < r->nstarted && used + r->pre[i].cols <= r->max_prefix; i++) {
		used += r->pre[i].cols;
		st_add(&r->line, r->pre[i].rest, strlen(r->pre[i].rest), r->pre[i].style);
	}
	line_end(r);
}

static void rule_line(struct term *r, const char *glyph, int cols, unsigned style)
{
	int i;

	line_begin(r);
	for (i = 0; i < cols; i++)
		st_add(&r->line, glyph, strlen(glyph), style);
	line_end(r);
}

/* ---- blocks ---- */

static void block_start(struct term *r)
{
	if (r->blank_pending && r->out.len > 0)
		blank_line(r);
	r->blank_pending = false;
}

static bool in_tight_item(cmark_node *node)
{
	cmark_node *item = cmark_node_parent(node);
	cmark_node *list = item ? cmark_node_parent(item) : NULL;

	return item && list && cmark_node_get_type(item) == CMARK_NODE_ITEM &&
	       cmark_node_get_list_tight(list);
}

static void block_done(struct term *r, cmark_node *node)
{
	r->blank_pending = !in_tight_item(node);
}

static void push_prefix(struct term *r, const char *first, const char *rest, unsigned style)
{
	struct prefix *p;

	if (r->npre == r->apre) {
		r->apre = r->apre ? r->apre * 2 : 8;
		r->pre = xreallocarray(r->pre, r->apre, sizeof(*r->pre));
	}
	p = &r->pre[r->npre++];
	snprintf(p->first, sizeof(p->first), "%s", first);
	snprintf(p->rest, sizeof(p->rest), "%s", rest);
	p->cols = str_cols(p->first, strlen(p->first));
	p->style = (unsigned char)style;
}

static void list_enter(struct term *r, cmark_node *list)
{
	struct list_state *ls;
	cmark_node *item;
	long last;
	int numw = 1;

	if (r->nlists == r->alists) {
		r->alists = r->alists ? r->alists * 2 : 8;
		r->lists = xreallocarray(r->lists, r->alists, sizeof(*r->lists));
	}
	ls = &r->lists[r->nlists++];
	ls->ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST;
	ls->delim = cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? ')' : '.';
	ls->next = cmark_node_get_list_start(list);
	last = ls->next - 1;
	for (item = cmark_node_first_child(list); item; item = cmark_node_next(item))
		last++;
	while (last >= 10) {
		last /= 10;
		numw++;
	}
	ls->numw = numw;
}

static void item_enter(struct term *r)
{
	struct list_state *ls = &r->lists[r->nlists - 1];
	char first[32], rest[32];
	int cols = 2;

	if (ls->ordered) {
		snprintf(first, sizeof(first), "%*ld%c ", ls->numw, ls->next++, ls->delim);
		cols = ls->numw + 2;
	} else {
		snprintf(first, sizeof(first), "%s", bullet);
	}
	if (cols > (int)sizeof(rest) - 1)
		cols = (int)sizeof(rest) - 1;
	memset(rest, ' ', (size_t)cols);
	rest[cols] = '\0';
	push_prefix(r, first, rest, 0);
}

/* A container that ends before writing a line still shows its marker or bar. */
static void container_exit(struct term *r, cmark_node *node)
{
	if (r->nstarted < r->npre) {
		block_start(r);
		line_begin(r);
		line_end(r);
		if (cmark_node_get_type(node) == CMARK_NODE_ITEM)
			r->blank_pending = !cmark_node_get_list_tight(cmark_node_parent(node));
		else
			block_done(r, node);
	}
	r->npre--;
	if (r->nstarted > r->npre)
		r->nstarted = r->npre;
}

/*
 * Code and raw HTML blocks, line by line as written: never wrapped, tabs
 * expanded to stops of 4 (a tab sent as is would stop at the terminal's
 * columns, not the code's), blanks at line ends and blank lines at the end
 * cut. Code is indented; HTML is passed through as text (render.h).
 */
static void verbatim_block(struct term *r, cmark_node *node, const char *indent, unsigned style)
{
	const char *s = cmark_node_get_literal(node);
	size_t n = s ? strlen(s) : 0;

	while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n == 0)
		return;
	block_start(r);
	while (n > 0) {
		const char *nl = memchr(s, '\n', n);
		size_t len = nl ? (size_t)(nl - s) : n;
		const char *p = s, *end = s + len;
		int col = 0;

		line_begin(r);
		st_add(&r->line, indent, strlen(indent), 0);
		while (p < end) {
			const char *tab = memchr(p, '\t', (size_t)(end - p));
			size_t seg = tab ? (size_t)(tab - p) : (size_t)(end - p);

			st_add_text(&r->line, p, seg, style);
			col += str_cols(p, seg);
			p += seg;
			if (tab) {
				do
					st_add(&r->line, " ", 1, style);
				while (++col % CODE_TABSTOP);
				p++;
			}
		}
		line_end(r);
		s += len + (nl ? 1 : 0);
		n -= len + (nl ? 1 : 0);
	}
	block_done(r, node);
}

/* ---- inlines and wrapping ---- */

static unsigned inline_style(const struct term *r)
{
	return (r->n_strong ? ST_BOLD : 0u) | (r->n_emph ? ST_ITALIC : 0u) | (r->n_link ? ST_LINK : 0u);
}

static void link_enter(struct term *r)
{
	if (r->nlinks == r->alinks) {
		r->alinks = r->alinks ? r->alinks * 2 : 8;
		r->links = xreallocarray(r->links, r->alinks, sizeof(*r->links));
	}
	r->links[r->nlinks++] = r->inl.text.len;
	r->n_link++;
}

/* "text (url)", or the url alone when it is the text (autolinks) or there is none. */
static void link_exit(struct term *r, cmark_node *node)
{
	const char *url = cmark_node_get_url(node);
	size_t start = r->links[--r->nlinks];
	const char *text = r->inl.text.data + start;
	size_t tlen = r->inl.text.len - start;
	unsigned base;

	r->n_link--;
	base = inline_style(r);
	if (!url || !*url)
		return;
	if (strlen(url) == tlen && memcmp(url, text, tlen) == 0)
		return;
	if (strncmp(url, "mailto:", 7) == 0 && strlen(url + 7) == tlen && memcmp(url + 7, text, tlen) == 0)
		return;
	if (tlen > 0) {
		st_add(&r->inl, " ", 1, base);
		st_add(&r->inl, "(", 1, base | ST_URL);
	}
	st_add_text(&r->inl, url, strlen(url), base | ST_URL);
	if (tlen > 0)
		st_add(&r->inl, ")", 1, base | ST_URL);
}

static bool is_gap(const struct stext *t, size_t i)
{
	char c = t->text.data[i];

	return c == ' ' || c == '\t' || (c == '\n' && (t->style[i] & ST_SOFT));
}

/*
 * GFM tables are not parsed, but a paragraph whose second line is a table's
 * delimiter row ("---|:--:") keeps its line breaks, so the rows stay rows.
 */
static bool looks_like_table(const struct stext *t)
{
	const char *s = t->text.data;
	size_t n = t->text.len, i = 0;
	bool dash = false, pipe = false;

	while (i < n && s[i] != '\n')
		i++;
	if (i == n)
		return false;
	for (i++; i < n && s[i] != '\n'; i++) {
		if (s[i] == '-')
			dash = true;
		else if (s[i] == '|')
			pipe = true;
		else if (s[i] != ':' && s[i] != ' ' && s[i] != '\t')
			return false;
	}
	return dash && pipe;
}

/*
 * Greedy wrapping of inl to the content width: words (runs without blanks)
 * are never split; one longer than the width gets a line of its own. The
 * blanks between two words on a line are kept as written, as spaces.
 * Returns the widest line in columns.
 */
static int wrap(struct term *r, const struct stext *t, unsigned extra)
{
	const char *s = t->text.data;
	size_t n = t->text.len, i = 0, gap = 0, gaplen = 0;
	int avail = content_width(r), col = 0, widest = 0;

	while (i < n) {
		size_t w0 = i;
		int wcols = 0;

		if (s[i] == '\n' && !is_gap(t, i)) {
			line_begin(r);
			line_end(r);
			col = 0;
			gaplen = 0;
			i++;
			continue;
		}
		if (is_gap(t, i)) {
			gap = i;
			while (i < n && is_gap(t, i))
				i++;
			gaplen = i - gap;
			continue;
		}
		while (i < n && s[i] != '\n' && !is_gap(t, i)) {
			uint32_t cp;

			i += utf8_next((const unsigned char *)s + i, n - i, &cp);
			wcols += render_cp_width(cp);
		}
		if (col > 0 && col + (int)gaplen + wcols > avail) {
			line_end(r);
			col = 0;
		}
		line_begin(r);
		if (col > 0) {
			unsigned gs = (t->style[gap] & ~ST_SOFT) | extra;
			size_t k;

			for (k = 0; k < gaplen; k++)
				st_add(&r->line, " ", 1, gs);
			col += (int)gaplen;
		}
		st_copy(&r->line, t, w0, i - w0, extra);
		col += wcols;
		if (col > widest)
			widest = col;
		gaplen = 0;
	}
	if (r->line_open)
		line_end(r);
	return widest;
}

static bool blank_text(const struct stext *t)
{
	size_t i;

	for (i = 0; i < t->text.len; i++) {
		if (!is_gap(t, i) && t->text.data[i] != '\n')
			return false;
	}
	return true;
}

static void leaf_text_exit(struct term *r, cmark_node *node)
{
	bool heading = cmark_node_get_type(node) == CMARK_NODE_HEADING;
	int widest;

	if (blank_text(&r->inl))
		return;
	if (!heading && looks_like_table(&r->inl)) {
		size_t i;

		for (i = 0; i < r->inl.text.len; i++)
			r->inl.style[i] &= (unsigned char)~ST_SOFT;
	}
	block_start(r);
	widest = wrap(r, &r->inl, heading ? ST_BOLD : 0);
	if (heading && cmark_node_get_heading_level(node) <= 2) {
		int avail = content_width(r);

		rule_line(r, cmark_node_get_heading_level(node) == 1 ? rule_double : rule_thin,
		          widest < avail ? widest : avail, ST_BOLD);
	}
	block_done(r, node);
}

static void walk_inline(struct term *r, cmark_node *node, cmark_event_type ev)
{
	bool enter = ev == CMARK_EVENT_ENTER;
	const char *lit;

	switch (cmark_node_get_type(node)) {
	case CMARK_NODE_TEXT:
	case CMARK_NODE_HTML_INLINE:
		lit = cmark_node_get_literal(node);
		if (lit)
			st_add_text(&r->inl, lit, strlen(lit), inline_style(r));
		break;
	case CMARK_NODE_CODE:
		lit = cmark_node_get_literal(node);
		if (lit)
			st_add_text(&r->inl, lit, strlen(lit), inline_style(r) | ST_CODE);
		break;
	case CMARK_NODE_SOFTBREAK:
		st_add(&r->inl, "\n", 1, inline_style(r) | ST_SOFT);
		break;
	case CMARK_NODE_LINEBREAK:
		st_add(&r->inl, "\n", 1, inline_style(r));
		break;
	case CMARK_NODE_EMPH:
		r->n_emph += enter ? 1 : -1;
		break;
	case CMARK_NODE_STRONG:
		r->n_strong += enter ? 1 : -1;
		break;
	case CMARK_NODE_LINK:
	case CMARK_NODE_IMAGE:
		if (enter)
			link_enter(r);
		else
			link_exit(r, node);
		break;
	default:
		break;
	}
}

static void walk_block(struct term *r, cmark_node *node, cmark_event_type ev)
{
	bool enter = ev == CMARK_EVENT_ENTER;

	switch (cmark_node_get_type(node)) {
	case CMARK_NODE_BLOCK_QUOTE:
		if (enter)
			push_prefix(r, quote_bar, quote_bar, ST_DIM);
		else
			container_exit(r, node);
		break;
	case CMARK_NODE_LIST:
		if (enter) {
			list_enter(r, node);
		} else {
			r->nlists--;
			block_done(r, node);
		}
		break;
	case CMARK_NODE_ITEM:
		if (enter)
			item_enter(r);
		else
			container_exit(r, node);
		break;
	case CMARK_NODE_PARAGRAPH:
	case CMARK_NODE_HEADING:
		if (enter) {
			buf_reset(&r->inl.text);
			r->n_emph = r->n_strong = r->n_link = 0;
			r->nlinks = 0;
		} else {
			leaf_text_exit(r, node);
		}
		break;
	case CMARK_NODE_CODE_BLOCK:
		verbatim_block(r, node, CODE_INDENT, ST_BLOCK);
		break;
	case CMARK_NODE_HTML_BLOCK:
		verbatim_block(r, node, "", 0);
		break;
	case CMARK_NODE_THEMATIC_BREAK:
		block_start(r);
		rule_line(r, rule_thin, content_width(r), ST_DIM);
		block_done(r, node);
		break;
	default:
		break;
	}
}

char *render_markdown_term(const char *md, size_t len, int width, bool color)
{
	struct term r = {0};
	cmark_node *doc = render_parse(md, len);
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;

	buf_init(&r.out, BUF_NOLIMIT);
	st_init(&r.line);
	st_init(&r.inl);
	r.width = width < MIN_WIDTH ? MIN_WIDTH : width > MAX_WIDTH ? MAX_WIDTH : width;
	r.max_prefix = r.width / 2;
	r.color = color;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *node = cmark_iter_get_node(it);

		if (cmark_node_get_type(node) >= CMARK_NODE_FIRST_INLINE)
			walk_inline(&r, node, ev);
		else
			walk_block(&r, node, ev);
	}
	if (r.full)
		buf_adds(&r.out, "[output truncated]\n");
	if (r.out.len == 0)
		buf_addc(&r.out, '\n');

	cmark_iter_free(it);
	cmark_node_free(doc);
	st_release(&r.line);
	st_release(&r.inl);
	free(r.pre);
	free(r.lists);
	free(r.links);
	return buf_detach(&r.out, NULL);
}
