/*
 * embedded.h - files compiled into the ace binary at build time (tools/embed.c).
 */
#ifndef ACE_UTIL_EMBEDDED_H
#define ACE_UTIL_EMBEDDED_H

#include <stddef.h>

struct embedded_file {
	const char *path; /* path in the source tree, e.g. "python/harness.py" */
	const char *data; /* NUL-terminated contents */
	size_t len;
};

/* Terminated by an entry whose path is NULL. */
extern const struct embedded_file embedded_files[];

/* The contents of an embedded file, or NULL; *len gets its size. */
const char *embedded_get(const char *path, size_t *len);

#endif
