/*
 * render_int.h - what only the render module itself shares between its files.
 */
#ifndef ACE_RENDER_RENDER_INT_H
#define ACE_RENDER_RENDER_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmark.h>

/*
 * Parse len bytes of CommonMark (md may be NULL when len is 0). Invalid UTF-8
 * becomes U+FFFD, and cmark allocates through xalloc, so running out of memory
 * follows ace's policy. Never NULL; the caller frees with cmark_node_free().
 */
cmark_node *render_parse(const char *md, size_t len);

/*
 * Columns a terminal gives code point cp: 0 for combining marks and format
 * characters, 2 for wide (CJK, most emoji), else 1 (width.c, from wcwidth).
 */
int render_cp_width(uint32_t cp);

#endif
