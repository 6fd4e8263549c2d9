/*
 * store_sqlite.c - the store (store.h) on SQLite.
 *
 * One database file ($XDG_DATA_HOME/ace/ace.db) is shared by the CLI,
 * `ace serve` and workers, each process with its own connection. Every
 * connection sets:
 *
 *   journal_mode=WAL   readers and the one writer do not block each other,
 *                      and a commit is an append to the -wal file: a process
 *                      killed at any instant leaves each transaction whole or
 *                      absent, never half-applied.
 *   synchronous=NORMAL in WAL, fsync at checkpoints rather than per commit.
 *                      What was committed survives the process being killed
 *                      (the kernel holds the pages); a power cut may lose the
 *                      latest commits but cannot corrupt the file.
 *   busy_timeout       a writer waits up to STORE_BUSY_MS for another
 *                      process's write to finish before the call fails with
 *                      "database is locked".
 *   foreign_keys=ON    SQLite checks foreign keys (and cascades deletes) only
 *                      when asked, per connection.
 *
 * Every write is one BEGIN IMMEDIATE ... COMMIT, rolled back on any error.
 * IMMEDIATE takes the write lock at BEGIN, so waiting for it goes through the
 * busy timeout; a plain BEGIN that read first could fail with SQLITE_BUSY
 * halfway instead. Statements are prepared per call with bound parameters;
 * no text from outside is ever formatted into SQL.
 *
 * Schema (version 1)
 * ------------------
 * submissions: one judged run of a candidate's code, never updated.
 *   id          INTEGER PRIMARY KEY  the rowid; the number users see and type
 *   problem     TEXT NOT NULL        the problem's slug. No foreign key:
 *                                    problems live in packs, not here.
 *   kind        TEXT NOT NULL        'submit' (all tests; counts for progress
 *                                    and activity) or 'test' (visible
 *                                    examples only, a dry run that does not)
 *   created_at  TEXT NOT NULL        UTC "YYYY-MM-DDTHH:MM:SSZ" (store_int.h):
 *                                    text order is time order
 *   code        TEXT NOT NULL        the source as judged
 *   verdict     TEXT NOT NULL        a judge.h verdict name
 *   passed, total, cpu_ms, wall_ms, peak_kb  INTEGER NOT NULL
 *                                    the summary the judge reported
 *   result_json TEXT                 the judge's full result; NULL allowed
 *   index (problem, created_at)      one problem's history, newest first
 *   index (created_at)               all history; activity by day
 *
 * submission_tests: per-test outcomes, owned by their submission.
 *   submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE
 *   idx         INTEGER NOT NULL     position in the submission's tests, from 0
 *   name, status  TEXT NOT NULL
 *   cpu_ms, wall_ms, peak_kb  INTEGER NOT NULL
 *   message     TEXT                 NULL allowed
 *   PRIMARY KEY (submission_id, idx) also fetches a submission's tests in order
 *
 * drafts: the editor's autosave, one per problem.
 *   problem     TEXT NOT NULL PRIMARY KEY  (SQLite lets NULL into a
 *                                    non-integer primary key unless told not to)
 *   code        TEXT NOT NULL
 *   updated_at  TEXT NOT NULL
 *
 * Migrations: migrations[i] takes the schema from version i to i + 1, and
 * PRAGMA user_version counts those applied. Each runs in one transaction with
 * its version bump, so a crash leaves the schema at some version, never
 * between two. Append; never edit a migration that has shipped. A database
 * whose version exceeds the number of migrations was written by a newer ace
 * and is refused rather than misread.
 *
 * Portability: the queries use only what PostgreSQL also accepts (RETURNING,
 * ON CONFLICT ... DO UPDATE, substr, CASE, LIMIT) so that backend can start
 * from them. SQLite-only: the PRAGMAs, INTEGER PRIMARY KEY as the rowid
 * (BIGINT GENERATED ALWAYS AS IDENTITY there) and LIMIT -1 for "no limit".
 *
 * Time: "now" stamps created_at (when the caller leaves it NULL) and
 * drafts.updated_at, and ends the window of store_activity(). It is the
 * current UTC time or, when the environment variable ACE_NOW is set, that
 * value, which must have the same shape ("2026-11-25T12:00:00Z"; anything
 * else fails the call). ACE_NOW exists for reproducible tests.
 */
