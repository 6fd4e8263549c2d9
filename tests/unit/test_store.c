/*
 * test_store.c - unit tests of the store (store.h) on SQLite.
 *
 * Each test gets a fresh temporary directory with the database path in it and
 * removes the directory afterwards. Where a test needs to look under the
 * interface (schema version, integrity, a lock held by someone else) it uses
 * sqlite3 directly. Tests that fork open their connections only after the
 * fork: SQLite connections must not cross a fork.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "store/store.h"
#include "util/xalloc.h"

struct fx {
	char *dir;
	char *path; /* dir/ace.db, not created by setup */
	store_t *st;
};

/* Failing checks say what they checked, what they expected and what they got. */
#define EXPECT_INT(what, want, got)                                                    \
	do {                                                                           \
		long long w_ = (long long)(want), g_ = (long long)(got);               \
		if (w_ != g_)                                                          \
			fail_msg("%s: expected %lld, got %lld", (what), w_, g_);      \
	} while (0)

#define EXPECT_STR(what, want, got)                                                    \
	do {                                                                           \
		const char *w_ = (want), *g_ = (got);                                  \
		if (!w_ != !g_ || (w_ && strcmp(w_, g_) != 0))                        \
			fail_msg("%s: expected %s%s%s, got %s%s%s", (what),            \
				 w_ ? "\"" : "", w_ ? w_ : "NULL", w_ ? "\"" : "",      \
				 g_ ? "\"" : "", g_ ? g_ : "NULL", g_ ? "\"" : "");     \
	} while (0)

#define EXPECT_CONTAINS(what, needle, hay)                                             \
	do {                                                                           \
		const char *n_ = (needle), *h_ = (hay);                                \
		if (!h_ || !strstr(h_, n_))                                            \
			fail_msg("%s: expected a message containing \"%s\", got %s%s%s", \
				 (what), n_, h_ ? "\"" : "", h_ ? h_ : "NULL",          \
				 h_ ? "\"" : "");                                      \
	} while (0)

/* A store call that must succeed; on failure, say which and why. */
#define EXPECT_OK(st, call)                                                            \
	do {                                                                           \
		if ((call) != 0)                                                       \
			fail_msg("%s: expected success, got failure: %s", #call,       \
				 store_errmsg(st));                                    \
	} while (0)

#define EXPECT_FAIL(st, call)                                                          \
	do {                                                                           \
		if ((call) != -1)                                                      \
			fail_msg("%s: expected failure (-1), got success", #call);     \
	} while (0)

static int setup(void **state)
{
	const char *tmp = getenv("TMPDIR");
	struct fx *fx = xcalloc(1, sizeof(*fx));

	fx->dir = xasprintf("%s/ace-store-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(fx->dir)) {
		fprintf(stderr, "mkdtemp %s: %s\n", fx->dir, strerror(errno));
		free(fx->dir);
		free(fx);
		return -1;
	}
	fx->path = xasprintf("%s/ace.db", fx->dir);
	unsetenv("ACE_NOW");
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;
	struct dirent *e;
	DIR *d;

	store_free(fx->st);
	unsetenv("ACE_NOW");
	d = opendir(fx->dir);
	if (d) {
		while ((e = readdir(d))) {
			if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
				unlinkat(dirfd(d), e->d_name, 0);
		}
		closedir(d);
	}
	rmdir(fx->dir);
	free(fx->path);
	free(fx->dir);
	free(fx);
	return 0;
}

static store_t *open_ok(struct fx *fx)
{
	char *err = NULL;
	store_t *st = NULL;

	if (store_open(fx->path, &st, &err) != 0) {
		fail_msg("store_open(%s): expected success, got: %s", fx->path,
			 err ? err : "(no message)");
	}
	if (!st)
		fail_msg("store_open(%s): expected a handle, got NULL", fx->path);
	return st;
}

/* Open the store in fx->st for the test (closed by teardown). */
static void open_fx(struct fx *fx)
{
	fx->st = open_ok(fx);
}

static sqlite3 *raw_open(const char *path)
{
	sqlite3 *db = NULL;

	if (sqlite3_open(path, &db) != SQLITE_OK)
		fail_msg("sqlite3_open(%s): expected success, got: %s", path, sqlite3_errmsg(db));
	sqlite3_busy_timeout(db, 5000);
	return db;
}

static void raw_exec(const char *path, const char *sql)
{
	sqlite3 *db = raw_open(path);

	if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
		fail_msg("%s: expected success, got: %s", sql, sqlite3_errmsg(db));
	sqlite3_close(db);
}

/* The first column of the first row of sql, as a string the caller frees; NULL if no row. */
static char *raw_text(const char *path, const char *sql)
{
	sqlite3 *db = raw_open(path);
	sqlite3_stmt *stmt = NULL;
	char *s = NULL;
	int rc;

	if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK)
		fail_msg("prepare %s: expected success, got: %s", sql, sqlite3_errmsg(db));
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW && sqlite3_column_text(stmt, 0))
		s = xstrdup((const char *)sqlite3_column_text(stmt, 0));
	else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		fail_msg("%s: expected a row, got: %s", sql, sqlite3_errmsg(db));
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	return s;
}

static long long raw_int(const char *path, const char *sql)
{
	char *s = raw_text(path, sql);
	long long v;

	if (!s)
		fail_msg("%s: expected a number, got no row", sql);
	v = strtoll(s, NULL, 10);
	free(s);
	return v;
}

