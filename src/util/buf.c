#include "util/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

static char empty_buf[1];

void buf_init(struct buf *b, size_t max)
{
	b->data = empty_buf;
	b->len = 0;
	b->cap = 0;
	b->max = max;
	b->truncated = false;
}

void buf_release(struct buf *b)
{
	if (b->cap)
		free(b->data);
	buf_init(b, b->max);
}

char *buf_detach(struct buf *b, size_t *len)
{
	char *p = b->cap ? b->data : xstrdup("");
	if (len)
		*len = b->len;
	buf_init(b, b->max);
	return p;
}

void buf_reset(struct buf *b)
{
	b->len = 0;
	b->truncated = false;
	if (b->cap)
		b->data[0] = '\0';
}

static void grow(struct buf *b, size_t want)
{
	if (want + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < want + 1)
		cap = cap * 2 > cap ? cap * 2 : want + 1;
	if (b->cap) {
		b->data = xrealloc(b->data, cap);
	} else {
		b->data = xmalloc(cap);
		b->data[0] = '\0';
	}
	b->cap = cap;
}

int buf_add(struct buf *b, const void *p, size_t n)
{
	int rc = 0;
	if (n > b->max - b->len) {
		n = b->max - b->len;
		b->truncated = true;
		rc = -1;
	}
	if (n == 0)
		return rc;
	grow(b, b->len + n);
	memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
	return rc;
}

int buf_adds(struct buf *b, const char *s)
{
	return buf_add(b, s, strlen(s));
}

int buf_addc(struct buf *b, char c)
{
	return buf_add(b, &c, 1);
}

int buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return -1;
	char *tmp = xmalloc((size_t)n + 1);
	vsnprintf(tmp, (size_t)n + 1, fmt, ap);
	int rc = buf_add(b, tmp, (size_t)n);
	free(tmp);
	return rc;
}

int buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = buf_vprintf(b, fmt, ap);
	va_end(ap);
	return rc;
}