#include "store/store.h"

#include <inttypes.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_int.h"
#include "util/buf.h"
#include "util/xalloc.h"

#define STORE_BUSY_MS  5000
#define STORE_RETRY_MS 10 /* between attempts where SQLite will not wait itself */

struct store {
	sqlite3 *db;
	int version;
	char *err;       /* the last failure, "doing what: why"; NULL before any */
	uint64_t writes; /* writes committed through this handle (store_data_version) */
};

static const char *const migrations[] = {
    /* 1: submissions and their tests, drafts. */
    "CREATE TABLE submissions ("
    " id INTEGER PRIMARY KEY,"
    " problem TEXT NOT NULL,"
    " kind TEXT NOT NULL CHECK (kind IN ('submit', 'test')),"
    " created_at TEXT NOT NULL,"
    " code TEXT NOT NULL,"
    " verdict TEXT NOT NULL,"
    " passed INTEGER NOT NULL,"
    " total INTEGER NOT NULL,"
    " cpu_ms INTEGER NOT NULL,"
    " wall_ms INTEGER NOT NULL,"
    " peak_kb INTEGER NOT NULL,"
    " result_json TEXT"
    ");"
    "CREATE INDEX submissions_problem_created ON submissions (problem, created_at);"
    "CREATE INDEX submissions_created ON submissions (created_at);"
    "CREATE TABLE submission_tests ("
    " submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,"
    " idx INTEGER NOT NULL,"
    " name TEXT NOT NULL,"
    " status TEXT NOT NULL,"
    " cpu_ms INTEGER NOT NULL,"
    " wall_ms INTEGER NOT NULL,"
    " peak_kb INTEGER NOT NULL,"
    " message TEXT,"
    " PRIMARY KEY (submission_id, idx)"
    ");"
    "CREATE TABLE drafts ("
    " problem TEXT NOT NULL PRIMARY KEY,"
    " code TEXT NOT NULL,"
    " updated_at TEXT NOT NULL"
    ");",
};

#define NMIGRATIONS ((int)(sizeof(migrations) / sizeof(migrations[0])))

static void set_err(store_t *st, const char *what, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Replace st's message with "what: " and the formatted text (no prefix if what is NULL). */
static void set_err(store_t *st, const char *what, const char *fmt, ...)
{
	struct buf b;
	va_list ap;

	buf_init(&b, BUF_NOLIMIT);
	if (what)
		buf_printf(&b, "%s: ", what);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	free(st->err);
	st->err = buf_detach(&b, NULL);
}

/* SQLite's message for the failure just seen; call before the connection is used again. */
static void db_err(store_t *st, const char *what)
{
	set_err(st, what, "%s", sqlite3_errmsg(st->db));
}

static int db_exec(store_t *st, const char *what, const char *sql)
{
	if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK) {
		db_err(st, what);
		return -1;
	}
	return 0;
}

static int begin(store_t *st, const char *what)
{
	return db_exec(st, what, "BEGIN IMMEDIATE");
}

static int commit(store_t *st, const char *what)
{
	return db_exec(st, what, "COMMIT");
}

