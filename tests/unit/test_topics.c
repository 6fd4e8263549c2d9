/*
 * test_topics.c - unit tests of the topic table (bank/topics.h).
 *
 * The table must hold exactly the IDs of ../shared/TOPICS.md, in its order.
 * That file lives beside the checkout (ACE_SOURCE_DIR/../shared); when it is
 * absent the comparison is skipped with a message, and the other tests run.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bank/topics.h"
#include "util/xalloc.h"

#define TOPICS_MD ACE_SOURCE_DIR "/../shared/TOPICS.md"

static size_t table_size(void)
{
	size_t n = 0;

	while (topics[n].id)
		n++;
	return n;
}

/* "area.name": lowercase letters, then '.', then lowercase letters, digits and '-'. */
static bool looks_like_id(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len && islower((unsigned char)s[i]))
		i++;
	if (i == 0 || i + 1 >= len || s[i] != '.')
		return false;
	for (i++; i < len; i++)
		if (!islower((unsigned char)s[i]) && !isdigit((unsigned char)s[i]) && s[i] != '-')
			return false;
	return true;
}

static void test_find(void **state)
{
	const struct topic *t;

	for (size_t i = 0; topics[i].id; i++) {
		t = topic_find(topics[i].id);
		if (t != &topics[i])
			fail_msg("topic_find(\"%s\"): expected entry %zu of the table, got %s", topics[i].id,
			         i, t ? t->id : "NULL");
	}
	t = topic_find("dsa.graphs");
	if (!t || strcmp(t->about, "BFS, DFS, topological sort, union-find, shortest paths") != 0)
		fail_msg("topic_find(\"dsa.graphs\")->about: expected the TOPICS.md description, got %s",
		         t ? t->about : "NULL");
	static const char *const unknown[] = {"dsa",        "dsa.",        "dsa.graph",   "dsa.graphs.bfs",
	                                      "DSA.GRAPHS", " dsa.graphs", "dsa.graphs ", "",
	                                      "graphs",     "dsa.nope"};
	for (size_t i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++) {
		t = topic_find(unknown[i]);
		if (t)
			fail_msg("topic_find(\"%s\"): expected NULL, got \"%s\"", unknown[i], t->id);
	}
}

static void test_matches(void **state)
{
	static const struct {
		const char *id, *query;
		bool want;
	} cases[] = {
	    {"dsa.graphs", "dsa.graphs", true}, /* the ID itself */
	    {"dsa.graphs", "dsa", true},        /* its area */
	    {"dsa.graphs", "dsa.", true},       /* its area, with the dot */
	    {"dsa.graphs", "dsa.gr", false},    /* not a prefix of words */
	    {"dsa.graphs", "ds", false},
	    {"dsa.graphs", "dsa.graphs.", false},
	    {"dsa.graphs", "dsa.graphsx", false},
	    {"dsa.graphs", "py", false},
	    {"dsa.graphs", "DSA", false},
	    {"dsa.two-pointers", "dsa.two", false},
	    {"py.gil-concurrency", "py", true},
	    {"py.dict-internals", "py.dict", false},
	    {"dsa.graphs", "", false}, /* an empty query matches nothing */
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		bool got = topic_matches(cases[i].id, cases[i].query);

		if (got != cases[i].want)
			fail_msg("topic_matches(\"%s\", \"%s\"): expected %s, got %s", cases[i].id,
			         cases[i].query, cases[i].want ? "true" : "false", got ? "true" : "false");
	}
}

static void test_table_well_formed(void **state)
{
	size_t n = table_size();

	if (n < 10)
		fail_msg("topics: expected a table of topics, got %zu entries", n);
	for (size_t i = 0; i < n; i++) {
		if (!looks_like_id(topics[i].id, strlen(topics[i].id)))
			fail_msg("topics[%zu]: expected an ID like \"area.name\", got \"%s\"", i,
			         topics[i].id);
		if (!topics[i].about)
			fail_msg("topics[%zu] (%s): expected about to be a string (maybe \"\"), got NULL", i,
			         topics[i].id);
		for (size_t k = 0; k < i; k++)
			if (!strcmp(topics[i].id, topics[k].id))
				fail_msg("topics[%zu]: expected unique IDs, got \"%s\" again (also [%zu])", i,
				         topics[i].id, k);
	}
}