/* Add a bare submission (no tests); created_at NULL lets the store stamp it. */
static int64_t add_sub(store_t *st, const char *problem, const char *kind,
		       const char *verdict, const char *created_at)
{
	struct store_submission s = {
		.problem = (char *)problem,
		.kind = (char *)kind,
		.created_at = (char *)created_at,
		.code = "print(42)\n",
		.verdict = (char *)verdict,
		.passed = 1,
		.total = 2,
	};

	if (store_add_submission(st, &s) != 0)
		fail_msg("add %s (%s, %s): expected success, got: %s", problem, kind, verdict,
			 store_errmsg(st));
	if (s.id <= 0)
		fail_msg("add %s: expected an id > 0, got %lld", problem, (long long)s.id);
	if (!created_at)
		free(s.created_at);
	return s.id;
}

static size_t count_subs(store_t *st, const char *problem)
{
	struct store_submission *arr;
	size_t n;

	EXPECT_OK(st, store_list_submissions(st, problem, 0, &arr, &n));
	store_submissions_free(arr, n);
	return n;
}

static void test_open_creates_schema(void **state)
{
	struct fx *fx = *state;
	char *mode;
	int v;

	open_fx(fx);
	v = store_schema_version(fx->st);
	if (v < 1)
		fail_msg("schema version: expected >= 1 after migrations, got %d", v);
	EXPECT_INT("PRAGMA user_version", v, raw_int(fx->path, "PRAGMA user_version"));
	EXPECT_INT("tables submissions, submission_tests, drafts", 3,
		   raw_int(fx->path, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
				     " AND name IN ('submissions', 'submission_tests', 'drafts')"));
	EXPECT_INT("indexes on submissions", 2,
		   raw_int(fx->path, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"
				     " AND tbl_name = 'submissions' AND sql IS NOT NULL"));
	mode = raw_text(fx->path, "PRAGMA journal_mode");
	EXPECT_STR("journal_mode", "wal", mode);
	free(mode);
	EXPECT_STR("errmsg before any failure", "no error", store_errmsg(fx->st));
}

static void test_reopen_idempotent(void **state)
{
	struct fx *fx = *state;
	store_t *second;
	char *code = NULL;
	int v;

	open_fx(fx);
	v = store_schema_version(fx->st);
	add_sub(fx->st, "two-sum", "submit", "accepted", NULL);
	EXPECT_OK(fx->st, store_put_draft(fx->st, "two-sum", "pass\n"));
	store_free(fx->st);
	fx->st = NULL;

	open_fx(fx);
	EXPECT_INT("schema version after reopen", v, store_schema_version(fx->st));
	EXPECT_INT("user_version after reopen", v, raw_int(fx->path, "PRAGMA user_version"));
	EXPECT_INT("submissions after reopen", 1, count_subs(fx->st, NULL));
	EXPECT_OK(fx->st, store_get_draft(fx->st, "two-sum", &code, NULL));
	EXPECT_STR("draft after reopen", "pass\n", code);
	free(code);

	/* A second handle on the same file at the same time, like the CLI beside the server. */
	second = open_ok(fx);
	EXPECT_INT("second handle's schema version", v, store_schema_version(second));
	add_sub(second, "two-sum", "test", "accepted", NULL);
	EXPECT_INT("submissions seen by the first handle", 2, count_subs(fx->st, NULL));
	store_free(second);
}

static void test_refuse_newer_schema(void **state)
{
	struct fx *fx = *state;
	store_t *st = (store_t *)1;
	char *err = NULL, *want;
	int v;

	open_fx(fx);
	v = store_schema_version(fx->st);
	store_free(fx->st);
	fx->st = NULL;
	raw_exec(fx->path, "PRAGMA user_version = 99");

	EXPECT_INT("store_open of a newer database", -1, store_open(fx->path, &st, &err));
	if (st)
		fail_msg("store_open of a newer database: expected *out NULL, got a handle");
	want = xasprintf("database schema version 99 is newer than this ace (%d); upgrade ace", v);
	EXPECT_CONTAINS("store_open error", want, err);
	EXPECT_CONTAINS("store_open error names the file", fx->path, err);
	free(want);
	free(err);
	EXPECT_INT("user_version left alone", 99, raw_int(fx->path, "PRAGMA user_version"));
}

static void test_open_errors(void **state)
{
	struct fx *fx = *state;
	store_t *st = NULL;
	char *err = NULL, *path;
	FILE *f;

	path = xasprintf("%s/missing/ace.db", fx->dir);
	EXPECT_INT("store_open in a missing directory", -1, store_open(path, &st, &err));
	EXPECT_CONTAINS("its message names the file", path, err);
	EXPECT_CONTAINS("its message says why", "unable to open", err);
	free(err);
	err = NULL;
	/* err may be NULL when the caller does not want the message. */
	EXPECT_INT("store_open with err NULL", -1, store_open(path, &st, NULL));
	free(path);

	f = fopen(fx->path, "w");
	if (!f)
		fail_msg("fopen %s: %s", fx->path, strerror(errno));
	for (int i = 0; i < 100; i++)
		fputs("this is not an SQLite database, just text. ", f);
	fclose(f);
	EXPECT_INT("store_open of a text file", -1, store_open(fx->path, &st, &err));
	EXPECT_CONTAINS("its message", "file is not a database", err);
	free(err);
}