/* Roll back the open transaction, if any; st's message is left alone. */
static void rollback(store_t *st)
{
	/* Some errors (SQLITE_FULL, SQLITE_IOERR, ...) have already rolled back. */
	if (!sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

static int prep(store_t *st, const char *what, const char *sql, sqlite3_stmt **stmt)
{
	if (sqlite3_prepare_v2(st->db, sql, -1, stmt, NULL) != SQLITE_OK) {
		db_err(st, what);
		return -1;
	}
	return 0;
}

/* SQLITE_STATIC: every string bound here outlives the statement's steps. */
static int bind_text(sqlite3_stmt *stmt, int i, const char *s)
{
	return sqlite3_bind_text(stmt, i, s, -1, SQLITE_STATIC) == SQLITE_OK ? 0 : -1;
}

static int bind_int(sqlite3_stmt *stmt, int i, int64_t v)
{
	return sqlite3_bind_int64(stmt, i, v) == SQLITE_OK ? 0 : -1;
}

/* Column i as a fresh string, NULL for SQL NULL. */
static char *col_str(sqlite3_stmt *stmt, int i)
{
	const unsigned char *t;

	if (sqlite3_column_type(stmt, i) == SQLITE_NULL)
		return NULL;
	t = sqlite3_column_text(stmt, i);
	if (!t) {
		/* SQLite could not allocate the conversion: xalloc.h's policy. */
		fputs("ace: out of memory (sqlite)\n", stderr);
		abort();
	}
	return xstrdup((const char *)t);
}

/* Now, as store_int.h defines it, or -1 with a message naming ACE_NOW. */
static int now(store_t *st, const char *what, char out[STORE_TIME_LEN + 1], time_t *t)
{
	const char *env;

	if (store_time_now(out, t) == 0)
		return 0;
	env = getenv(STORE_NOW_ENV);
	if (env)
		set_err(st, what, "%s=\"%s\" is not a UTC time like 2026-11-25T12:00:00Z", STORE_NOW_ENV,
		        env);
	else
		set_err(st, what, "the system clock is past year 9999");
	return -1;
}

static int user_version(store_t *st, const char *what, int *v)
{
	sqlite3_stmt *stmt = NULL;
	int ret = -1;

	if (prep(st, what, "PRAGMA user_version", &stmt))
		goto out;
	if (sqlite3_step(stmt) != SQLITE_ROW) {
		db_err(st, what);
		goto out;
	}
	*v = sqlite3_column_int(stmt, 0);
	ret = 0;
out:
	sqlite3_finalize(stmt);
	return ret;
}

/*
 * Apply the next migration under the write lock, if it is still due once the
 * lock is held: another ace may have applied it while this one waited.
 */
static int migrate_step(store_t *st, const char *what)
{
	char *bump = NULL;
	int v, ret = -1;

	if (begin(st, what))
		return -1;
	if (user_version(st, what, &v))
		goto out;
	if (v < NMIGRATIONS) {
		if (sqlite3_exec(st->db, migrations[v], NULL, NULL, NULL) != SQLITE_OK) {
			set_err(st, what, "migration %d: %s", v + 1, sqlite3_errmsg(st->db));
			goto out;
		}
		/* PRAGMA takes no bound parameters; the number is ours, not outside text. */
		bump = xasprintf("PRAGMA user_version = %d", v + 1);
		if (db_exec(st, what, bump))
			goto out;
	}
	if (commit(st, what))
		goto out;
	ret = 0;
out:
	if (ret)
		rollback(st);
	free(bump);
	return ret;
}

static int migrate(store_t *st, const char *what)
{
	int v;

	for (;;) {
		if (user_version(st, what, &v))
			return -1;
		if (v >= NMIGRATIONS)
			break;
		if (migrate_step(st, what))
			return -1;
	}
	if (v > NMIGRATIONS) {
		set_err(st, what, "database schema version %d is newer than this ace (%d); upgrade ace", v,
		        NMIGRATIONS);
		return -1;
	}
	st->version = v;
	return 0;
}

/*
 * Switch the file to WAL (it stays so; later opens find it done).
 *
 * Leaving a rollback journal for WAL takes an exclusive lock, and when two
 * processes open a new database at once SQLite answers one of them
 * SQLITE_BUSY straight away instead of calling the busy handler: both hold a
 * shared lock and want it exclusive, so waiting could deadlock. Hence the
 * retry loop here, within the same budget as the busy timeout.
 *
 * WAL can also be refused (some network filesystems); without it the CLI and
 * the server would block each other, so then refuse to go on.
 */
static int use_wal(store_t *st, const char *what)
{
	sqlite3_stmt *stmt = NULL;
	const unsigned char *mode;
	int rc, waited = 0, ret = -1;

	if (prep(st, what, "PRAGMA journal_mode = WAL", &stmt))
		goto out;
	while ((rc = sqlite3_step(stmt)) == SQLITE_BUSY && waited < STORE_BUSY_MS) {
		sqlite3_reset(stmt);
		sqlite3_sleep(STORE_RETRY_MS);
		waited += STORE_RETRY_MS;
	}
	if (rc != SQLITE_ROW) {
		db_err(st, what);
		goto out;
	}
	mode = sqlite3_column_text(stmt, 0);
	if (!mode || strcmp((const char *)mode, "wal") != 0) {
		set_err(st, what,
		        "cannot switch to WAL journal mode (still \"%s\"); "
		        "is the database on a network filesystem?",
		        mode ? (const char *)mode : "?");
		goto out;
	}
	ret = 0;
out:
	sqlite3_finalize(stmt);
	return ret;
}

int store_open(const char *path, store_t **out, char **err)
{
	store_t *st = xcalloc(1, sizeof(*st));
	char *what = xasprintf("open %s", path ? path : "(null)");
	int rc, ret = -1;

	*out = NULL;
	if (err)
		*err = NULL;
	if (!path) {
		set_err(st, what, "no path");
		goto out;
	}
	rc = sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
	if (rc != SQLITE_OK) {
		if (st->db)
			db_err(st, what);
		else
			set_err(st, what, "%s", sqlite3_errstr(rc));
		goto out;
	}
	/* First, so that the PRAGMAs and migrations below wait for a busy database too. */
	sqlite3_busy_timeout(st->db, STORE_BUSY_MS);
	if (use_wal(st, what) || db_exec(st, what, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL") ||
	    migrate(st, what))
		goto out;
	ret = 0;
out:
	if (ret) {
		if (err) {
			*err = st->err;
			st->err = NULL;
		}
		store_free(st);
	} else {
		free(st->err);
		st->err = NULL;
		*out = st;
	}
	free(what);
	return ret;
}

void store_free(store_t *st)
{
	if (!st)
		return;
	/* Every statement is finalized by the call that prepared it, so close cannot be busy. */
	sqlite3_close(st->db);
	free(st->err);
	free(st);
}

const char *store_errmsg(store_t *st)
{
	if (!st)
		return "no store";
	return st->err ? st->err : "no error";
}

int store_schema_version(store_t *st)
{
	return st->version;
}

/*
 * PRAGMA data_version changes when another connection commits, never for
 * this one's own commits: those are counted in st->writes.
 */
int store_data_version(store_t *st, uint64_t *out)
{
	static const char what[] = "data version";
	sqlite3_stmt *stmt = NULL;
	int ret = -1;

	if (prep(st, what, "PRAGMA data_version", &stmt))
		return -1;
	if (sqlite3_step(stmt) != SQLITE_ROW) {
		db_err(st, what);
		goto out;
	}
	*out = (st->writes << 32) ^ (uint64_t)sqlite3_column_int64(stmt, 0);
	ret = 0;
out:
	sqlite3_finalize(stmt);
	return ret;
}

int store_add_submission(store_t *st, struct store_submission *s)
{
	static const char what[] = "insert submission";
	static const char sql_sub[] = "INSERT INTO submissions (problem, kind, created_at, code, verdict,"
	                              " passed, total, cpu_ms, wall_ms, peak_kb, result_json)"
	                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
	static const char sql_test[] = "INSERT INTO submission_tests (submission_id, idx, name, status,"
	                               " cpu_ms, wall_ms, peak_kb, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
	char stamp[STORE_TIME_LEN + 1];
	const char *created_at = s->created_at;
	sqlite3_stmt *ins = NULL, *ins_test = NULL;
	int64_t id;
	int ret = -1;

	if (s->ntests && !s->tests) {
		set_err(st, what, "%zu tests but no array of them", s->ntests);
		return -1;
	}
	if (created_at && store_time_parse(created_at, NULL)) {
		set_err(st, what, "created_at \"%s\" is not a UTC time like 2026-11-25T12:00:00Z",
		        created_at);
		return -1;
	}
	if (!created_at) {
		if (now(st, what, stamp, NULL))
			return -1;
		created_at = stamp;
	}
	if (prep(st, what, sql_sub, &ins) || prep(st, what, sql_test, &ins_test) || begin(st, what))
		goto out;
	if (bind_text(ins, 1, s->problem) || bind_text(ins, 2, s->kind) || bind_text(ins, 3, created_at) ||
	    bind_text(ins, 4, s->code) || bind_text(ins, 5, s->verdict) || bind_int(ins, 6, s->passed) ||
	    bind_int(ins, 7, s->total) || bind_int(ins, 8, s->cpu_ms) || bind_int(ins, 9, s->wall_ms) ||
	    bind_int(ins, 10, s->peak_kb) || bind_text(ins, 11, s->result_json)) {
		db_err(st, what);
		goto out;
	}
	if (sqlite3_step(ins) != SQLITE_ROW) {
		db_err(st, what);
		goto out;
	}
	id = sqlite3_column_int64(ins, 0);
	/* Run RETURNING to completion: COMMIT refuses while a statement is mid-way. */
	if (sqlite3_step(ins) != SQLITE_DONE) {
		db_err(st, what);
		goto out;
	}
	for (size_t i = 0; i < s->ntests; i++) {
		const struct store_test *t = &s->tests[i];

		if (bind_int(ins_test, 1, id) || bind_int(ins_test, 2, (int64_t)i) ||
		    bind_text(ins_test, 3, t->name) || bind_text(ins_test, 4, t->status) ||
		    bind_int(ins_test, 5, t->cpu_ms) || bind_int(ins_test, 6, t->wall_ms) ||
		    bind_int(ins_test, 7, t->peak_kb) || bind_text(ins_test, 8, t->message) ||
		    sqlite3_step(ins_test) != SQLITE_DONE) {
			db_err(st, what);
			goto out;
		}
		sqlite3_reset(ins_test);
	}
	if (commit(st, what))
		goto out;
	/* Only now: a failed call leaves the caller's struct as it was. */
	s->id = id;
	if (!s->created_at)
		s->created_at = xstrdup(stamp);
	st->writes++;
	ret = 0;
out:
	sqlite3_finalize(ins);
	sqlite3_finalize(ins_test);
	if (ret)
		rollback(st);
	return ret;
}

/* The columns read_summary() reads, in its order; listings select only these. */
#define SUMMARY_COLS "id, problem, kind, created_at, verdict, passed, total, cpu_ms, wall_ms, peak_kb"

static void read_summary(sqlite3_stmt *stmt, struct store_submission *s)
{
	memset(s, 0, sizeof(*s));
	s->id = sqlite3_column_int64(stmt, 0);
	s->problem = col_str(stmt, 1);
	s->kind = col_str(stmt, 2);
	s->created_at = col_str(stmt, 3);
	s->verdict = col_str(stmt, 4);
	s->passed = sqlite3_column_int(stmt, 5);
	s->total = sqlite3_column_int(stmt, 6);
	s->cpu_ms = sqlite3_column_int64(stmt, 7);
	s->wall_ms = sqlite3_column_int64(stmt, 8);
	s->peak_kb = sqlite3_column_int64(stmt, 9);
}

int store_list_submissions(store_t *st, const char *problem, size_t limit, struct store_submission **out,
                           size_t *n)
{
	static const char what[] = "list submissions";
	/*
	 * Two statements rather than "(? IS NULL OR problem = ?)", which would
	 * keep SQLite off the (problem, created_at) index. id breaks ties
	 * between submissions stamped in the same second.
	 */
	static const char sql_all[] = "SELECT " SUMMARY_COLS " FROM submissions"
	                              " ORDER BY created_at DESC, id DESC LIMIT ?";
	static const char sql_one[] = "SELECT " SUMMARY_COLS " FROM submissions WHERE problem = ?"
	                              " ORDER BY created_at DESC, id DESC LIMIT ?";
	struct store_submission *arr = NULL;
	size_t len = 0, cap = 0;
	sqlite3_stmt *stmt = NULL;
	/* LIMIT -1 is SQLite's "no limit". */
	int64_t lim = limit == 0 || limit > INT64_MAX ? -1 : (int64_t)limit;
	int rc, ret = -1;

	*out = NULL;
	*n = 0;
	if (prep(st, what, problem ? sql_one : sql_all, &stmt))
		goto out;
	if (problem ? bind_text(stmt, 1, problem) || bind_int(stmt, 2, lim) : bind_int(stmt, 1, lim)) {
		db_err(st, what);
		goto out;
	}
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (len == cap) {
			cap = cap ? cap * 2 : 16;
			arr = xreallocarray(arr, cap, sizeof(*arr));
		}
		read_summary(stmt, &arr[len++]);
	}
	if (rc != SQLITE_DONE) {
		db_err(st, what);
		goto out;
	}
	*out = arr;
	*n = len;
	arr = NULL;
	len = 0;
	ret = 0;
out:
	sqlite3_finalize(stmt);
	store_submissions_free(arr, len);
	return ret;
}

/*
 * No transaction around the two reads: a submission and its tests are
 * written in one transaction and never changed afterwards, so the second read
 * cannot see a different version of what the first one found.
 */
int store_get_submission(store_t *st, int64_t id, struct store_submission *out)
{
	static const char what[] = "get submission";
	static const char sql_sub[] =
	    "SELECT " SUMMARY_COLS ", code, result_json FROM submissions WHERE id = ?";
	static const char sql_tests[] = "SELECT name, status, cpu_ms, wall_ms, peak_kb, message"
	                                " FROM submission_tests WHERE submission_id = ? ORDER BY idx";
	struct store_submission s = {0};
	sqlite3_stmt *stmt = NULL;
	size_t cap = 0;
	int rc, ret = -1;

	memset(out, 0, sizeof(*out));
	if (prep(st, what, sql_sub, &stmt))
		goto out;
	if (bind_int(stmt, 1, id)) {
		db_err(st, what);
		goto out;
	}
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_DONE) {
		/* Worded as store.h promises: the caller's input, not a fault. */
		set_err(st, NULL, "no submission %" PRId64, id);
		ret = STORE_NOTFOUND;
		goto out;
	}
	if (rc != SQLITE_ROW) {
		db_err(st, what);
		goto out;
	}
	read_summary(stmt, &s);
	s.code = col_str(stmt, 10);
	s.result_json = col_str(stmt, 11);
	sqlite3_finalize(stmt);
	stmt = NULL;

	if (prep(st, what, sql_tests, &stmt))
		goto out;
	if (bind_int(stmt, 1, id)) {
		db_err(st, what);
		goto out;
	}
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct store_test *t;

		if (s.ntests == cap) {
			cap = cap ? cap * 2 : 8;
			s.tests = xreallocarray(s.tests, cap, sizeof(*s.tests));
		}
		t = &s.tests[s.ntests++];
		t->name = col_str(stmt, 0);
		t->status = col_str(stmt, 1);
		t->cpu_ms = sqlite3_column_int64(stmt, 2);
		t->wall_ms = sqlite3_column_int64(stmt, 3);
		t->peak_kb = sqlite3_column_int64(stmt, 4);
		t->message = col_str(stmt, 5);
	}
	if (rc != SQLITE_DONE) {
		db_err(st, what);
		goto out;
	}
	*out = s;
	memset(&s, 0, sizeof(s));
	ret = 0;
out:
	sqlite3_finalize(stmt);
	store_submission_release(&s);
	return ret;
}

