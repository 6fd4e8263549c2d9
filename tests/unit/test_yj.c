/*
 * test_yj.c - unit tests of YAML -> jansson with line numbers (bank/yj.h).
 *
 * Two tables drive most of it (ACE_SOURCE_DIR/tests/unit/data/):
 *   yj_scalars.txt  one scalar per line and the JSON value it must resolve to;
 *   yj_docs.txt     whole documents: the JSON, the line of each path, or the
 *                   error (line and message) parsing must give.
 * Every case of a table runs; the failures are listed, then the test fails.
 * Nesting limits and byte-level input are built here in C.
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

#include "bank/yj.h"
#include "util/buf.h"
#include "util/xalloc.h"

#include "testutil.h"

/* The lines of a data file, without their newlines; NULL-terminated, caller frees. */
static char **read_lines(const char *name, size_t *n)
{
	char *path = data_path(name);
	FILE *f = fopen(path, "r");
	char **v = NULL, *line = NULL;
	size_t cap = 0, len = 0;
	ssize_t got;

	if (!f)
		fail_msg("%s: expected a readable data file, got: %s", path, strerror(errno));
	*n = 0;
	while ((got = getline(&line, &len, f)) >= 0) {
		if (got > 0 && line[got - 1] == '\n')
			line[got - 1] = '\0';
		if (*n + 1 >= cap) {
			cap = cap ? cap * 2 : 256;
			v = xreallocarray(v, cap, sizeof(*v));
		}
		v[(*n)++] = xstrdup(line);
	}
	free(line);
	fclose(f);
	free(path);
	if (!v)
		v = xcalloc(1, sizeof(*v));
	v[*n] = NULL;
	return v;
}

static void free_lines(char **v)
{
	for (size_t i = 0; v[i]; i++)
		free(v[i]);
	free(v);
}

/* A JSON rendering for messages (caller frees); "(none)" for NULL. */
static char *show(const json_t *v)
{
	char *s = v ? json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;

	return s ? s : xstrdup("(none)");
}

/* Same value and same JSON types (an integer is not a real). */
static bool same_json(const json_t *a, const json_t *b)
{
	return a && b && json_equal((json_t *)a, (json_t *)b);
}

/* The JSON type, to tell 1 from 1.0 in messages. */
static const char *type_of(const json_t *v)
{
	static const char *const names[] = {"object", "array", "string", "integer",
	                                    "real",   "true",  "false",  "null"};

	return v ? names[json_typeof(v)] : "none";
}

static void expect_doc_empty(const char *what, const struct yj_doc *doc)
{
	if (doc->root || doc->n || doc->paths || doc->lines)
		fail_msg("%s: expected an empty doc after a failure, got root %p and %zu paths", what,
		         (void *)doc->root, doc->n);
}

/* ---- the scalar table ---- */

static void test_scalars(void **state)
{
	size_t nlines, cases = 0, failures = 0;
	char **lines = read_lines("yj_scalars.txt", &nlines);

	for (size_t i = 0; i < nlines; i++) {
		char *l = lines[i], *bar = strrchr(l, '|');
		char *yaml, *msg = NULL;
		json_t *want;
		json_error_t jerr;
		struct yj_doc doc;
		int line;

		if (!*trim(l) || *trim(l) == '#')
			continue;
		if (!bar)
			fail_msg("yj_scalars.txt:%zu: expected \"yaml | json\", got \"%s\"", i + 1, l);
		*bar = '\0';
		cases++;
		want = json_loads(trim(bar + 1), JSON_DECODE_ANY, &jerr);
		if (!want)
			fail_msg("yj_scalars.txt:%zu: bad JSON \"%s\": %s", i + 1, trim(bar + 1), jerr.text);
		yaml = xasprintf("v: %s\n", trim(l));
		if (yj_parse(yaml, strlen(yaml), &doc, &line, &msg) < 0) {
			print_error("yj_scalars.txt:%zu: v: %s: expected %s, got error at line %d: %s\n",
			            i + 1, trim(l), trim(bar + 1), line, msg);
			failures++;
		} else {
			json_t *got = json_object_get(doc.root, "v");

			if (!same_json(want, got)) {
				char *g = show(got);
				print_error("yj_scalars.txt:%zu: v: %s: expected %s (%s), got %s (%s)\n",
				            i + 1, trim(l), trim(bar + 1), type_of(want), g, type_of(got));
				free(g);
				failures++;
			}
		}
		free(msg);
		yj_release(&doc);
		json_decref(want);
		free(yaml);
	}
	free_lines(lines);
	if (cases < 50)
		fail_msg("yj_scalars.txt: expected at least 50 cases, got %zu", cases);
	if (failures)
		fail_msg("%zu of %zu scalar cases failed (listed above)", failures, cases);
}

