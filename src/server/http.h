/*
 * http.h - the HTTP pieces of `ace serve` that do not need a socket: the
 * request and response as the API sees them, routing, the Host check, query
 * parameters and content types. server.c feeds them from libmicrohttpd;
 * tests/unit/test_http.c feeds them directly.
 *
 * Ownership: a request's strings belong to the caller for the duration of
 * the handler. A response's body is owned by the response (freed by
 * http_response_release) unless `body_static` is set.
 */
#ifndef ACE_SERVER_HTTP_H
#define ACE_SERVER_HTTP_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

/* Request bodies are capped at this (413 beyond). */
#define HTTP_MAX_BODY (512u * 1024)

/* Methods, as bits so that a route can allow several. */
enum http_method {
	HTTP_GET = 1,
	HTTP_HEAD = 2,
	HTTP_POST = 4,
	HTTP_PUT = 8,
	HTTP_DELETE = 16,
	HTTP_PATCH = 32,
	HTTP_OPTIONS = 64,
	HTTP_OTHER = 128,
};

/* The method named s (exact, upper case), HTTP_OTHER when unknown. */
enum http_method http_method_parse(const char *s);

struct http_param {
	const char *key;
	const char *value; /* "" when the parameter had no '=' */
};

struct http_request {
	enum http_method method;
	const char *path;               /* decoded, without the query */
	const struct http_param *query; /* decoded query parameters, in order */
	size_t nquery;
	const char *host;          /* the Host header, NULL when absent */
	const char *content_type;  /* NULL when absent */
	const char *if_none_match; /* NULL when absent */
	const char *body;          /* NULL when none */
	size_t body_len;
	bool body_too_large; /* the body went past HTTP_MAX_BODY (and was dropped) */
};

/*
 * A response body shared between responses (a cached page): reference
 * counted, thread-safe; freed with its last reference.
 */
struct http_shared {
	int refs; /* atomic */
	size_t len;
	char data[]; /* len bytes and a NUL */
};
/* A new shared body holding a copy of len bytes, with one reference. */
struct http_shared *http_shared_new(const char *data, size_t len);
struct http_shared *http_shared_ref(struct http_shared *sh);
void http_shared_unref(struct http_shared *sh);

struct http_response {
	int status;
	char *body;
	size_t len;
	bool body_static;           /* body is not to be freed (embedded files) */
	struct http_shared *shared; /* when set, body is its data and the response holds a reference */
	const char *content_type;   /* a static string */
	const char *cache_control;
	char etag[24];     /* "" when none */
	char allow[64];    /* the Allow header of a 405, "" otherwise */
	char location[64]; /* "" when none */
	bool retry_after;  /* Retry-After: 1 (503) */
};

/* Free the body (unless static; unref a shared one) and reset rs. */
void http_response_release(struct http_response *rs);
/* Set rs to 200 with the shared JSON body sh (a reference is taken), no-store. */
void http_json_shared(struct http_response *rs, struct http_shared *sh);
/* Set rs to status with a JSON body (doc consumed), no-store. */
void http_json(struct http_response *rs, int status, json_t *doc);
/* Set rs to {"error": message} with status; the message is cleaned of control bytes. */
void http_error(struct http_response *rs, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/*
 * Routes. A pattern is a path whose segments are literal or "*" (one
 * non-empty segment, captured) or, last, "**" (the rest, captured, may hold
 * slashes). id is the caller's.
 */
struct http_route {
	unsigned methods; /* enum http_method bits; HEAD is allowed wherever GET is */
	const char *pattern;
	int id;
};

#define HTTP_MAX_CAPTURES 2
struct http_match {
	int id;
	size_t n;
	char *cap[HTTP_MAX_CAPTURES]; /* captured segments, owned (http_match_release) */
};

enum http_route_rc { HTTP_ROUTE_OK = 0, HTTP_ROUTE_NOT_FOUND = -1, HTTP_ROUTE_BAD_METHOD = -2 };

/*
 * Find the route for method and path in table (n rows). HTTP_ROUTE_OK with
 * m filled; HTTP_ROUTE_NOT_FOUND when no pattern matches the path;
 * HTTP_ROUTE_BAD_METHOD when some do but not for this method, with allow set
 * to the methods that would do ("GET, HEAD, PUT").
 */
enum http_route_rc http_route_find(const struct http_route *table, size_t n, enum http_method method,
                                   const char *path, struct http_match *m, char *allow, size_t allow_size);
void http_match_release(struct http_match *m);

/*
 * The DNS-rebinding check: whether a request whose Host header is host may
 * be served by a server on port. Allowed: 127.0.0.1:PORT, localhost:PORT,
 * [::1]:PORT and any other loopback address literal with the port (the port
 * may be left out when it is 80); when bound_host is not NULL
 * (--allow-remote), bound_host:PORT and any IP address literal with the port
 * too (a rebinding attack needs a DNS name). Names compare without case.
 */
bool http_host_allowed(const char *host, int port, const char *bound_host);

/* Whether host (an address or "localhost") is a loopback address. */
bool http_host_is_loopback(const char *host);

/* Whether a Content-Type header says JSON: application/json, parameters allowed. */
bool http_is_json_type(const char *content_type);

/* The Content-Type for a file name, by its extension. */
const char *http_mime_type(const char *path);

/*
 * Check the query parameters: each must be one of allowed (NULL-terminated)
 * and appear at most once. Returns NULL or a message (caller frees).
 */
char *http_query_check(const struct http_request *rq, const char *const *allowed);
/* The value of parameter key, or NULL. */
const char *http_query_get(const struct http_request *rq, const char *key);

/*
 * Parse s as a whole decimal integer in [min, max]. 0 with *out set, or -1.
 */
int http_parse_int(const char *s, long long min, long long max, long long *out);

/* A copy of s fit for a message: at most max bytes, control bytes and non-ASCII as '?'. Caller frees. */
char *http_clean(const char *s, size_t max);

/* The Content-Security-Policy header, with extra script-src sources (may be NULL or ""). Caller frees. */
char *http_csp(const char *script_hashes);

#endif