/*
 * Only problems with a submission of kind 'submit' are listed: test runs are
 * not attempts. A problem that is not listed is STORE_TODO to the caller.
 * Slugs sort bytewise (SQLite's BINARY collation; PostgreSQL would need
 * COLLATE "C" to agree).
 */
int store_list_progress(store_t *st, struct store_progress **out, size_t *n)
{
	static const char what[] = "list progress";
	static const char sql[] = "SELECT problem, COUNT(*), MAX(created_at),"
	                          " MIN(CASE WHEN verdict = 'accepted' THEN created_at END)"
	                          " FROM submissions WHERE kind = 'submit'"
	                          " GROUP BY problem ORDER BY problem";
	struct store_progress *arr = NULL;
	size_t len = 0, cap = 0;
	sqlite3_stmt *stmt = NULL;
	int rc, ret = -1;

	*out = NULL;
	*n = 0;
	if (prep(st, what, sql, &stmt))
		goto out;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct store_progress *p;

		if (len == cap) {
			cap = cap ? cap * 2 : 16;
			arr = xreallocarray(arr, cap, sizeof(*arr));
		}
		p = &arr[len++];
		p->problem = col_str(stmt, 0);
		p->attempts = sqlite3_column_int(stmt, 1);
		p->last_at = col_str(stmt, 2);
		p->solved_at = col_str(stmt, 3);
		p->status = p->solved_at ? STORE_SOLVED : STORE_ATTEMPTED;
	}
	if (rc != SQLITE_DONE) {
		db_err(st, what);
		goto out;
	}
	*out = arr;
	*n = len;
	arr = NULL;
	len = 0;
	ret = 0;
