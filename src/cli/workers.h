/*
 * workers.h - spreading independent jobs over worker processes.
 *
 * Judging is CPU-bound and every job runs in boxes of its own, so the bank
 * commands split their problems over forked workers, one per CPU. A worker
 * reports each job as one line of JSON on a pipe; the parent collects them.
 */
#ifndef ACE_CLI_WORKERS_H
#define ACE_CLI_WORKERS_H

#include <jansson.h>
#include <stddef.h>
#include <stdio.h>

#include "cli/cli.h"

/* In a worker: do job i and write its result as one JSON object (without "i") to out. */
typedef json_t *(*worker_fn)(struct cli *c, size_t i, void *ctx);
/* In the parent: take job i's result (borrowed). */
typedef void (*take_fn)(void *ctx, size_t i, const json_t *result);

/*
 * Run jobs 0..n-1 in `jobs` forked workers (job i goes to worker i % jobs),
 * showing progress as label unless quiet. Jobs whose worker died are never
 * passed to take: the caller must notice them. Returns -1 when the workers
 * cannot be started (nothing was run), else 0.
 */
int workers_run(struct cli *c, size_t n, int jobs, const char *label, bool quiet, worker_fn work,
                take_fn take, void *ctx);

/* --jobs N, as cli_opt() returned it (r, v): sets c->jobs; 0, or -1 after saying what is wrong. */
int workers_parse_jobs(struct cli *c, int r, const char *v);

/* The number of workers to use: c->jobs when set, else one per CPU; at most n, at least 1. */
int workers_count(const struct cli *c, size_t n);

#endif
