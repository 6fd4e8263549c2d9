/*
 * test_progress.c - unit tests of progress/progress.h: statuses and the list
 * filters, on problems built in memory (the stats are covered end to end by
 * tests/e2e/t0070-history-stats.sh and t0300-serve-api.sh).
 */
#include "testutil.h"

#include "progress/progress.h"

static void test_status(void **state)
{
	struct store_progress pr[] = {
	    {.problem = "a", .status = STORE_SOLVED},
	    {.problem = "b", .status = STORE_ATTEMPTED},
	};
	EXPECT_INT("solved", STORE_SOLVED, progress_status_of(pr, 2, "a"));
	EXPECT_INT("attempted", STORE_ATTEMPTED, progress_status_of(pr, 2, "b"));
	EXPECT_INT("absent", STORE_TODO, progress_status_of(pr, 2, "c"));
	EXPECT_STR("cli", "todo", progress_status_name(STORE_TODO, false));
	EXPECT_STR("web", "new", progress_status_name(STORE_TODO, true));
	EXPECT_STR("solved", "solved", progress_status_name(STORE_SOLVED, true));
}

static void test_filter_check(void **state)
{
	static const struct {
		struct progress_filter f;
		const char *err; /* a part of the message, NULL when valid */
	} cases[] = {
	    {{0}, NULL},
	    {{.difficulty = "easy", .status = "new", .topic = "dsa", .q = "x"}, NULL},
	    {{.status = "todo"}, NULL},
	    {{.difficulty = "EASY"}, "difficulty 'EASY' is not one of easy, medium, hard"},
	    {{.status = "done"}, "status 'done' is not one of new, attempted, solved"},
	    {{.topic = "dsa.nope"}, "topic 'dsa.nope'"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *msg = progress_filter_check(&cases[i].f, true);
		if (cases[i].err)
			EXPECT_CONTAINS("a bad filter", cases[i].err, msg);
		else
			EXPECT_STR("a good filter", NULL, msg);
		free(msg);
	}
	struct progress_filter f = {.status = "done"};
	char *msg = progress_filter_check(&f, false);
	EXPECT_CONTAINS("the CLI's wording", "todo, attempted, solved", msg);
	free(msg);
}

static void test_filter_match(void **state)
{
	char *tops[] = {"dsa.hashing", "dsa.arrays"};
	struct problem p = {
	    .slug = "two-sum", .title = "Two Sum", .difficulty = DIFF_EASY, .topics = {tops, 2}};
	static const struct {
		struct progress_filter f;
		enum store_status s;
		bool want;
	} cases[] = {
	    {{0}, STORE_TODO, true},
	    {{.difficulty = "easy"}, STORE_TODO, true},
	    {{.difficulty = "hard"}, STORE_TODO, false},
	    {{.topic = "dsa"}, STORE_TODO, true},
	    {{.topic = "dsa.arrays"}, STORE_TODO, true},
	    {{.topic = "dsa.graphs"}, STORE_TODO, false},
	    {{.status = "new"}, STORE_TODO, true},
	    {{.status = "todo"}, STORE_TODO, true},
	    {{.status = "new"}, STORE_SOLVED, false},
	    {{.status = "solved"}, STORE_SOLVED, true},
	    {{.status = "attempted"}, STORE_SOLVED, false},
	    {{.q = "two"}, STORE_TODO, true},
	    {{.q = "O SU"}, STORE_TODO, true},
	    {{.q = "o-s"}, STORE_TODO, true},
	    {{.q = "three"}, STORE_TODO, false},
	    {{.q = "two", .difficulty = "medium"}, STORE_TODO, false},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char what[64];
		snprintf(what, sizeof(what), "case %zu", i);
		EXPECT_INT(what, cases[i].want, progress_filter_match(&cases[i].f, &p, cases[i].s));
	}
	json_t *j = progress_problem_json(&p, STORE_ATTEMPTED, true);
	EXPECT_JSON("the list entry",
	            "{\"slug\": \"two-sum\", \"title\": \"Two Sum\", \"difficulty\": \"easy\","
	            " \"topics\": [\"dsa.hashing\", \"dsa.arrays\"], \"status\": \"attempted\"}",
	            j);
	json_decref(j);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_status),
	    cmocka_unit_test(test_filter_check),
	    cmocka_unit_test(test_filter_match),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
