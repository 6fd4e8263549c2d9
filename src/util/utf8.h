/*
 * utf8.h - making untrusted bytes into valid UTF-8.
 */
#ifndef ACE_UTIL_UTF8_H
#define ACE_UTIL_UTF8_H

#include <stddef.h>

/*
 * A copy of the n bytes at p in which every ill-formed sequence is replaced
 * by U+FFFD, one per maximal subpart, as Python's errors="replace" and the
 * Unicode standard (chapter 3, "U+FFFD substitution") do. NUL bytes are kept.
 * Returns a NUL-terminated buffer (caller frees) and its length in *out_len.
 */
char *utf8_sanitize(const char *p, size_t n, size_t *out_len);

#endif
