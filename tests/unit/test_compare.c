/*
 * test_compare.c - unit tests of the judge's pure functions (judge/judge.h):
 * judge_compare, judge_canonical and judge_check_source. Nothing here starts
 * Python.
 *
 * Three tables drive it (ACE_SOURCE_DIR/tests/unit/data/):
 *   compare.txt    mode | expected | got | equal?
 *   canonical.txt  sort_lists | value | canonical text
 *   source.txt     source (C escapes) | line | message
 * Every row runs; failing rows are listed with what was expected and what
 * came out, then the test fails. Sizes are checked in C.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "judge/judge.h"
#include "util/buf.h"
#include "util/xalloc.h"

#include "testutil.h"

/* ---- reading the tables ---- */

struct row {
	size_t line; /* in the data file */
	char *col[4];
	int ncol;
};

/*
 * The rows of a table: lines that are neither blank nor '#' comments, cut at
 * '|' into ncol trimmed columns. With from_right, only the last ncol - 1 bars
 * separate columns, so the first column may contain '|'. Caller frees with
 * free_rows.
 */
static struct row *read_rows(const char *name, int ncol, bool from_right, size_t *nrows, char **text)
{
	char *path = data_path(name);
	FILE *f = fopen(path, "r");
	struct row *rows = NULL;
	size_t n = 0, cap = 0, len = 0, lineno = 0;
	char *line = NULL;
	struct buf all;
	ssize_t got;

	if (!f)
		fail_msg("%s: expected a readable data file, got: %s", path, strerror(errno));
	buf_init(&all, BUF_NOLIMIT);
	while ((got = getline(&line, &len, f)) >= 0) {
		lineno++;
		if (got > 0 && line[got - 1] == '\n')
			line[--got] = '\0';
		buf_add(&all, line, (size_t)got + 1); /* keep each line's NUL */
	}
	free(line);
	fclose(f);
	*text = buf_detach(&all, &len);
	/* Cut each stored line into columns in place. */
	for (size_t off = 0, ln = 1; off < len; ln++) {
		char *l = *text + off;
		struct row r = {.line = ln};

		off += strlen(l) + 1;
		if (!*trim(l) || *trim(l) == '#')
			continue;
		if (from_right) {
			for (int c = ncol - 1; c > 0; c--) {
				char *bar = strrchr(l, '|');

				if (!bar)
					fail_msg("%s:%zu: expected %d columns separated by '|', got \"%s\"",
					         name, ln, ncol, l);
				*bar = '\0';
				r.col[c] = trim(bar + 1);
			}
			r.col[0] = trim(l);
		} else {
			char *p = l;

			for (int c = 0; c < ncol - 1; c++) {
				char *bar = strchr(p, '|');

				if (!bar)
					fail_msg("%s:%zu: expected %d columns separated by '|', got \"%s\"",
					         name, ln, ncol, l);
				*bar = '\0';
				r.col[c] = trim(p);
				p = bar + 1;
			}
			if (strchr(p, '|'))
				fail_msg("%s:%zu: expected %d columns, got more", name, ln, ncol);
			r.col[ncol - 1] = trim(p);
		}
		r.ncol = ncol;
		if (n == cap) {
			cap = cap ? cap * 2 : 128;
			rows = xreallocarray(rows, cap, sizeof(*rows));
		}
		rows[n++] = r;
	}
	free(path);
	*nrows = n;
	return rows;
}

/* A JSON value of a table, or NULL for MISSING; the test fails on bad JSON. */
static json_t *table_json(const char *file, size_t line, const char *text)
{
	json_error_t err;
	json_t *v;

	if (!strcmp(text, "MISSING"))
		return NULL;
	v = json_loads(text, JSON_DECODE_ANY, &err);
	if (!v)
		fail_msg("%s:%zu: bad JSON \"%s\": %s", file, line, text, err.text);
	return v;
}

/* ---- judge_compare ---- */

