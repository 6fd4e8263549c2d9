/*
 * yj.h - YAML files read into jansson values, remembering where each field was.
 *
 * Packs are YAML because people write them; the rest of ace works on JSON
 * values (jansson). yj parses with libyaml, resolves plain scalars by the
 * YAML 1.2 core schema (null, true/false, integers, floats, else strings;
 * quoted scalars are always strings) and records the line of every field
 * by its path ("entry.name", "hints[1]", "[3].args") so that validation
 * errors can name file, line and field.
 *
 * Refused, with a message naming the line: syntax errors, several documents
 * in one file, aliases (they allow exponential expansion), duplicate keys,
 * non-scalar keys, integers beyond 64 bits, nesting deeper than 200 levels.
 */
#ifndef ACE_BANK_YJ_H
#define ACE_BANK_YJ_H

#include <jansson.h>
#include <stddef.h>

struct yj_doc {
	json_t *root; /* owned; NULL for an empty file */
	char **paths; /* paths[i] was found on lines[i] */
	int *lines;
	size_t n, cap;
};

/*
 * Parse len bytes of YAML. On success returns 0 and fills doc (release with
 * yj_release). On failure returns -1, sets *line (1-based) and *msg (caller
 * frees) and leaves doc empty.
 */
int yj_parse(const char *text, size_t len, struct yj_doc *doc, int *line, char **msg);
/* Free what doc holds. */
void yj_release(struct yj_doc *doc);
/* "a mapping", "a list", "a string", ... for messages about a value of the wrong type. */
const char *yj_type_name(const json_t *j);
/* The line where path was found, or 0 when unknown. */
int yj_line(const struct yj_doc *doc, const char *path);

#endif