static void test_add_get_roundtrip(void **state)
{
	struct fx *fx = *state;
	struct store_test tests[3] = {
		{ "example 1", "passed", 12, 15, 9000, NULL },
		{ "example 2", "wrong_answer", 13, 16, 9100, "expected [0, 1], got [1, 0]" },
		{ "large", "time_limit", 2000, 2100, 48000, "" },
	};
	struct store_submission s = {
		.problem = "two-sum",
		.kind = "submit",
		.code = "def two_sum(a, t):\n\treturn []\n",
		.verdict = "wrong_answer",
		.passed = 1,
		.total = 3,
		.cpu_ms = 2000,
		.wall_ms = 2100,
		.peak_kb = 48000,
		.result_json = "{\"verdict\": \"wrong_answer\"}",
		.tests = tests,
		.ntests = 3,
	};
	struct store_submission got;

	setenv("ACE_NOW", "2026-11-25T12:00:00Z", 1);
	open_fx(fx);
	EXPECT_OK(fx->st, store_add_submission(fx->st, &s));
	if (s.id <= 0)
		fail_msg("id: expected > 0, got %lld", (long long)s.id);
	EXPECT_STR("created_at set from ACE_NOW", "2026-11-25T12:00:00Z", s.created_at);

	EXPECT_OK(fx->st, store_get_submission(fx->st, s.id, &got));
	EXPECT_INT("id", s.id, got.id);
	EXPECT_STR("problem", "two-sum", got.problem);
	EXPECT_STR("kind", "submit", got.kind);
	EXPECT_STR("created_at", "2026-11-25T12:00:00Z", got.created_at);
	EXPECT_STR("code", s.code, got.code);
	EXPECT_STR("verdict", "wrong_answer", got.verdict);
	EXPECT_INT("passed", 1, got.passed);
	EXPECT_INT("total", 3, got.total);
	EXPECT_INT("cpu_ms", 2000, got.cpu_ms);
	EXPECT_INT("wall_ms", 2100, got.wall_ms);
	EXPECT_INT("peak_kb", 48000, got.peak_kb);
	EXPECT_STR("result_json", s.result_json, got.result_json);
	EXPECT_INT("ntests", 3, got.ntests);
	for (size_t i = 0; i < 3; i++) {
		EXPECT_STR("test name", tests[i].name, got.tests[i].name);
		EXPECT_STR("test status", tests[i].status, got.tests[i].status);
		EXPECT_INT("test cpu_ms", tests[i].cpu_ms, got.tests[i].cpu_ms);
		EXPECT_INT("test wall_ms", tests[i].wall_ms, got.tests[i].wall_ms);
		EXPECT_INT("test peak_kb", tests[i].peak_kb, got.tests[i].peak_kb);
		EXPECT_STR("test message", tests[i].message, got.tests[i].message);
	}
	store_submission_release(&got);
	free(s.created_at);

	/* A caller's created_at is kept; no tests and no result_json are fine. */
	s.created_at = "2025-01-02T03:04:05Z";
	s.tests = NULL;
	s.ntests = 0;
	s.result_json = NULL;
	EXPECT_OK(fx->st, store_add_submission(fx->st, &s));
	EXPECT_OK(fx->st, store_get_submission(fx->st, s.id, &got));
	EXPECT_STR("caller's created_at", "2025-01-02T03:04:05Z", got.created_at);
	EXPECT_STR("NULL result_json", NULL, got.result_json);
	EXPECT_INT("ntests of a submission without tests", 0, got.ntests);
	if (got.tests)
		fail_msg("tests of a submission without tests: expected NULL, got an array");
	store_submission_release(&got);
}

static void test_add_is_atomic(void **state)
{
	struct fx *fx = *state;
	struct store_test tests[2] = {
		{ "ok", "passed", 1, 1, 1, NULL },
		{ NULL, "passed", 1, 1, 1, NULL }, /* violates NOT NULL, after a row was written */
	};
	struct store_submission s = {
		.problem = "p", .kind = "submit", .code = "x", .verdict = "accepted",
		.tests = tests, .ntests = 2,
	};

	open_fx(fx);
	EXPECT_FAIL(fx->st, store_add_submission(fx->st, &s));
	EXPECT_CONTAINS("error for a NULL test name",
			"insert submission: NOT NULL constraint failed: submission_tests.name",
			store_errmsg(fx->st));
	EXPECT_INT("id left alone on failure", 0, s.id);
	EXPECT_STR("created_at left alone on failure", NULL, s.created_at);
	EXPECT_INT("submissions after the failed add", 0, count_subs(fx->st, NULL));
	EXPECT_INT("test rows after the failed add", 0,
		   raw_int(fx->path, "SELECT COUNT(*) FROM submission_tests"));

	s.ntests = 1;
	s.kind = "practice";
	EXPECT_FAIL(fx->st, store_add_submission(fx->st, &s));
	EXPECT_CONTAINS("error for a bad kind", "insert submission: CHECK constraint failed",
			store_errmsg(fx->st));
	EXPECT_INT("submissions after the bad kind", 0, count_subs(fx->st, NULL));

	/* The handle is still usable: nothing is left in a transaction. */
	s.kind = "submit";
	EXPECT_OK(fx->st, store_add_submission(fx->st, &s));
	free(s.created_at);
	EXPECT_INT("submissions after a good add", 1, count_subs(fx->st, NULL));
}

