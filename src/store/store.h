/*
 * store.h - the user's data: submissions, per-test results, drafts, progress.
 *
 * The store is an interface. Today it is SQLite (store_sqlite.c) in
 * $XDG_DATA_HOME/ace/ace.db; PostgreSQL comes later behind the same calls, so
 * callers never see SQL or a database handle. Content (problems) is not in
 * the store: it lives in packs (bank.h) and is referred to here by slug.
 *
 * Conventions: functions return 0 on success and -1 on failure, after which
 * store_errmsg() says what went wrong; lookups of one record return
 * STORE_NOTFOUND (with a message too) when it does not exist, so that callers
 * can tell a wrong id from a broken database. Strings handed in are copied; structs
 * handed out are owned by the caller and released with the matching
 * *_release() call. Times are UTC, ISO 8601 ("2026-11-25T12:00:00Z").
 *
 * Durability: every write is one transaction. A process killed at any point
 * loses nothing that a previous call reported as stored.
 */
#ifndef ACE_STORE_STORE_H
#define ACE_STORE_STORE_H

#include <stddef.h>
#include <stdint.h>

typedef struct store store_t;

/* One test case's outcome within a submission. */
struct store_test {
	char *name;
	char *status; /* "passed", "wrong_answer", "runtime_error", "time_limit", ... */
	int64_t cpu_ms;
	int64_t wall_ms;
	int64_t peak_kb;
	char *message; /* may be NULL */
};

struct store_submission {
	int64_t id;       /* set by the store */
	char *problem;    /* slug */
	char *kind;       /* "submit" (judged on every test) or "test" (visible examples only) */
	char *created_at; /* set by the store when NULL on insert */
	char *code;       /* the candidate's source; NULL in listings */
	char *verdict;    /* "accepted", "wrong_answer", ... (see judge.h) */
	int passed;
	int total;
	int64_t cpu_ms;
	int64_t wall_ms;
	int64_t peak_kb;
	char *result_json;        /* the full judge result as JSON; NULL in listings */
	struct store_test *tests; /* NULL and 0 in listings */
	size_t ntests;
};

enum store_status { STORE_TODO = 0, STORE_ATTEMPTED, STORE_SOLVED };

/* Progress on one problem, derived from its submissions of kind "submit". */
struct store_progress {
	char *problem;
	enum store_status status;
	int attempts;    /* submissions of kind "submit" */
	char *last_at;   /* time of the latest one */
	char *solved_at; /* time of the first accepted one, or NULL */
};

/* Submissions per day, for activity charts. */
struct store_day {
	char day[11]; /* "YYYY-MM-DD" */
	int submissions;
	int accepted;
};

/*
 * Open (creating if needed) the database at path and bring its schema up to
 * date with the numbered migrations. The directory must exist. WAL mode and
 * foreign keys are switched on. On failure returns -1 and, if err is not
 * NULL, sets *err to a message the caller frees.
 */
int store_open(const char *path, store_t **out, char **err);
/* Close the database and free the handle. NULL is allowed. */
void store_free(store_t *st);
/* The message for the last failure on st. Valid until the next call on st. */
const char *store_errmsg(store_t *st);
/* The schema version (number of migrations applied). */
int store_schema_version(store_t *st);

/*
 * A number that changes whenever the data changes, through st or any other
 * connection or process: callers that cache what they read compare it.
 * Returns 0 with *out set, or -1.
 */
int store_data_version(store_t *st, uint64_t *out);

/* Record a submission and its tests in one transaction; sets s->id (and s->created_at if NULL, as a fresh string). */
int store_add_submission(store_t *st, struct store_submission *s);
/*
 * Newest first, at most limit (0: no limit), only one problem's if problem is
 * not NULL. Listings leave code, result_json and tests out. The caller
 * releases the array with store_submissions_free().
 */
int store_list_submissions(store_t *st, const char *problem, size_t limit, struct store_submission **out,
                           size_t *n);
/* What a lookup returns when the record does not exist (negative: `< 0` still means "no"). */
#define STORE_NOTFOUND (-2)

/*
 * One submission, whole (code, result_json, tests). STORE_NOTFOUND with
 * "no submission N" if absent, -1 on failure.
 */
int store_get_submission(store_t *st, int64_t id, struct store_submission *out);
void store_submission_release(struct store_submission *s);
void store_submissions_free(struct store_submission *arr, size_t n);

/*
 * Progress on every problem with at least one submission of kind "submit",
 * sorted by slug; a problem that is absent is to do (STORE_TODO is never
 * returned: callers fill it in from the bank). Free with store_progress_free().
 */
int store_list_progress(store_t *st, struct store_progress **out, size_t *n);
void store_progress_free(struct store_progress *arr, size_t n);

/*
 * Submissions of kind "submit" per day over the last `days` days (UTC): today
 * and the days-1 before it; days < 1 is an error. Oldest first, days with
 * none left out. free() the array.
 */
int store_activity(store_t *st, int days, struct store_day **out, size_t *n);

/* Autosaved drafts, one per problem. get sets *code to NULL (and returns 0) when there is none. */
int store_put_draft(store_t *st, const char *problem, const char *code);
int store_get_draft(store_t *st, const char *problem, char **code, char **updated_at);

#endif
