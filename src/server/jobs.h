/*
 * jobs.h - the judge queue of the web server: a bounded queue of judge jobs
 * and a bounded pool of workers that run them.
 *
 * Judging takes from milliseconds to seconds, so a request only queues a job
 * and returns its id; the page polls jobs_get(). The interface knows nothing
 * of where workers run: today they are processes forked by this server, one
 * per worker slot (jobs.c explains why processes and not threads); later the
 * queue can live in PostgreSQL with workers on other machines, behind the
 * same calls.
 *
 * Thread safety: every call may be made from any thread, concurrently,
 * except jobs_free(), which must be the last.
 */
#ifndef ACE_SERVER_JOBS_H
#define ACE_SERVER_JOBS_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "bank/bank.h"

typedef struct jobs jobs_t;

enum job_kind {
	JOB_EXAMPLES, /* the visible examples (ace test) */
	JOB_CUSTOM,   /* one run on custom arguments (ace run) */
	JOB_SUBMIT, /* every test, the review and the complexity (ace submit); recorded by the record hook */
};

/* What a job is asked to do. Everything is copied by jobs_submit(). */
struct job_request {
	enum job_kind kind;
	const char *problem; /* slug; must be in the bank */
	const char *code;    /* the candidate's source */
	const json_t *args;  /* JOB_CUSTOM: the argument list (or call list) */
};

/*
 * Called (in a jobs thread, once per job) when a job of kind JOB_SUBMIT has
 * its result document: record it and return the submission's id, or -1 when
 * it could not be recorded. The document has the measured complexity, or
 * {"error": why} in its place when the worker failed after the verdict.
 */
typedef int64_t (*jobs_record_fn)(void *ctx, const char *code, const json_t *result);

struct jobs_opts {
	int workers;           /* how many jobs run at once, 1..64 */
	size_t max_queued;     /* jobs waiting beyond that; more are refused */
	size_t keep;           /* finished jobs kept for jobs_get(), the latest ones */
	bank_t *bank;          /* where workers find problems; must outlive the jobs */
	const char *cache_dir; /* generated test cases (judge_opts.cache_dir); may be NULL */
	jobs_record_fn record;
	void *record_ctx;
};

/* Start the workers. Returns 0 and sets *out, or -1 with *err (caller frees). */
int jobs_start(const struct jobs_opts *o, jobs_t **out, char **err);

enum jobs_rc { JOBS_OK = 0, JOBS_FULL = -1, JOBS_STOPPED = -2 };

/* Queue a job; JOBS_OK with *id set, JOBS_FULL when max_queued jobs already wait. */
enum jobs_rc jobs_submit(jobs_t *j, const struct job_request *rq, int64_t *id);

/*
 * The job as docs/API.md shows it: {id, kind, problem, status (queued,
 * running, done, error), phase (judging, measuring; null unless running),
 * progress {done, total} or null, result or null, submission or null, error
 * or null}. A submission's result is there as soon as its verdict is, while
 * its complexity is measured (phase measuring: the result has no complexity
 * yet). NULL when there is no such job (never was, or dropped as older than
 * the latest `keep`). Caller decrefs.
 */
json_t *jobs_get(jobs_t *j, int64_t id);

/* How many jobs wait and run now (for tests and the health check). */
void jobs_counts(jobs_t *j, size_t *queued, size_t *running);

/* Stop: running jobs are killed, waiting ones dropped; then free. NULL is fine. */
void jobs_free(jobs_t *j);

/* The name of a kind ("examples", "custom", "submit"). */
const char *job_kind_name(enum job_kind k);

#endif
