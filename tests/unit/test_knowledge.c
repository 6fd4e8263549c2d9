/*
 * test_knowledge.c - unit tests of knowledge content loading (bank/knowledge.h).
 *
 * Each case is a small pack written to a scratch directory: what loads, and
 * the exact diagnostic (file line, field, message) for what does not.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "bank/knowledge.h"
#include "util/buf.h"

#include "testutil.h"

static const char CARD_OK[] = "- id: py-one\n"
                              "  topics: [py.memory]\n"
                              "  difficulty: easy\n"
                              "  question: Why?\n"
                              "  answer: Because.\n"
                              "  key_points:\n"
                              "    - {point: a, phrasings: [aa, ab]}\n"
                              "    - {point: b, phrasings: [ba, bb]}\n"
                              "    - {point: c, phrasings: [ca, cb]}\n"
                              "  follow_ups: [Then?]\n";

/* Write files (name, content pairs, NULL-terminated) under a new pack; load it. */
static char *load(struct knowledge *k, struct diags *d, ...)
{
	char *dir = make_tmpdir("knowledge");
	va_list ap;
	va_start(ap, d);
	const char *name;
	while ((name = va_arg(ap, const char *))) {
		const char *content = va_arg(ap, const char *);
		char *path = xasprintf("%s/%s", dir, name);
		char *slash = strrchr(path, '/');
		*slash = '\0';
		mkdir(path, 0755);
		*slash = '/';
		write_bytes(path, content, strlen(content));
		free(path);
	}
	va_end(ap);
	const char *packs[] = {dir, NULL};
	knowledge_load(packs, k, d);
	return dir;
}

/* The diagnostics as "line: field: message" lines, for comparing. */
static char *diag_lines(const struct diags *d)
{
	struct buf b;
	buf_init(&b, BUF_NOLIMIT);
	for (size_t i = 0; i < d->n; i++)
		buf_printf(&b, "%d: %s: %s\n", d->v[i].line, d->v[i].field ? d->v[i].field : "-",
		           d->v[i].message);
	char *s = xstrdup(b.data ? b.data : "");
	buf_release(&b);
	return s;
}

static void test_valid_card_loads(void **state)
{
	(void)state;
	struct knowledge k = {0};
	struct diags d = {0};
	char *dir = load(&k, &d, "cards/a.yaml", CARD_OK, NULL);
	char *got = diag_lines(&d);
	EXPECT_STR("diagnostics", "", got);
	EXPECT_INT("items", 1, k.n);
	EXPECT_STR("id", "py-one", k.v[0].id);
	EXPECT_INT("line", 1, k.v[0].line);
	if (!kitem_has_topic(&k.v[0], "py") || kitem_has_topic(&k.v[0], "eco"))
		fail_msg("kitem_has_topic: py.memory falls under py, not under eco");
	if (!knowledge_find(&k, K_CARD, "py-one") || knowledge_find(&k, K_DESIGN, "py-one"))
		fail_msg("knowledge_find looks up by kind and id");
	free(got);
	knowledge_free(&k);
	diags_release(&d);
	rm_rf(dir);
	free(dir);
}

