/*
 * xalloc.h - the one allocation wrapper and out-of-memory policy of ace.
 *
 * Every allocation in ace goes through these functions. They never return
 * NULL: when the system cannot give memory, ace prints one line to stderr and
 * aborts. Running out of memory in ace itself is not recoverable in any way a
 * user would want (half-written verdicts are worse than none), and the store
 * is transactional, so aborting loses nothing already committed.
 *
 * Memory that candidate code or outside input can make large is bounded
 * before it gets here (see buf.h): the policy above is for ace's own needs.
 */
#ifndef ACE_UTIL_XALLOC_H
#define ACE_UTIL_XALLOC_H

#include <stddef.h>

/* malloc/calloc/realloc that abort on failure. xmalloc(0) returns a unique pointer. */
void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
/* Overflow-checked xrealloc(p, nmemb * size). */
void *xreallocarray(void *p, size_t nmemb, size_t size);
/* Copies of a NUL-terminated string and of the first n bytes of s (NUL-terminated). */
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* printf into a fresh allocation; the caller frees. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