/*
 * The IDs of TOPICS.md, in order: bullet lines ("- ") whose text, before any
 * " — " description, is a comma-separated list of IDs, each possibly followed
 * by a parenthesised note: "- dsa.trees (binary trees, BST), dsa.tries".
 * Bullets that do not start with an ID (prose) are not topic lists.
 */
static char **topics_md_ids(FILE *f, size_t *n)
{
	char *line = NULL;
	size_t len = 0, cap = 0;
	char **ids = NULL;

	*n = 0;
	while (getline(&line, &len, f) >= 0) {
		char *s = line, *end;
		int depth = 0;

		if (strncmp(s, "- ", 2) != 0)
			continue;
		s += 2;
		end = strstr(s, " \xe2\x80\x94 "); /* " — " */
		if (!end)
			end = s + strcspn(s, "\n");
		{
			size_t first = strcspn(s, " ,(\n");

			if (!looks_like_id(s, first < (size_t)(end - s) ? first : (size_t)(end - s)))
				continue;
		}
		/* Walk the list: IDs separated by commas outside parentheses. */
		while (s < end) {
			size_t k;

			while (s < end && (*s == ' ' || *s == ','))
				s++;
			for (k = 0; s + k < end && s[k] != ' ' && s[k] != ',' && s[k] != '('; k++)
				;
			if (k) {
				if (!looks_like_id(s, k))
					fail_msg("TOPICS.md: expected a topic ID, got \"%.*s\" in: %s",
					         (int)k, s, line);
				if (*n + 1 >= cap) {
					cap = cap ? cap * 2 : 64;
					ids = xreallocarray(ids, cap, sizeof(*ids));
				}
				ids[(*n)++] = xstrndup(s, k);
				s += k;
			}
			while (s < end && *s == ' ')
				s++;
			if (s < end && *s == '(') {
				for (; s < end; s++) {
					depth += *s == '(';
					depth -= *s == ')';
					if (!depth) {
						s++;
						break;
					}
				}
			}
			if (s < end && *s != ',' && *s != ' ' && *s != '(')
				fail_msg("TOPICS.md: unexpected text \"%s\" after an ID in: %s", s, line);
		}
	}
	free(line);
	return ids;
}

static void test_table_matches_topics_md(void **state)
{
	FILE *f = fopen(TOPICS_MD, "r");
	size_t n, ntable = table_size();
	char **ids;
	bool ok = true;

	if (!f) {
		print_message("skipped: %s: %s (the table is checked where ../shared is beside the "
		              "checkout)\n",
		              TOPICS_MD, strerror(errno));
		skip();
	}
	ids = topics_md_ids(f, &n);
	fclose(f);
	if (n < 10)
		fail_msg("%s: expected the topic IDs, got only %zu", TOPICS_MD, n);
	for (size_t i = 0; i < n; i++) {
		if (!topic_find(ids[i])) {
			print_error("%s lists \"%s\": expected it in src/bank/topics.c, it is not there\n",
			            TOPICS_MD, ids[i]);
			ok = false;
		}
	}
	for (size_t i = 0; i < ntable; i++) {
		size_t k;

		for (k = 0; k < n && strcmp(ids[k], topics[i].id); k++)
			;
		if (k == n) {
			print_error("src/bank/topics.c has \"%s\": expected it in %s, it is not there\n",
			            topics[i].id, TOPICS_MD);
			ok = false;
		} else if (k != i && ok) {
			print_error("topics[%zu] is \"%s\": expected \"%s\", TOPICS.md's entry %zu (same "
			            "order)\n",
			            i, topics[i].id, i < n ? ids[i] : "(none)", i);
			ok = false;
		}
	}
	for (size_t i = 0; i < n; i++)
		free(ids[i]);
	free(ids);
	if (!ok)
		fail_msg("the topic table (%zu IDs) differs from %s (%zu IDs); see above", ntable, TOPICS_MD,
		         n);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_find),
	    cmocka_unit_test(test_matches),
	    cmocka_unit_test(test_table_well_formed),
	    cmocka_unit_test(test_table_matches_topics_md),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