static void test_compare_table(void **state)
{
	size_t n, failures = 0;
	char *text;
	struct row *rows = read_rows("compare.txt", 4, false, &n, &text);
	size_t seen[5] = {0};

	for (size_t i = 0; i < n; i++) {
		struct row *r = &rows[i];
		enum compare_mode mode = CMP_EXACT;
		double tol = 0;
		json_t *want, *got;
		bool eq, equal;

		if (!strcmp(r->col[0], "exact"))
			mode = CMP_EXACT;
		else if (!strcmp(r->col[0], "unordered"))
			mode = CMP_UNORDERED;
		else if (!strcmp(r->col[0], "unordered_deep"))
			mode = CMP_UNORDERED_DEEP;
		else if (!strncmp(r->col[0], "float ", 6)) {
			char *end;

			mode = CMP_FLOAT;
			tol = strtod(r->col[0] + 6, &end);
			if (end == r->col[0] + 6 || *end)
				fail_msg("compare.txt:%zu: expected \"float TOLERANCE\", got \"%s\"", r->line,
				         r->col[0]);
		} else {
			fail_msg("compare.txt:%zu: unknown mode \"%s\"", r->line, r->col[0]);
		}
		if (strcmp(r->col[3], "yes") && strcmp(r->col[3], "no"))
			fail_msg("compare.txt:%zu: expected yes or no, got \"%s\"", r->line, r->col[3]);
		equal = !strcmp(r->col[3], "yes");
		seen[mode]++;
		want = table_json("compare.txt", r->line, r->col[1]);
		got = table_json("compare.txt", r->line, r->col[2]);
		eq = judge_compare(want, got, mode, tol);
		if (eq != equal) {
			print_error("compare.txt:%zu: %s: expected %s and got %s to be %s, judge_compare "
			            "said %s\n",
			            r->line, r->col[0], r->col[1], r->col[2], equal ? "equal" : "different",
			            eq ? "equal" : "different");
			failures++;
		}
		json_decref(want);
		json_decref(got);
	}
	free(rows);
	free(text);
	for (int m = 0; m < 4; m++)
		if (seen[m] < 8)
			fail_msg("compare.txt: expected at least 8 rows of mode %d, got %zu", m, seen[m]);
	if (failures)
		fail_msg("%zu of %zu compare rows failed (listed above)", failures, n);
}

static void test_compare_is_symmetric(void **state)
{
	static const char *const values[] = {"1",      "1.0",      "-0.0",     "0",          "[1, 2]",
	                                     "[2, 1]", "[[1, 2]]", "[[2, 1]]", "{\"a\": 1}", "\"1\"",
	                                     "null",   "true",     "[]",       "{}"};
	size_t nv = sizeof(values) / sizeof(values[0]);
	static const enum compare_mode modes[] = {CMP_EXACT, CMP_UNORDERED, CMP_UNORDERED_DEEP, CMP_FLOAT};

	for (size_t m = 0; m < 4; m++) {
		for (size_t i = 0; i < nv; i++) {
			for (size_t k = 0; k < nv; k++) {
				json_t *a = json_loads(values[i], JSON_DECODE_ANY, NULL);
				json_t *b = json_loads(values[k], JSON_DECODE_ANY, NULL);
				bool ab = judge_compare(a, b, modes[m], 1e-6);
				bool ba = judge_compare(b, a, modes[m], 1e-6);

				json_decref(a);
				json_decref(b);
				if (ab != ba)
					fail_msg(
					    "mode %d: expected compare(%s, %s) == compare(%s, %s), got %d "
					    "and %d",
					    (int)modes[m], values[i], values[k], values[k], values[i], ab,
					    ba);
				if (i == k && !ab)
					fail_msg("mode %d: expected %s equal to itself, got different",
					         (int)modes[m], values[i]);
			}
		}
	}
}

static void test_compare_large_lists(void **state)
{
	json_t *a = json_array(), *b = json_array();

	/* 20000 elements, reversed: equal without order, different in order. */
	for (int i = 0; i < 20000; i++) {
		json_array_append_new(a, json_integer(i));
		json_array_append_new(b, json_real(19999 - i));
	}
	if (!judge_compare(a, b, CMP_UNORDERED, 0))
		fail_msg("20000 integers against the same reals reversed, unordered: expected equal, got "
		         "different");
	if (judge_compare(a, b, CMP_EXACT, 0))
		fail_msg("20000 integers against the same reals reversed, exact: expected different, got "
		         "equal");
	json_decref(a);
	json_decref(b);
}

/* ---- judge_canonical ---- */

static void test_canonical_table(void **state)
{
	size_t n, failures = 0;
	char *text;
	struct row *rows = read_rows("canonical.txt", 3, false, &n, &text);

	for (size_t i = 0; i < n; i++) {
		struct row *r = &rows[i];
		json_t *v = table_json("canonical.txt", r->line, r->col[1]);
		char *got;

		if (strcmp(r->col[0], "yes") && strcmp(r->col[0], "no"))
			fail_msg("canonical.txt:%zu: expected yes or no, got \"%s\"", r->line, r->col[0]);
		got = judge_canonical(v, !strcmp(r->col[0], "yes"));
		if (strcmp(got, r->col[2]) != 0) {
			print_error(
			    "canonical.txt:%zu: judge_canonical(%s, sort_lists %s): expected %s, got %s\n",
			    r->line, r->col[1], r->col[0], r->col[2], got);
			failures++;
		}
		free(got);
		json_decref(v);
	}
	free(rows);
	free(text);
	if (n < 20)
		fail_msg("canonical.txt: expected at least 20 rows, got %zu", n);
	if (failures)
		fail_msg("%zu of %zu canonical rows failed (listed above)", failures, n);
}

/* ---- judge_check_source ---- */

