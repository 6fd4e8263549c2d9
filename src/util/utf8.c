/*
 * utf8.c - U+FFFD substitution.
 *
 * Written here rather than taken from a library: jansson only validates, and
 * iconv's //IGNORE drops bytes instead of marking them, which would hide from
 * a candidate that their program printed something that is not text.
 */
#include "util/utf8.h"

#include <string.h>

#include "util/xalloc.h"

/* Length of the well-formed sequence starting at p[0..n), or the length of its maximal subpart negated. */
static long sequence(const unsigned char *p, size_t n)
{
	unsigned char c = p[0];
	if (c < 0x80)
		return 1;
	size_t len;
	unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F; /* no surrogates */
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else {
		return -1;
	}
	for (size_t i = 1; i < len; i++) {
		if (i >= n)
			return -(long)i;
		unsigned char b = p[i];
		if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
			return -(long)i;
	}
	return (long)len;
}

char *utf8_sanitize(const char *p, size_t n, size_t *out_len)
{
	/* Each bad byte becomes at most 3 bytes. */
	char *out = xmalloc(n * 3 + 1);
	size_t o = 0;
	const unsigned char *s = (const unsigned char *)p;
	size_t i = 0;
	while (i < n) {
		long k = sequence(s + i, n - i);
		if (k > 0) {
			memcpy(out + o, s + i, (size_t)k);
			o += (size_t)k;
			i += (size_t)k;
		} else {
			memcpy(out + o, "\xEF\xBF\xBD", 3);
			o += 3;
			i += (size_t)-k;
		}
	}
	out[o] = '\0';
	*out_len = o;
	return out;
}