static void test_bad_times(void **state)
{
	struct fx *fx = *state;
	static const char *const bad[] = {
		"2026-02-30T00:00:00Z", "2026-11-25 12:00:00", "2026-11-25T12:00:00",
		"2026-11-25T24:00:00Z", "2026-1-25T12:00:00Z", "yesterday", "",
	};
	struct store_submission s = {
		.problem = "p", .kind = "submit", .code = "x", .verdict = "accepted",
	};
	struct store_day *days = NULL;
	size_t n = 0;
	char *code = NULL;

	open_fx(fx);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		s.created_at = (char *)bad[i];
		if (store_add_submission(fx->st, &s) != -1)
			fail_msg("created_at \"%s\": expected refusal, got success", bad[i]);
		EXPECT_CONTAINS("refused created_at", "is not a UTC time", store_errmsg(fx->st));
	}
	EXPECT_INT("submissions after bad times", 0, count_subs(fx->st, NULL));

	setenv("ACE_NOW", "next tuesday", 1);
	s.created_at = NULL;
	EXPECT_FAIL(fx->st, store_add_submission(fx->st, &s));
	EXPECT_CONTAINS("bad ACE_NOW on insert", "insert submission: ACE_NOW=\"next tuesday\"",
			store_errmsg(fx->st));
	EXPECT_FAIL(fx->st, store_put_draft(fx->st, "p", "x"));
	EXPECT_CONTAINS("bad ACE_NOW on draft", "put draft: ACE_NOW", store_errmsg(fx->st));
	EXPECT_FAIL(fx->st, store_activity(fx->st, 7, &days, &n));
	EXPECT_CONTAINS("bad ACE_NOW on activity", "activity: ACE_NOW", store_errmsg(fx->st));
	EXPECT_OK(fx->st, store_get_draft(fx->st, "p", &code, NULL));
	EXPECT_STR("draft after the refused put", NULL, code);
}

static void test_list_newest_first(void **state)
{
	struct fx *fx = *state;
	struct store_submission *arr;
	size_t n;
	int64_t a10, b11, a09, a11;

	open_fx(fx);
	EXPECT_OK(fx->st, store_list_submissions(fx->st, NULL, 0, &arr, &n));
	EXPECT_INT("listing of an empty store", 0, n);
	store_submissions_free(arr, n);

	a10 = add_sub(fx->st, "a", "submit", "wrong_answer", "2026-11-25T10:00:00Z");
	b11 = add_sub(fx->st, "b", "test", "accepted", "2026-11-25T11:00:00Z");
	a09 = add_sub(fx->st, "a", "submit", "runtime_error", "2026-11-25T09:00:00Z");
	a11 = add_sub(fx->st, "a", "submit", "accepted", "2026-11-25T11:00:00Z");

	/* Same second: the later id is newer. */
	EXPECT_OK(fx->st, store_list_submissions(fx->st, NULL, 0, &arr, &n));
	EXPECT_INT("all: count", 4, n);
	EXPECT_INT("all: 1st", a11, arr[0].id);
	EXPECT_INT("all: 2nd", b11, arr[1].id);
	EXPECT_INT("all: 3rd", a10, arr[2].id);
	EXPECT_INT("all: 4th", a09, arr[3].id);
	for (size_t i = 0; i < n; i++) {
		if (arr[i].code || arr[i].result_json || arr[i].tests || arr[i].ntests)
			fail_msg("listing entry %zu: expected code, result_json and tests left out, "
				 "got code=%p result_json=%p tests=%p ntests=%zu",
				 i, (void *)arr[i].code, (void *)arr[i].result_json,
				 (void *)arr[i].tests, arr[i].ntests);
	}
	EXPECT_STR("listing keeps problem", "b", arr[1].problem);
	EXPECT_STR("listing keeps kind", "test", arr[1].kind);
	EXPECT_STR("listing keeps verdict", "accepted", arr[1].verdict);
	EXPECT_STR("listing keeps created_at", "2026-11-25T11:00:00Z", arr[1].created_at);
	EXPECT_INT("listing keeps passed", 1, arr[1].passed);
	EXPECT_INT("listing keeps total", 2, arr[1].total);
	store_submissions_free(arr, n);

	EXPECT_OK(fx->st, store_list_submissions(fx->st, "a", 0, &arr, &n));
	EXPECT_INT("problem a: count", 3, n);
	EXPECT_INT("problem a: 1st", a11, arr[0].id);
	EXPECT_INT("problem a: 2nd", a10, arr[1].id);
	EXPECT_INT("problem a: 3rd", a09, arr[2].id);
	store_submissions_free(arr, n);

	EXPECT_OK(fx->st, store_list_submissions(fx->st, NULL, 2, &arr, &n));
	EXPECT_INT("limit 2: count", 2, n);
	EXPECT_INT("limit 2: 1st", a11, arr[0].id);
	EXPECT_INT("limit 2: 2nd", b11, arr[1].id);
	store_submissions_free(arr, n);

	EXPECT_OK(fx->st, store_list_submissions(fx->st, "a", 1, &arr, &n));
	EXPECT_INT("problem a, limit 1: count", 1, n);
	EXPECT_INT("problem a, limit 1: 1st", a11, arr[0].id);
	store_submissions_free(arr, n);

	EXPECT_OK(fx->st, store_list_submissions(fx->st, "zzz", 0, &arr, &n));
	EXPECT_INT("unknown problem: count", 0, n);
	store_submissions_free(arr, n);
}

