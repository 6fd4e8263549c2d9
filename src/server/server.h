/*
 * server.h - `ace serve`: the web app's HTTP server over the bank, the store
 * and the judge (docs/API.md is what it serves).
 *
 * libmicrohttpd answers requests on a pool of threads (one per CPU); judge
 * runs go to the job queue (jobs.h), so a request never waits for a judge.
 * Every response carries the security headers of docs/API.md. The server
 * logs its address and its own failures to stderr, never request bodies.
 */
#ifndef ACE_SERVER_SERVER_H
#define ACE_SERVER_SERVER_H

#include <stdbool.h>

#include "bank/bank.h"
#include "store/store.h"

/* The default port of `ace serve`. */
#define SERVER_DEFAULT_PORT 8080

typedef struct server server_t;

struct server_opts {
	const char *host;  /* an IPv4 or IPv6 address or "localhost"; NULL: 127.0.0.1 */
	int port;          /* 0: any free port (server_port() says which) */
	bool allow_remote; /* serve a non-loopback host; refused otherwise */
	int jobs;          /* judge workers, 1..64 */
	int threads;       /* threads answering HTTP, 1..64; 0: one per CPU but one, at least 1 */
	bank_t *bank;      /* must outlive the server */
	store_t *
	    store; /* handed over: the server uses it from its threads; freed by the caller after server_free */
	const char *cache_dir; /* generated test cases; may be NULL */
	const char *version;   /* ace's version, for /api/health */
};

/*
 * Bind, start the judge workers and serve. Returns 0 with *out set, or -1
 * with *err (caller frees) saying what is wrong: a non-loopback host without
 * allow_remote, an address that cannot be parsed, a port in use, ...
 */
int server_start(const struct server_opts *o, server_t **out, char **err);

/* The port being served (the real one when 0 was asked for). */
int server_port(const server_t *s);
/* The URL to open, e.g. "http://127.0.0.1:8080/" (owned by the server). */
const char *server_url(const server_t *s);

/* Stop serving (requests in flight finish), stop the judge workers, free. NULL is fine. */
void server_free(server_t *s);

#endif
