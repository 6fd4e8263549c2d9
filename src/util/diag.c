#include "util/diag.h"

#include <stdarg.h>
#include <stdlib.h>

#include "util/buf.h"
#include "util/xalloc.h"

static void vadd(struct diags *d, bool warning, const char *file, int line, const char *field,
                 const char *fmt, va_list ap)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->v = xreallocarray(d->v, d->cap, sizeof(*d->v));
	}
	struct buf b;
	buf_init(&b, BUF_NOLIMIT);
	buf_vprintf(&b, fmt, ap);
	d->v[d->n++] = (struct diag){
	    .file = xstrdup(file ? file : ""),
	    .line = line,
	    .field = field && *field ? xstrdup(field) : NULL,
	    .message = buf_detach(&b, NULL),
	    .warning = warning,
	};
	if (!warning)
		d->errors++;
}

void diags_add(struct diags *d, const char *file, int line, const char *field, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vadd(d, false, file, line, field, fmt, ap);
	va_end(ap);
}

void diags_warn(struct diags *d, const char *file, int line, const char *field, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vadd(d, true, file, line, field, fmt, ap);
	va_end(ap);
}

void diags_release(struct diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->v[i].file);
		free(d->v[i].field);
		free(d->v[i].message);
	}
	free(d->v);
	d->v = NULL;
	d->n = d->cap = d->errors = 0;
}

char *diag_format(const struct diag *g)
{
	struct buf b;
	buf_init(&b, BUF_NOLIMIT);
	buf_adds(&b, g->file);
	if (g->line > 0)
		buf_printf(&b, ":%d", g->line);
	buf_adds(&b, ": ");
	if (g->warning)
		buf_adds(&b, "warning: ");
	if (g->field)
		buf_printf(&b, "%s: ", g->field);
	buf_adds(&b, g->message);
	return buf_detach(&b, NULL);
}

void diags_print(const struct diags *d, FILE *out)
{
	for (size_t i = 0; i < d->n; i++) {
		char *s = diag_format(&d->v[i]);
		fprintf(out, "%s\n", s);
		free(s);
	}
}