static void test_progress(void **state)
{
	struct fx *fx = *state;
	struct store_progress *p;
	size_t n;

	open_fx(fx);
	EXPECT_OK(fx->st, store_list_progress(fx->st, &p, &n));
	EXPECT_INT("progress of an empty store", 0, n);
	store_progress_free(p, n);

	add_sub(fx->st, "two-sum", "submit", "wrong_answer", "2026-11-20T10:00:00Z");
	add_sub(fx->st, "two-sum", "submit", "accepted", "2026-11-21T10:00:00Z");
	add_sub(fx->st, "two-sum", "submit", "accepted", "2026-11-22T10:00:00Z");
	add_sub(fx->st, "two-sum", "test", "wrong_answer", "2026-11-23T10:00:00Z");
	/* Accepted as a test run only: attempted, not solved. */
	add_sub(fx->st, "lru-cache", "submit", "time_limit", "2026-11-20T08:00:00Z");
	add_sub(fx->st, "lru-cache", "test", "accepted", "2026-11-24T08:00:00Z");
	/* Only test runs: not attempted, so not listed (todo). */
	add_sub(fx->st, "only-tests", "test", "accepted", "2026-11-24T09:00:00Z");

	EXPECT_OK(fx->st, store_list_progress(fx->st, &p, &n));
	EXPECT_INT("problems with progress", 2, n);
	EXPECT_STR("1st by slug", "lru-cache", p[0].problem);
	EXPECT_INT("lru-cache status (ATTEMPTED=1)", STORE_ATTEMPTED, p[0].status);
	EXPECT_INT("lru-cache attempts", 1, p[0].attempts);
	EXPECT_STR("lru-cache last_at", "2026-11-20T08:00:00Z", p[0].last_at);
	EXPECT_STR("lru-cache solved_at", NULL, p[0].solved_at);
	EXPECT_STR("2nd by slug", "two-sum", p[1].problem);
	EXPECT_INT("two-sum status (SOLVED=2)", STORE_SOLVED, p[1].status);
	EXPECT_INT("two-sum attempts", 3, p[1].attempts);
	EXPECT_STR("two-sum last_at", "2026-11-22T10:00:00Z", p[1].last_at);
	EXPECT_STR("two-sum solved_at (first accepted)", "2026-11-21T10:00:00Z", p[1].solved_at);
	for (size_t i = 0; i < n; i++) {
		if (!strcmp(p[i].problem, "only-tests"))
			fail_msg("only-tests: expected absent (todo), got status %d", p[i].status);
	}
	store_progress_free(p, n);
}

static void test_drafts(void **state)
{
	struct fx *fx = *state;
	char *code = (char *)1, *at = (char *)1;

	open_fx(fx);
	EXPECT_OK(fx->st, store_get_draft(fx->st, "two-sum", &code, &at));
	EXPECT_STR("absent draft's code", NULL, code);
	EXPECT_STR("absent draft's updated_at", NULL, at);

	setenv("ACE_NOW", "2026-11-25T12:00:00Z", 1);
	EXPECT_OK(fx->st, store_put_draft(fx->st, "two-sum", "def f():\n\tpass\n"));
	EXPECT_OK(fx->st, store_get_draft(fx->st, "two-sum", &code, &at));
	EXPECT_STR("draft code", "def f():\n\tpass\n", code);
	EXPECT_STR("draft updated_at", "2026-11-25T12:00:00Z", at);
	free(code);
	free(at);

	setenv("ACE_NOW", "2026-11-25T12:05:00Z", 1);
	EXPECT_OK(fx->st, store_put_draft(fx->st, "two-sum", "def f():\n\treturn 1\n"));
	EXPECT_OK(fx->st, store_put_draft(fx->st, "lru-cache", "class LRU: pass\n"));
	EXPECT_OK(fx->st, store_get_draft(fx->st, "two-sum", &code, &at));
	EXPECT_STR("overwritten draft code", "def f():\n\treturn 1\n", code);
	EXPECT_STR("overwritten draft updated_at", "2026-11-25T12:05:00Z", at);
	free(code);
	free(at);
	EXPECT_INT("one row per problem", 2, raw_int(fx->path, "SELECT COUNT(*) FROM drafts"));

	/* updated_at may be NULL when the caller only wants the code. */
	EXPECT_OK(fx->st, store_get_draft(fx->st, "lru-cache", &code, NULL));
	EXPECT_STR("other problem's draft", "class LRU: pass\n", code);
	free(code);
	EXPECT_OK(fx->st, store_put_draft(fx->st, "empty", ""));
	EXPECT_OK(fx->st, store_get_draft(fx->st, "empty", &code, NULL));
	EXPECT_STR("empty draft is a draft", "", code);
	free(code);
}

static void expect_day(const struct store_day *d, const char *day, int subs, int acc)
{
	if (strcmp(d->day, day) != 0 || d->submissions != subs || d->accepted != acc)
		fail_msg("activity: expected {%s, %d submissions, %d accepted}, "
			 "got {%s, %d, %d}", day, subs, acc, d->day, d->submissions, d->accepted);
}