/* ---- the document table ---- */

struct doc_case {
	const char *name;
	size_t at; /* line of "===" in the data file */
	const char *json;
	bool want_error;
	int error_line;
	const char *error_text;
	const char *paths[32];
	int lines[32];
	size_t npaths;
	struct buf yaml;
};

/* Run one case; print what went wrong and return false, or return true. */
static bool run_doc_case(struct doc_case *c)
{
	struct yj_doc doc;
	char *msg = NULL;
	int line = -1, rc;
	bool ok = true;

	rc = yj_parse(c->yaml.data, c->yaml.len, &doc, &line, &msg);
	if (c->want_error) {
		if (rc == 0) {
			char *g = show(doc.root);
			print_error(
			    "yj_docs.txt:%zu: %s: expected an error on line %d (%s), got success: %s\n",
			    c->at, c->name, c->error_line, c->error_text, g);
			free(g);
			yj_release(&doc);
			return false;
		}
		if (line != c->error_line || !msg || !strstr(msg, c->error_text)) {
			print_error("yj_docs.txt:%zu: %s: expected an error on line %d containing \"%s\", "
			            "got line %d: \"%s\"\n",
			            c->at, c->name, c->error_line, c->error_text, line, msg ? msg : "(NULL)");
			ok = false;
		}
		if (doc.root || doc.n) {
			print_error(
			    "yj_docs.txt:%zu: %s: expected an empty doc after the error, got %zu paths\n",
			    c->at, c->name, doc.n);
			ok = false;
		}
		free(msg);
		yj_release(&doc);
		return ok;
	}
	if (rc != 0) {
		print_error("yj_docs.txt:%zu: %s: expected success, got an error on line %d: %s\n", c->at,
		            c->name, line, msg);
		free(msg);
		return false;
	}
	if (msg) {
		print_error("yj_docs.txt:%zu: %s: expected no message on success, got \"%s\"\n", c->at,
		            c->name, msg);
		free(msg);
		ok = false;
	}
	if (c->json && !strcmp(c->json, "none")) {
		if (doc.root) {
			char *g = show(doc.root);
			print_error("yj_docs.txt:%zu: %s: expected no root (NULL), got %s\n", c->at, c->name,
			            g);
			free(g);
			ok = false;
		}
	} else if (c->json) {
		json_error_t jerr;
		json_t *want = json_loads(c->json, JSON_DECODE_ANY, &jerr);

		if (!want)
			fail_msg("yj_docs.txt:%zu: bad JSON in the case: %s", c->at, jerr.text);
		if (!same_json(want, doc.root)) {
			char *g = show(doc.root);
			print_error("yj_docs.txt:%zu: %s: expected %s, got %s\n", c->at, c->name, c->json, g);
			free(g);
			ok = false;
		}
		json_decref(want);
	}
	for (size_t i = 0; i < c->npaths; i++) {
		int got = yj_line(&doc, c->paths[i]);

		if (got != c->lines[i]) {
			print_error("yj_docs.txt:%zu: %s: yj_line(\"%s\"): expected %d, got %d\n", c->at,
			            c->name, c->paths[i], c->lines[i], got);
			ok = false;
		}
	}
	yj_release(&doc);
	return ok;
}