static const struct {
	const char *name;    /* what the case shows */
	const char *file;    /* path in the pack */
	const char *content; /* YAML */
	const char *want;    /* the diagnostics, one "line: field: message" per line */
} BAD[] = {
    {"a card with too few key points and an unknown field", "cards/a.yaml",
     "- id: x1\n  topics: [py.memory]\n  difficulty: easy\n  question: Q?\n  answer: A.\n"
     "  key_points: [{point: a, phrasings: [aa, ab]}]\n  follow_ups: [F?]\n  colour: red\n",
     "8: [0].colour: unknown field; a card has id, topics, difficulty, question, answer, "
     "key_points, follow_ups, examples\n6: [0].key_points: has 1 entry; give 3 to 6\n"},
    {"an unknown topic and a bad difficulty", "cards/a.yaml",
     "- id: x2\n  topics: [py.nope]\n  difficulty: extreme\n  question: Q?\n  answer: A.\n"
     "  key_points:\n    - {point: a, phrasings: [aa, ab]}\n    - {point: b, phrasings: [ba, bb]}\n"
     "    - {point: c, phrasings: [ca, Cb]}\n  follow_ups: [F?]\n",
     "2: [0].topics[0]: unknown topic 'py.nope' (`ace topics` lists them)\n"
     "3: [0].difficulty: 'extreme' is not a difficulty; use easy, medium or hard\n"
     "9: [0].key_points[2].phrasings[1]: phrasings are lowercase (the grader ignores case)\n"},
    {"a cards file that is not a list", "cards/a.yaml", "id: x3\n",
     "1: -: expected a list of cards (- id: ...), found a mapping\n"},
    {"a design prompt missing its fields, named after another slug", "design/one.yaml",
     "slug: two\ntitle: T\n",
     "1: difficulty: missing\n1: topics: missing\n1: prompt: missing\n"
     "1: clarifying_questions: missing\n1: scale: missing\n1: estimates: missing\n"
     "1: components: missing\n1: bottlenecks: missing\n1: trade_offs: missing\n"
     "1: python_notes: missing\n1: rubric: missing\n1: follow_ups: missing\n"},
    {"a behavioral prompt not tagged with its competency", "behavioral/a.yaml",
     "- id: b1\n  competency: conflict\n  topics: [beh.star]\n  question: Q?\n  probing: P.\n"
     "  star: {situation: s, task: t, action: a, result: r}\n"
     "  strong_signals: [a, b, c]\n  red_flags: [a, b, c]\n  follow_ups: [F?]\n",
     "3: [0].topics: must include beh.conflict, the prompt's competency\n"},
    {"a loop with a bad round and a weight on no topic", "loops/l.yaml",
     "slug: l\ntitle: L\ndescription: D.\nrounds:\n  - {kind: lunch, minutes: 2}\n"
     "topic_weights: {dsa: 2, cooking: 1}\n",
     "5: rounds[0].kind: 'lunch' is not a round kind; use one of coding, concepts, "
     "system_design, behavioral\n5: rounds[0].minutes: expected whole minutes from 5 to 240\n"
     "6: topic_weights.cooking: 'cooking' is neither a topic ID nor a family of topics "
     "(`ace topics`)\n"},
};

static void test_bad_content_is_named(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(BAD) / sizeof(BAD[0]); i++) {
		struct knowledge k = {0};
		struct diags d = {0};
		char *dir = load(&k, &d, BAD[i].file, BAD[i].content, NULL);
		char *got = diag_lines(&d);
		if (strcmp(got, BAD[i].want) != 0)
			fail_msg("%s:\nexpected:\n%sgot:\n%s", BAD[i].name, BAD[i].want, got);
		EXPECT_INT(BAD[i].name, 0, k.n);
		free(got);
		knowledge_free(&k);
		diags_release(&d);
		rm_rf(dir);
		free(dir);
	}
}

static void test_duplicate_ids_first_wins(void **state)
{
	(void)state;
	struct knowledge k = {0};
	struct diags d = {0};
	char *dir = load(&k, &d, "cards/a.yaml", CARD_OK, "cards/b.yaml", CARD_OK, NULL);
	EXPECT_INT("items", 1, k.n);
	EXPECT_INT("errors", 1, d.errors);
	EXPECT_CONTAINS("duplicate", "'py-one' is also the id of a card in", d.v[0].message);
	if (!strstr(k.v[0].file, "/cards/a.yaml"))
		fail_msg("the first file's card wins, got %s", k.v[0].file);
	knowledge_free(&k);
	diags_release(&d);
	rm_rf(dir);
	free(dir);
}

static void test_same_question_twice(void **state)
{
	(void)state;
	struct knowledge k = {0};
	struct diags d = {0};
	char *other = xstrdup(CARD_OK);
	other[8] = 't'; /* py-one -> py-tne: another id, the same question */
	char *dir = load(&k, &d, "cards/a.yaml", CARD_OK, "cards/b.yaml", other, NULL);
	EXPECT_INT("items", 1, k.n);
	EXPECT_INT("errors", 1, d.errors);
	EXPECT_CONTAINS("duplicate question", "the same question as card 'py-one'", d.v[0].message);
	free(other);
	knowledge_free(&k);
	diags_release(&d);
	rm_rf(dir);
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_valid_card_loads),
	    cmocka_unit_test(test_bad_content_is_named),
	    cmocka_unit_test(test_duplicate_ids_first_wins),
	    cmocka_unit_test(test_same_question_twice),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