static void test_activity(void **state)
{
	struct fx *fx = *state;
	struct store_day *d;
	size_t n;

	setenv("ACE_NOW", "2026-11-25T12:00:00Z", 1);
	open_fx(fx);
	add_sub(fx->st, "a", "submit", "accepted", "2026-11-25T01:00:00Z");
	add_sub(fx->st, "a", "submit", "wrong_answer", "2026-11-24T10:00:00Z");
	add_sub(fx->st, "b", "submit", "accepted", "2026-11-24T11:00:00Z");
	add_sub(fx->st, "b", "test", "accepted", "2026-11-24T12:00:00Z"); /* not counted */
	add_sub(fx->st, "c", "submit", "accepted", "2026-11-19T00:00:00Z"); /* 7th day back */
	add_sub(fx->st, "c", "submit", "wrong_answer", "2026-11-18T23:59:59Z"); /* 8th */
	add_sub(fx->st, "c", "submit", "accepted", "2026-11-26T00:00:01Z"); /* after today */

	EXPECT_OK(fx->st, store_activity(fx->st, 7, &d, &n));
	EXPECT_INT("days with activity in the last 7", 3, n);
	expect_day(&d[0], "2026-11-19", 1, 1);
	expect_day(&d[1], "2026-11-24", 2, 1);
	expect_day(&d[2], "2026-11-25", 1, 1);
	free(d);

	EXPECT_OK(fx->st, store_activity(fx->st, 1, &d, &n));
	EXPECT_INT("days with activity in the last 1", 1, n);
	expect_day(&d[0], "2026-11-25", 1, 1);
	free(d);

	EXPECT_OK(fx->st, store_activity(fx->st, 8, &d, &n));
	EXPECT_INT("days with activity in the last 8", 4, n);
	expect_day(&d[0], "2026-11-18", 1, 0);
	free(d);

	/* Moving now moves the window. */
	setenv("ACE_NOW", "2026-12-31T00:00:00Z", 1);
	EXPECT_OK(fx->st, store_activity(fx->st, 7, &d, &n));
	EXPECT_INT("days with activity a month later", 0, n);
	free(d);
	EXPECT_OK(fx->st, store_activity(fx->st, 1000000, &d, &n));
	EXPECT_INT("days with activity over a huge window", 5, n);
	free(d);

	EXPECT_FAIL(fx->st, store_activity(fx->st, 0, &d, &n));
	EXPECT_CONTAINS("activity over 0 days", "activity: ", store_errmsg(fx->st));
}

static void test_get_missing(void **state)
{
	struct fx *fx = *state;
	struct store_submission got;
	int64_t id;

	open_fx(fx);
	if (store_get_submission(fx->st, 42, &got) != STORE_NOTFOUND)
		fail_msg("a missing submission: expected STORE_NOTFOUND");
	EXPECT_CONTAINS("missing submission", "no submission 42", store_errmsg(fx->st));
	if (got.problem || got.code || got.tests)
		fail_msg("failed get: expected a zeroed struct, got fields set");
	store_submission_release(&got); /* harmless on a failed get */

	id = add_sub(fx->st, "a", "submit", "accepted", NULL);
	if (store_get_submission(fx->st, id + 1, &got) != STORE_NOTFOUND)
		fail_msg("the next id: expected STORE_NOTFOUND");
	EXPECT_CONTAINS("next id", "no submission", store_errmsg(fx->st));
	EXPECT_OK(fx->st, store_get_submission(fx->st, id, &got));
	store_submission_release(&got);
}

static void test_injection_slugs(void **state)
{
	struct fx *fx = *state;
	static const char *const slugs[] = {
		"x'); DROP TABLE submissions; --",
		"a' OR '1'='1",
		"\"; DELETE FROM drafts; --",
		"%s%s%n",
		"?1 ? :name $x @y",
		"ünïcödé-∑",
	};
	const size_t nslugs = sizeof(slugs) / sizeof(slugs[0]);
	struct store_submission *arr;
	struct store_progress *p;
	size_t n;
	char *code;

	open_fx(fx);
	for (size_t i = 0; i < nslugs; i++) {
		add_sub(fx->st, slugs[i], "submit", "accepted", NULL);
		EXPECT_OK(fx->st, store_put_draft(fx->st, slugs[i], slugs[i]));
	}
	EXPECT_INT("all submissions still there", nslugs, count_subs(fx->st, NULL));
	for (size_t i = 0; i < nslugs; i++) {
		EXPECT_OK(fx->st, store_list_submissions(fx->st, slugs[i], 0, &arr, &n));
		EXPECT_INT(slugs[i], 1, n);
		EXPECT_STR("slug stored literally", slugs[i], arr[0].problem);
		store_submissions_free(arr, n);
		EXPECT_OK(fx->st, store_get_draft(fx->st, slugs[i], &code, NULL));
		EXPECT_STR("draft under a literal slug", slugs[i], code);
		free(code);
	}
	EXPECT_OK(fx->st, store_list_progress(fx->st, &p, &n));
	EXPECT_INT("progress entries", nslugs, n);
	store_progress_free(p, n);
	EXPECT_INT("drafts table intact", nslugs, raw_int(fx->path, "SELECT COUNT(*) FROM drafts"));
}

static void sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) == -1 && errno == EINTR)
		;
}

static long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/*
 * Child: take the write lock with a raw connection, tell the parent on fd,
 * hold it hold_ms (forever if negative), commit. Never returns.
 */
