/*
 * api.h - the routes of `ace serve` (docs/API.md is their contract): JSON over
 * the bank, the store and the judge queue, and the embedded UI files.
 *
 * api_handle() is called from the HTTP server's threads concurrently. The
 * api serialises what is not thread-safe: the store (one connection, behind
 * a mutex) and the lazy loading of a problem's tests; everything else it
 * reads is immutable or cached behind its own lock.
 */
#ifndef ACE_SERVER_API_H
#define ACE_SERVER_API_H

#include <stdint.h>

#include "bank/bank.h"
#include "server/http.h"
#include "server/jobs.h"
#include "store/store.h"

typedef struct api api_t;

struct api_opts {
	bank_t *bank;            /* must outlive the api */
	store_t *store;          /* used only under the api's lock from now on */
	const char *version;     /* ace's version, for /api/health */
	int port;                /* the port being served, for the Host check */
	const char *remote_host; /* the --host value with --allow-remote, else NULL */
	const char *url;         /* the URL the server printed, for errors; NULL: 127.0.0.1:port */
};

/* A new api. Never fails (the embedded UI is checked at build time). */
api_t *api_new(const struct api_opts *o);
/* The judge queue to use for run and submissions (set once, before serving). */
void api_set_jobs(api_t *a, jobs_t *jobs);
/* The jobs_opts.record hook: record a judged submission; its id or -1. ctx is the api. */
int64_t api_record(void *ctx, const char *code, const json_t *result);

/* Answer rq in rs (release it with http_response_release). */
void api_handle(api_t *a, const struct http_request *rq, struct http_response *rs);

/* The Content-Security-Policy the api's pages need (owned by the api). */
const char *api_csp(const api_t *a);

void api_free(api_t *a);

#endif
