/*
 * diag.h - diagnostics about files: "file:line: field: message".
 *
 * Validation (packs, config) collects every problem it finds rather than
 * stopping at the first, so that an author can fix a file in one pass.
 */
#ifndef ACE_UTIL_DIAG_H
#define ACE_UTIL_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct diag {
	char *file;  /* path of the file at fault */
	int line;    /* 1-based, 0 when unknown */
	char *field; /* "entry.name", "[3].args"; NULL when the whole file is at fault */
	char *message;
	bool warning; /* warnings do not fail a check */
};

struct diags {
	struct diag *v;
	size_t n, cap;
	size_t errors; /* entries that are not warnings */
};

/* Add an error (or warning). field may be NULL. The strings are copied. */
void diags_add(struct diags *d, const char *file, int line, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void diags_warn(struct diags *d, const char *file, int line, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Free every entry and reset d to empty. */
void diags_release(struct diags *d);
/* Print one line per entry: "file:line: field: message" ("warning: " marks warnings). */
void diags_print(const struct diags *d, FILE *out);
/* The same as a JSON-ready string for entry i: caller frees. */
char *diag_format(const struct diag *g);

#endif