/* Decode the C escapes of the table (\n \r \t \\ \0 \xHH) into b. */
static void unescape(const char *s, struct buf *b, size_t line)
{
	buf_reset(b);
	for (; *s; s++) {
		if (*s != '\\') {
			buf_addc(b, *s);
			continue;
		}
		switch (*++s) {
		case 'n':
			buf_addc(b, '\n');
			break;
		case 'r':
			buf_addc(b, '\r');
			break;
		case 't':
			buf_addc(b, '\t');
			break;
		case '\\':
			buf_addc(b, '\\');
			break;
		case '0':
			buf_addc(b, '\0');
			break;
		case 'x': {
			char hex[3] = {s[1], s[1] ? s[2] : '\0', '\0'}, *end;
			long v = strtol(hex, &end, 16);

			if (end != hex + 2)
				fail_msg("source.txt:%zu: expected two hex digits after \\x", line);
			buf_addc(b, (char)v);
			s += 2;
			break;
		}
		default:
			fail_msg("source.txt:%zu: unknown escape \\%c", line, *s ? *s : '0');
		}
	}
}

static void test_check_source_table(void **state)
{
	size_t n, failures = 0, accepted = 0;
	char *text;
	struct row *rows = read_rows("source.txt", 3, true, &n, &text);
	struct buf src;

	buf_init(&src, BUF_NOLIMIT);
	for (size_t i = 0; i < n; i++) {
		struct row *r = &rows[i];
		char *end, *msg;
		long want_line = strtol(r->col[1], &end, 10);
		int line = -1;

		if (end == r->col[1] || *end)
			fail_msg("source.txt:%zu: expected a line number, got \"%s\"", r->line, r->col[1]);
		unescape(r->col[0], &src, r->line);
		msg = judge_check_source(src.data, src.len, &line);
		if (want_line == 0) {
			accepted++;
			if (msg || line != 0) {
				print_error(
				    "source.txt:%zu: %s: expected it accepted (NULL, line 0), got line %d: "
				    "%s\n",
				    r->line, r->col[0], line, msg ? msg : "NULL");
				failures++;
			}
		} else if (!msg || line != want_line || !strstr(msg, r->col[2])) {
			print_error("source.txt:%zu: %s: expected line %ld and a message containing \"%s\", "
			            "got line %d: %s\n",
			            r->line, r->col[0], want_line, r->col[2], line,
			            msg ? msg : "NULL (accepted)");
			failures++;
		}
		free(msg);
	}
	buf_release(&src);
	free(rows);
	free(text);
	if (n < 30 || accepted < 5)
		fail_msg("source.txt: expected at least 30 rows, 5 of them accepted; got %zu and %zu", n,
		         accepted);
	if (failures)
		fail_msg("%zu of %zu source rows failed (listed above)", failures, n);
}

static void test_check_source_sizes(void **state)
{
	char *big = xmalloc(JUDGE_MAX_SOURCE + 1);
	char *msg, *want;
	int line = -1;

	msg = judge_check_source("", 0, &line);
	EXPECT_CONTAINS("an empty source", "the file is empty", msg);
	EXPECT_INT("line of an empty source", 0, line);
	free(msg);

	/* Only len counts, not a NUL terminator. */
	line = -1;
	msg = judge_check_source("x = 1\n", 0, &line);
	EXPECT_CONTAINS("len 0 of a longer string", "the file is empty", msg);
	free(msg);

	memset(big, 'a', JUDGE_MAX_SOURCE + 1);
	for (size_t i = 79; i < JUDGE_MAX_SOURCE + 1; i += 80)
		big[i] = '\n';
	line = -1;
	msg = judge_check_source(big, JUDGE_MAX_SOURCE, &line);
	if (msg)
		fail_msg("a source of exactly JUDGE_MAX_SOURCE bytes: expected it accepted, got: %s", msg);
	EXPECT_INT("line of an accepted source", 0, line);

	line = -1;
	msg = judge_check_source(big, JUDGE_MAX_SOURCE + 1, &line);
	want = xasprintf("the file is %u bytes; the limit is %u KiB", JUDGE_MAX_SOURCE + 1,
	                 JUDGE_MAX_SOURCE / 1024);
	EXPECT_CONTAINS("a source one byte too large", want, msg);
	EXPECT_INT("line of a source too large", 0, line);
	free(want);
	free(msg);

	/* A bad byte at the very end of a large file is found, on its line. */
	big[JUDGE_MAX_SOURCE - 1] = '\x80';
	line = -1;
	msg = judge_check_source(big, JUDGE_MAX_SOURCE, &line);
	EXPECT_CONTAINS("a bad last byte", "is 0x80", msg);
	EXPECT_INT("line of a bad last byte", JUDGE_MAX_SOURCE / 80 + 1, line);
	free(msg);
	free(big);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_compare_table),       cmocka_unit_test(test_compare_is_symmetric),
	    cmocka_unit_test(test_compare_large_lists), cmocka_unit_test(test_canonical_table),
	    cmocka_unit_test(test_check_source_table),  cmocka_unit_test(test_check_source_sizes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
