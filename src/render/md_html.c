/*
 * md_html.c - Markdown to HTML for the web front end (see render.h).
 *
 * cmark 0.30 is safe by default: without CMARK_OPT_UNSAFE it replaces raw
 * HTML with a comment and drops javascript:, vbscript:, file: and most data:
 * link targets. Statements come from packs, so that is the only mode we use.
 */
#include "render/render.h"

#include "render/render_int.h"

char *render_markdown_html(const char *md, size_t len)
{
	cmark_node *doc = render_parse(md, len);
	/* Allocated by render_parse's xalloc-backed cmark_mem: plain free() releases it. */
	char *html = cmark_render_html(doc, CMARK_OPT_DEFAULT);

	cmark_node_free(doc);
	return html;
}