static void test_documents(void **state)
{
	size_t nlines, cases = 0, failures = 0;
	char **lines = read_lines("yj_docs.txt", &nlines);
	size_t i = 0;

	while (i < nlines) {
		struct doc_case c = {0};

		if (strncmp(lines[i], "=== ", 4) != 0) {
			i++;
			continue;
		}
		c.name = lines[i] + 4;
		c.at = i + 1;
		buf_init(&c.yaml, BUF_NOLIMIT);
		for (i++; i < nlines && strcmp(lines[i], ">>> yaml") != 0; i++) {
			char *l = lines[i];

			if (!strncmp(l, "json: ", 6)) {
				c.json = l + 6;
			} else if (!strncmp(l, "line: ", 6)) {
				char *sp = strrchr(l, ' ');

				if (c.npaths == 32 || sp == l + 5)
					fail_msg("yj_docs.txt:%zu: expected \"line: PATH LINE\"", i + 1);
				*sp = '\0';
				c.paths[c.npaths] = l + 6;
				c.lines[c.npaths++] = (int)strtol(sp + 1, NULL, 10);
			} else if (!strncmp(l, "error: ", 7)) {
				char *bar = strchr(l, '|');

				if (!bar)
					fail_msg("yj_docs.txt:%zu: expected \"error: LINE | TEXT\"", i + 1);
				c.want_error = true;
				c.error_line = (int)strtol(l + 7, NULL, 10);
				c.error_text = trim(bar + 1);
			} else if (*l && *l != '#') {
				fail_msg("yj_docs.txt:%zu: unknown directive \"%s\"", i + 1, l);
			}
		}
		if (i == nlines)
			fail_msg("yj_docs.txt:%zu: case \"%s\" has no \">>> yaml\" line", c.at, c.name);
		for (i++; i < nlines && strncmp(lines[i], "=== ", 4) != 0; i++) {
			buf_adds(&c.yaml, lines[i]);
			buf_addc(&c.yaml, '\n');
		}
		while (c.yaml.len && c.yaml.data[c.yaml.len - 1] == '\n' &&
		       (c.yaml.len == 1 || c.yaml.data[c.yaml.len - 2] == '\n'))
			c.yaml.data[--c.yaml.len] = '\0';
		if (!c.json && !c.want_error)
			fail_msg("yj_docs.txt:%zu: case \"%s\" has neither json: nor error:", c.at, c.name);
		cases++;
		if (!run_doc_case(&c))
			failures++;
		buf_release(&c.yaml);
	}
	free_lines(lines);
	if (cases < 30)
		fail_msg("yj_docs.txt: expected at least 30 cases, got %zu", cases);
	if (failures)
		fail_msg("%zu of %zu document cases failed (listed above)", failures, cases);
}

/* ---- built in C ---- */

/* levels nested block mappings, one per line: "k:\n  k:\n    k: 1\n". */
static char *nested_mappings(int levels)
{
	struct buf b;

	buf_init(&b, BUF_NOLIMIT);
	for (int i = 0; i < levels; i++) {
		for (int k = 0; k < i; k++)
			buf_adds(&b, "  ");
		buf_adds(&b, i == levels - 1 ? "k: 1\n" : "k:\n");
	}
	return buf_detach(&b, NULL);
}

/* levels nested flow lists on the given line: "\n\n[[[1]]]\n". */
static char *nested_lists(int levels, int on_line)
{
	struct buf b;

	buf_init(&b, BUF_NOLIMIT);
	for (int i = 1; i < on_line; i++)
		buf_addc(&b, '\n');
	for (int i = 0; i < levels; i++)
		buf_addc(&b, '[');
	buf_addc(&b, '1');
	for (int i = 0; i < levels; i++)
		buf_addc(&b, ']');
	buf_addc(&b, '\n');
	return buf_detach(&b, NULL);
}