static void lock_child(const char *path, int fd, long hold_ms)
{
	sqlite3 *db = NULL;
	char c = 'L';

	if (sqlite3_open(path, &db) != SQLITE_OK)
		_exit(2);
	sqlite3_busy_timeout(db, 5000);
	if (sqlite3_exec(db, "BEGIN IMMEDIATE; INSERT INTO drafts (problem, code, updated_at)"
			     " VALUES ('held', 'x', '2026-01-01T00:00:00Z')",
			 NULL, NULL, NULL) != SQLITE_OK)
		_exit(3);
	if (write(fd, &c, 1) != 1)
		_exit(4);
	if (hold_ms < 0) {
		for (;;)
			pause();
	}
	sleep_ms(hold_ms);
	if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		_exit(5);
	sqlite3_close(db);
	_exit(0);
}

/* Fork lock_child on a fresh store and wait until it holds the lock. */
static pid_t start_locker(struct fx *fx, long hold_ms)
{
	int p[2];
	pid_t pid;
	char c;

	store_free(open_ok(fx)); /* create the schema; no connection crosses the fork */
	if (pipe(p) != 0)
		fail_msg("pipe: %s", strerror(errno));
	pid = fork();
	if (pid < 0)
		fail_msg("fork: %s", strerror(errno));
	if (pid == 0) {
		close(p[0]);
		lock_child(fx->path, p[1], hold_ms);
	}
	close(p[1]);
	if (read(p[0], &c, 1) != 1)
		fail_msg("locker: expected it to report the lock, got EOF (it failed)");
	close(p[0]);
	return pid;
}

