/*
 * render.h - Markdown (CommonMark, parsed by libcmark) rendered for a terminal.
 *
 * Problem statements, hints and cards are Markdown. The terminal renderer
 * walks cmark's syntax tree and writes plain text wrapped to a width, with
 * ANSI styles when color is on: headings bold (and underlined with a rule),
 * **strong** bold, *emph* italic/underline, `code` in a distinct color,
 * fenced and indented code blocks indented by 4 with no wrapping, bullet (•)
 * and numbered lists with hanging indents (nested lists indent further),
 * block quotes prefixed with "│ ", thematic breaks as a rule, links as
 * "text (url)", tables (GFM is not parsed by libcmark, so pipes stay text),
 * and HTML passed through as text. Wrapping counts display columns of
 * UTF-8 text (not bytes) and never splits a word shorter than the width.
 */
#ifndef ACE_RENDER_RENDER_H
#define ACE_RENDER_RENDER_H

#include <stdbool.h>
#include <stddef.h>

#include "bank/bank.h"

/*
 * Render len bytes of Markdown for a terminal `width` columns wide (values
 * below 20 are treated as 20). With color, ANSI escape sequences style the
 * text; without, the output is plain text. Returns a NUL-terminated string
 * the caller frees; never NULL.
 */
char *render_markdown_term(const char *md, size_t len, int width, bool color);

/* Render Markdown to HTML (libcmark, safe mode: raw HTML and unsafe links dropped). Caller frees. */
char *render_markdown_html(const char *md, size_t len);

/*
 * The starter file of p, whose tests must be loaded: a header (with the
 * commands to test and submit it when path, the file's name, is given), the
 * visible examples as calls, and the pack's starter.py or the signature with
 * a docstring. Returns it (caller frees), or NULL with *err (caller frees)
 * when starter.py cannot be read.
 */
char *render_starter(const struct problem *p, const char *path, char **err);

#endif