static void test_nesting_limit(void **state)
{
	struct yj_doc doc;
	char *msg = NULL, *text, *path;
	int line = -1;
	json_t *v;

	text = nested_mappings(200);
	if (yj_parse(text, strlen(text), &doc, &line, &msg) != 0)
		fail_msg("200 nested mappings: expected success, got line %d: %s", line, msg);
	v = doc.root;
	for (int i = 0; i < 199; i++)
		v = json_object_get(v, "k");
	if (!v || json_integer_value(json_object_get(v, "k")) != 1)
		fail_msg("200 nested mappings: expected k.k...k = 1 at the bottom, got something else");
	/* The innermost key's path is "k.k....k" (200 k's), on line 200. */
	{
		struct buf p;

		buf_init(&p, BUF_NOLIMIT);
		for (int i = 0; i < 200; i++)
			buf_adds(&p, i ? ".k" : "k");
		path = buf_detach(&p, NULL);
	}
	EXPECT_INT("line of the innermost key", 200, yj_line(&doc, path));
	free(path);
	yj_release(&doc);
	free(text);

	text = nested_mappings(201);
	EXPECT_INT("201 nested mappings", -1, yj_parse(text, strlen(text), &doc, &line, &msg));
	EXPECT_INT("line of the 201st level", 201, line);
	EXPECT_CONTAINS("201 nested mappings", "nested more than 200 levels deep", msg);
	expect_doc_empty("201 nested mappings", &doc);
	free(msg);
	free(text);

	text = nested_lists(200, 3);
	if (yj_parse(text, strlen(text), &doc, &line, &msg) != 0)
		fail_msg("200 nested lists: expected success, got line %d: %s", line, msg);
	yj_release(&doc);
	free(text);

	text = nested_lists(201, 3);
	EXPECT_INT("201 nested lists", -1, yj_parse(text, strlen(text), &doc, &line, &msg));
	EXPECT_INT("line of 201 nested lists", 3, line);
	EXPECT_CONTAINS("201 nested lists", "nested more than 200 levels deep", msg);
	free(msg);
	free(text);

	/* Far deeper input fails the same way, without exhausting the stack. */
	text = nested_lists(100000, 1);
	EXPECT_INT("100000 nested lists", -1, yj_parse(text, strlen(text), &doc, &line, &msg));
	EXPECT_CONTAINS("100000 nested lists", "nested more than 200 levels deep", msg);
	free(msg);
	free(text);
}

static void test_invalid_utf8(void **state)
{
	static const char text[] = "a: 1\nb: \"caf\xc3\"\n";
	struct yj_doc doc;
	char *msg = NULL;
	int line = -1;

	EXPECT_INT("invalid UTF-8", -1, yj_parse(text, sizeof(text) - 1, &doc, &line, &msg));
	if (line < 1)
		fail_msg("invalid UTF-8: expected a line number, got %d (%s)", line, msg);
	if (!msg || !*msg)
		fail_msg("invalid UTF-8: expected a message, got none");
	expect_doc_empty("invalid UTF-8", &doc);
	free(msg);
}

static void test_reads_only_len_bytes(void **state)
{
	/* The text need not be NUL-terminated: only len bytes count. */
	static const char text[] = "a: 1\nb: [unclosed";
	struct yj_doc doc;
	char *msg = NULL;
	int line = -1;

	if (yj_parse(text, 5, &doc, &line, &msg) != 0)
		fail_msg("first 5 bytes: expected success, got line %d: %s", line, msg);
	EXPECT_INT("keys read", 1, json_object_size(doc.root));
	EXPECT_INT("a", 1, json_integer_value(json_object_get(doc.root, "a")));
	EXPECT_INT("line and message reset on success", 0, line);
	yj_release(&doc);
	yj_release(&doc); /* twice is harmless */
	EXPECT_INT("yj_line on a released doc", 0, yj_line(&doc, "a"));
}

static void test_failure_then_reuse(void **state)
{
	static const char bad[] = "a: 1\na: 2\n", good[] = "x: [1, 2]\n";
	struct yj_doc doc;
	char *msg = NULL;
	int line = -1;

	EXPECT_INT("duplicate key", -1, yj_parse(bad, sizeof(bad) - 1, &doc, &line, &msg));
	expect_doc_empty("after a duplicate key", &doc);
	yj_release(&doc); /* releasing a failed doc is harmless */
	free(msg);
	msg = NULL;
	EXPECT_INT("the same doc reused", 0, yj_parse(good, sizeof(good) - 1, &doc, &line, &msg));
	EXPECT_INT("x[1] line", 1, yj_line(&doc, "x[1]"));
	if (msg)
		fail_msg("success: expected *msg NULL, got \"%s\"", msg);
	yj_release(&doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_scalars),
	    cmocka_unit_test(test_documents),
	    cmocka_unit_test(test_nesting_limit),
	    cmocka_unit_test(test_invalid_utf8),
	    cmocka_unit_test(test_reads_only_len_bytes),
	    cmocka_unit_test(test_failure_then_reuse),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
