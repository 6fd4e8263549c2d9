/*
 * buf.h - the dynamic byte buffer of ace, with a size cap.
 *
 * A buf holds bytes (always followed by a NUL that is not counted in len, so
 * text can be used as a C string). Every buf has a maximum size: appends that
 * would grow it past max store what fits, set `truncated`, and return -1.
 * Buffers fed from outside (candidate output, pack files, HTTP bodies) get a
 * cap that bounds ace's memory whatever the outside sends; BUF_NOLIMIT is for
 * ace's own text.
 *
 * Ownership: the buf owns data. buf_release() frees it and resets the buf;
 * buf_detach() hands the data (NUL-terminated) to the caller, who frees it.
 */
#ifndef ACE_UTIL_BUF_H
#define ACE_UTIL_BUF_H

#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>

#define BUF_NOLIMIT ((size_t)-1)

struct buf {
	char *data;     /* NUL-terminated; never NULL after buf_init */
	size_t len;     /* bytes used, not counting the NUL */
	size_t cap;     /* bytes allocated */
	size_t max;     /* the cap on len */
	bool truncated; /* an append was cut short by max */
};

/* Initialise an empty buffer that may hold at most max bytes. */
void buf_init(struct buf *b, size_t max);
/* Free the data and leave b as after buf_init(b, b->max). */
void buf_release(struct buf *b);
/* Return the data (caller frees) and reset b to empty. */
char *buf_detach(struct buf *b, size_t *len);
/* Empty the buffer, keeping its allocation. */
void buf_reset(struct buf *b);

/* Append n bytes; 0, or -1 when the cap cut it short (what fits is kept). */
int buf_add(struct buf *b, const void *p, size_t n);
int buf_adds(struct buf *b, const char *s);
int buf_addc(struct buf *b, char c);
int buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int buf_vprintf(struct buf *b, const char *fmt, va_list ap);

#endif
