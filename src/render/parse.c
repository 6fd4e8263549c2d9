#include "render/render_int.h"

#include <stdlib.h>

#include "util/xalloc.h"

/* cmark's own allocator calls abort() without a word; ours says why. */
static cmark_mem render_mem = {xcalloc, xrealloc, free};

cmark_node *render_parse(const char *md, size_t len)
{
	cmark_parser *parser;
	cmark_node *doc;

	/* No CMARK_OPT_SMART: curly quotes in text full of code help no one. */
	parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8, &render_mem);
	if (md && len)
		cmark_parser_feed(parser, md, len);
	doc = cmark_parser_finish(parser);
	cmark_parser_free(parser);
	return doc;
}