out:
	sqlite3_finalize(stmt);
	store_progress_free(arr, len);
	return ret;
}

/*
 * The window is today (by "now") and the days-1 days before it. Like
 * progress, it counts submissions of kind 'submit' only: a test run is a dry
 * run, and counting it would let "accepted" mean two different things.
 * created_at >= first-day compares as text (a day sorts before every time on
 * it) and so can use the created_at index; days after today, which exist only
 * if ACE_NOW is in the past of the data, are filtered out.
 */
int store_activity(store_t *st, int days, struct store_day **out, size_t *n)
{
	static const char what[] = "activity";
	static const char sql[] =
	    "SELECT substr(created_at, 1, 10) AS day, COUNT(*),"
	    " SUM(CASE WHEN verdict = 'accepted' THEN 1 ELSE 0 END)"
	    " FROM submissions"
	    " WHERE kind = 'submit' AND created_at >= ? AND substr(created_at, 1, 10) <= ?"
	    " GROUP BY substr(created_at, 1, 10) ORDER BY day";
	char stamp[STORE_TIME_LEN + 1], today[STORE_DAY_LEN + 1], first[STORE_DAY_LEN + 1];
	struct store_day *arr = NULL;
	size_t len = 0, cap = 0;
	sqlite3_stmt *stmt = NULL;
	time_t t;
	int rc, ret = -1;

	*out = NULL;
	*n = 0;
	if (days < 1) {
		set_err(st, what, "the number of days must be at least 1, not %d", days);
		return -1;
	}
	if (now(st, what, stamp, &t))
		return -1;
	memcpy(today, stamp, STORE_DAY_LEN);
	today[STORE_DAY_LEN] = '\0';
	/* A window reaching before year 0 has no lower bound. */
	if (store_time_day(t - (time_t)(days - 1) * 86400, first))
		first[0] = '\0';
	if (prep(st, what, sql, &stmt))
		goto out;
	if (bind_text(stmt, 1, first) || bind_text(stmt, 2, today)) {
		db_err(st, what);
		goto out;
	}
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const unsigned char *day = sqlite3_column_text(stmt, 0);
		struct store_day *d;

		if (len == cap) {
			cap = cap ? cap * 2 : 16;
			arr = xreallocarray(arr, cap, sizeof(*arr));
		}
		d = &arr[len++];
		snprintf(d->day, sizeof(d->day), "%s", day ? (const char *)day : "");
		d->submissions = sqlite3_column_int(stmt, 1);
		d->accepted = sqlite3_column_int(stmt, 2);
	}
	if (rc != SQLITE_DONE) {
		db_err(st, what);
		goto out;
	}
	*out = arr;
	*n = len;
	arr = NULL;
	ret = 0;
