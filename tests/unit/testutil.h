/*
 * testutil.h - what the cmocka unit tests share. For tests/unit only: it is
 * not part of libace, and nothing under src/ may include it.
 *
 * Checks that fail with what they checked, what they expected and what they got:
 *   EXPECT_INT(what, want, got)         integers, compared as long long
 *   EXPECT_STR(what, want, got)         strings, either may be NULL
 *   EXPECT_CONTAINS(what, needle, hay)  hay (maybe NULL) contains needle
 *   EXPECT_JSON(what, want_text, got)   a json_t equals the JSON text, types
 *                                       included (the file must include jansson)
 *
 * Helpers (static inline; each fails the test where it says so):
 *   make_tmpdir(tag)              mkdtemp $TMPDIR/ace-TAG-XXXXXX (caller frees);
 *                                 NULL, with a message on stderr, on failure
 *   rm_rf(dir)                    remove dir and everything below it (nftw)
 *   write_bytes(path, data, len)  create or replace a file; fails the test on error
 *   read_bytes(path, &len)        a whole file, NUL-terminated (caller frees);
 *                                 fails the test when it cannot be read
 *   data_path(name)               ACE_SOURCE_DIR/tests/unit/data/NAME (caller frees)
 *   trim(s)                       s without leading and trailing blanks, in place
 *   show_diags(d)                 every diagnostic, one per line, for failure
 *                                 messages (caller frees)
 *
 * Include it after <cmocka.h> or on its own: it includes cmocka itself.
 */
#ifndef ACE_TESTS_UNIT_TESTUTIL_H
#define ACE_TESTS_UNIT_TESTUTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <ftw.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/diag.h"
#include "util/xalloc.h"

#define EXPECT_INT(what, want, got)                                              \
	do {                                                                     \
		long long w_ = (long long)(want), g_ = (long long)(got);         \
		if (w_ != g_)                                                    \
			fail_msg("%s: expected %lld, got %lld", (what), w_, g_); \
	} while (0)

#define EXPECT_STR(what, want, got)                                                                  \
	do {                                                                                         \
		const char *w_ = (want), *g_ = (got);                                                \
		if (!w_ != !g_ || (w_ && strcmp(w_, g_) != 0))                                       \
			fail_msg("%s: expected %s%s%s, got %s%s%s", (what), w_ ? "\"" : "",          \
			         w_ ? w_ : "NULL", w_ ? "\"" : "", g_ ? "\"" : "", g_ ? g_ : "NULL", \
			         g_ ? "\"" : "");                                                    \
	} while (0)

#define EXPECT_CONTAINS(what, needle, hay)                                                           \
	do {                                                                                         \
		const char *n_ = (needle), *h_ = (hay);                                              \
		if (!h_ || !strstr(h_, n_))                                                          \
			fail_msg("%s: expected a message containing \"%s\", got %s%s%s", (what), n_, \
			         h_ ? "\"" : "", h_ ? h_ : "NULL", h_ ? "\"" : "");                  \
	} while (0)

/* A JSON value given as text must equal got (types included). */
#define EXPECT_JSON(what, want_text, got)                                                             \
	do {                                                                                          \
		json_t *w_ = json_loads((want_text), JSON_DECODE_ANY, NULL);                          \
		const json_t *g_ = (got);                                                             \
		char *gs_ = g_ ? json_dumps(g_, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;               \
		bool eq_ = w_ && g_ && json_equal(w_, (json_t *)g_);                                  \
		json_decref(w_);                                                                      \
		if (!eq_) {                                                                           \
			fail_msg("%s: expected %s, got %s", (what), (want_text), gs_ ? gs_ : "NULL"); \
		}                                                                                     \
		free(gs_);                                                                            \
	} while (0)

/* A fresh directory $TMPDIR/ace-TAG-XXXXXX (/tmp without TMPDIR); caller frees. */
static inline char *make_tmpdir(const char *tag)
{
	const char *tmp = getenv("TMPDIR");
	char *dir = xasprintf("%s/ace-%s-XXXXXX", tmp && *tmp ? tmp : "/tmp", tag);

	if (!mkdtemp(dir)) {
		fprintf(stderr, "mkdtemp %s: %s\n", dir, strerror(errno));
		free(dir);
		return NULL;
	}
	return dir;
}

static inline int rm_rf_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	return type == FTW_DP ? rmdir(path) : unlink(path);
}

/* Remove dir and all below it, without following links; what cannot be removed stays. */
static inline void rm_rf(const char *dir)
{
	nftw(dir, rm_rf_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* Create or replace path with the len bytes of data. */
static inline void write_bytes(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (!f)
		fail_msg("fopen %s: %s", path, strerror(errno));
	if (len && fwrite(data, 1, len, f) != len)
		fail_msg("fwrite %s: %s", path, strerror(errno));
	fclose(f);
}

/* The file's bytes (caller frees; a NUL follows them) and length; fails the test when it cannot be read. */
static inline char *read_bytes(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL;
	size_t size = 0;
	FILE *m = open_memstream(&data, &size);
	char chunk[4096];
	size_t n;

	if (!f)
		fail_msg("fopen %s: expected the file to exist, got: %s", path, strerror(errno));
	assert_non_null(m);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		fwrite(chunk, 1, n, m);
	fclose(f);
	fclose(m);
	*len = size;
	return data;
}

/* A file of the data tables, ACE_SOURCE_DIR/tests/unit/data/NAME; caller frees. */
static inline char *data_path(const char *name)
{
	return xasprintf("%s/tests/unit/data/%s", ACE_SOURCE_DIR, name);
}

/* Cut the blanks (spaces, tabs) off both ends of s, in place; returns the first non-blank. */
static inline char *trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		*--e = '\0';
	return s;
}

/* Every diagnostic, one per line, for failure messages (caller frees). */
static inline char *show_diags(const struct diags *d)
{
	char *out = xstrdup("");

	for (size_t i = 0; i < d->n; i++) {
		char *s = diag_format(&d->v[i]);
		char *next = xasprintf("%s\n    %s", out, s);

		free(s);
		free(out);
		out = next;
	}
	if (!*out) {
		free(out);
		return xstrdup(" (none)");
	}
	return out;
}

#endif