static void test_busy_waits(void **state)
{
	struct fx *fx = *state;
	pid_t pid = start_locker(fx, 400);
	struct store_submission s = {
		.problem = "a", .kind = "submit", .code = "x", .verdict = "accepted",
	};
	long long t0, waited;
	char *code = NULL;
	int rc, status;

	open_fx(fx);
	t0 = now_ms();
	rc = store_add_submission(fx->st, &s);
	waited = now_ms() - t0;
	waitpid(pid, &status, 0);
	if (rc != 0)
		fail_msg("add under another writer's lock: expected it to wait and succeed, got: %s",
			 store_errmsg(fx->st));
	free(s.created_at);
	if (waited < 100)
		fail_msg("add under another writer's lock: expected to wait ~400 ms, got %lld ms",
			 waited);
	EXPECT_INT("locker's exit status", 0, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
	EXPECT_OK(fx->st, store_get_draft(fx->st, "held", &code, NULL));
	EXPECT_STR("the locker's write", "x", code);
	free(code);
}

static void test_locked_message(void **state)
{
	struct fx *fx = *state;
	pid_t pid = start_locker(fx, -1);
	struct store_submission s = {
		.problem = "a", .kind = "submit", .code = "x", .verdict = "accepted",
	};
	int rc;

	open_fx(fx);
	rc = store_add_submission(fx->st, &s); /* waits out the busy timeout */
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	EXPECT_INT("add while another process holds the lock", -1, rc);
	EXPECT_STR("its message", "insert submission: database is locked", store_errmsg(fx->st));
	EXPECT_INT("submissions after the locked add", 0, count_subs(fx->st, NULL));
}

/* Child of test_concurrent_open: wait at the gate, then open and add. Never returns. */
static void open_add_child(const char *path, int gate, int i, int nadd)
{
	store_t *st = NULL;
	char *err = NULL;
	char c;

	if (read(gate, &c, 1) != 0)
		_exit(4);
	if (store_open(path, &st, &err) != 0) {
		fprintf(stderr, "process %d: %s\n", i, err);
		_exit(2);
	}
	for (int j = 0; j < nadd; j++) {
		struct store_submission s = {
			.problem = "p", .kind = "submit", .code = "x",
			.verdict = "accepted", .created_at = "2026-11-25T12:00:00Z",
		};

		if (store_add_submission(st, &s) != 0) {
			fprintf(stderr, "process %d: %s\n", i, store_errmsg(st));
			_exit(3);
		}
	}
	store_free(st);
	_exit(0);
}

/*
 * Several processes creating the same new database at once: each must wait
 * for the others (schema created once, WAL switched once), none may fail.
 * The race is timing-dependent, so it is run on several fresh files.
 */
static void test_concurrent_open(void **state)
{
	struct fx *fx = *state;
	enum { NROUND = 8, NPROC = 12, NADD = 10 };

	for (int round = 0; round < NROUND; round++) {
		char *path = xasprintf("%s/concurrent-%d.db", fx->dir, round);
		pid_t pids[NPROC];
		int gate[2], bad = -1, bad_status = 0;
		store_t *st;

		/* The children start together when the parent closes the gate. */
		if (pipe(gate) != 0)
			fail_msg("pipe: %s", strerror(errno));
		for (int i = 0; i < NPROC; i++) {
			pids[i] = fork();
			if (pids[i] < 0)
				fail_msg("fork: %s", strerror(errno));
			if (pids[i] == 0) {
				close(gate[1]);
				open_add_child(path, gate[0], i, NADD);
			}
		}
		close(gate[0]);
		close(gate[1]);
		/* Reap them all before failing, so none outlives the test's directory. */
		for (int i = 0; i < NPROC; i++) {
			int status;

			waitpid(pids[i], &status, 0);
			if ((!WIFEXITED(status) || WEXITSTATUS(status) != 0) && bad < 0) {
				bad = i;
				bad_status = status;
			}
		}
		if (bad >= 0)
			fail_msg("round %d, process %d opening a new store: expected exit 0, "
				 "got status %d", round, bad, bad_status);
		free(fx->path);
		fx->path = path;
		st = open_ok(fx);
		EXPECT_INT("submissions from all processes", NPROC * NADD, count_subs(st, NULL));
		EXPECT_INT("user_version", store_schema_version(st),
			   raw_int(path, "PRAGMA user_version"));
		store_free(st);
	}
}

/*
 * Child: add submissions in a loop, reporting each id on fd only after the
 * call returned it. Never returns; the parent kills it.
 */
static void crash_child(const char *path, int fd)
{
	store_t *st = NULL;

	if (store_open(path, &st, NULL) != 0)
		_exit(2);
	for (int i = 0; i < 1000000; i++) {
		struct store_test tests[3] = {
			{ "t1", "passed", 1, 2, 3, NULL },
			{ "t2", "passed", 4, 5, 6, "fine" },
			{ "t3", "wrong_answer", 7, 8, 9, "expected 1, got 2" },
		};
		struct store_submission s = {
			.problem = "crash", .kind = i % 2 ? "submit" : "test",
			.code = "def f(x):\n\treturn x\n", .verdict = "wrong_answer",
			.passed = 2, .total = 3, .result_json = "{}",
			.tests = tests, .ntests = 3,
		};
		int64_t id;

		if (store_add_submission(st, &s) != 0)
			_exit(3);
		id = s.id;
		free(s.created_at);
		if (write(fd, &id, sizeof(id)) != (ssize_t)sizeof(id))
			_exit(4);
	}
	_exit(0);
}

/* Read one id; 0 at EOF. Writes of 8 bytes to a pipe are atomic, reads may still split. */
static int read_id(int fd, int64_t *id)
{
	size_t got = 0;

	while (got < sizeof(*id)) {
		ssize_t r = read(fd, (char *)id + got, sizeof(*id) - got);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	if (got != 0 && got != sizeof(*id))
		fail_msg("id pipe: expected %zu bytes, got %zu", sizeof(*id), got);
	return got == sizeof(*id);
}

static void test_crash_durability(void **state)
{
	struct fx *fx = *state;
	int64_t *ids = NULL, id;
	size_t nids = 0, cap = 0;

	store_free(open_ok(fx));
	for (int round = 0; round < 3; round++) {
		size_t target = nids + 30 + (size_t)round * 47;
		int p[2], status;
		pid_t pid;
		char *check;

		if (pipe(p) != 0)
			fail_msg("pipe: %s", strerror(errno));
		pid = fork();
		if (pid < 0)
			fail_msg("fork: %s", strerror(errno));
		if (pid == 0) {
			close(p[0]);
			crash_child(fx->path, p[1]);
		}
		close(p[1]);
		/* Everything reported before and after the kill must be there. */
		for (int killed = 0; read_id(p[0], &id);) {
			if (nids == cap) {
				cap = cap ? cap * 2 : 256;
				ids = xreallocarray(ids, cap, sizeof(*ids));
			}
			ids[nids++] = id;
			if (!killed && nids >= target) {
				kill(pid, SIGKILL);
				killed = 1;
			}
		}
		close(p[0]);
		waitpid(pid, &status, 0);
		if (!WIFSIGNALED(status) || WTERMSIG(status) != SIGKILL)
			fail_msg("round %d: expected the writer killed by SIGKILL, got %s %d "
				 "(it stopped by itself after %zu ids)", round,
				 WIFEXITED(status) ? "exit status" : "status",
				 WIFEXITED(status) ? WEXITSTATUS(status) : status, nids);

		check = raw_text(fx->path, "PRAGMA integrity_check");
		EXPECT_STR("integrity_check after SIGKILL", "ok", check);
		free(check);

		open_fx(fx);
		for (size_t i = 0; i < nids; i++) {
			struct store_submission got;

			if (store_get_submission(fx->st, ids[i], &got) != 0)
				fail_msg("round %d: id %lld was reported stored; expected it present, "
					 "got: %s", round, (long long)ids[i], store_errmsg(fx->st));
			EXPECT_STR("problem of a reported id", "crash", got.problem);
			EXPECT_INT("tests of a reported id", 3, got.ntests);
			store_submission_release(&got);
		}
		if (count_subs(fx->st, NULL) < nids)
			fail_msg("round %d: expected at least %zu submissions, got fewer", round, nids);
		/* Still writable after the crash. */
		add_sub(fx->st, "after-crash", "submit", "accepted", NULL);
		store_free(fx->st);
		fx->st = NULL;
	}
	free(ids);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_open_creates_schema),
		T(test_reopen_idempotent),
		T(test_refuse_newer_schema),
		T(test_open_errors),
		T(test_add_get_roundtrip),
		T(test_add_is_atomic),
		T(test_bad_times),
		T(test_list_newest_first),
		T(test_progress),
		T(test_drafts),
		T(test_activity),
		T(test_get_missing),
		T(test_injection_slugs),
		T(test_busy_waits),
		T(test_locked_message),
		T(test_concurrent_open),
		T(test_crash_durability),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