out:
	sqlite3_finalize(stmt);
	free(arr);
	return ret;
}

int store_put_draft(store_t *st, const char *problem, const char *code)
{
	static const char what[] = "put draft";
	static const char sql[] = "INSERT INTO drafts (problem, code, updated_at) VALUES (?, ?, ?)"
	                          " ON CONFLICT (problem) DO UPDATE"
	                          " SET code = excluded.code, updated_at = excluded.updated_at";
	char stamp[STORE_TIME_LEN + 1];
	sqlite3_stmt *stmt = NULL;
	int ret = -1;

	if (now(st, what, stamp, NULL))
		return -1;
	if (prep(st, what, sql, &stmt) || begin(st, what))
		goto out;
	if (bind_text(stmt, 1, problem) || bind_text(stmt, 2, code) || bind_text(stmt, 3, stamp) ||
	    sqlite3_step(stmt) != SQLITE_DONE) {
		db_err(st, what);
		goto out;
	}
	if (commit(st, what))
		goto out;
	st->writes++;
	ret = 0;
out:
	sqlite3_finalize(stmt);
	if (ret)
		rollback(st);
	return ret;
}

int store_get_draft(store_t *st, const char *problem, char **code, char **updated_at)
{
	static const char what[] = "get draft";
	static const char sql[] = "SELECT code, updated_at FROM drafts WHERE problem = ?";
	sqlite3_stmt *stmt = NULL;
	int rc, ret = -1;

	*code = NULL;
	if (updated_at)
		*updated_at = NULL;
	if (prep(st, what, sql, &stmt))
		goto out;
	if (bind_text(stmt, 1, problem)) {
		db_err(st, what);
		goto out;
	}
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		*code = col_str(stmt, 0);
		if (updated_at)
			*updated_at = col_str(stmt, 1);
	} else if (rc != SQLITE_DONE) {
		db_err(st, what);
		goto out;
	}
	ret = 0;
out:
	sqlite3_finalize(stmt);
	return ret;
}
