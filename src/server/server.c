/*
 * server.c - see server.h. The libmicrohttpd side: sockets, threads, bodies
 * and headers; what to answer is api.c's.
 */
#include "server/server.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#include "server/api.h"
#include "server/http.h"
#include "server/jobs.h"
#include "server/mhd.h"
#include "util/buf.h"
#include "util/xalloc.h"

/* At most this many query parameters are read (more is a 400). */
#define MAX_PARAMS 32

/*
 * Memory libmicrohttpd gives each connection for the request line, the headers
 * and the buffers (bodies are streamed to us, not held there). It zeroes all of
 * it for every request, so its default of 32 KiB was 8% of the server's CPU
 * under load; 16 KiB still takes 12 KB of headers (beyond that: 431).
 */
#define CONN_MEMORY (16u * 1024)

struct server {
	struct MHD_Daemon *d;
	int listen_fd;
	int port;
	char *url;
	char *host;
	api_t *api;
	jobs_t *jobs;
};

/* One request in flight, from its first callback to its completion. */
struct req {
	struct buf body;
	bool too_large;
	struct http_param params[MAX_PARAMS];
	size_t nparams;
	bool too_many_params;
};

static enum MHD_Result collect_param(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	struct req *r = cls;
	(void)kind;
	if (r->nparams == MAX_PARAMS) {
		r->too_many_params = true;
		return MHD_NO;
	}
	r->params[r->nparams++] = (struct http_param){key ? key : "", value ? value : ""};
	return MHD_YES;
}

/* Counts the Host headers of a request (cls: an int). */
static enum MHD_Result count_host(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	(void)kind;
	(void)value;
	if (key && !strcasecmp(key, "Host"))
		++*(int *)cls;
	return MHD_YES;
}

static void add_headers(struct MHD_Response *resp, const struct http_response *rs, const char *csp)
{
	mhd.add_response_header(resp, "X-Content-Type-Options", "nosniff");
	mhd.add_response_header(resp, "X-Frame-Options", "DENY");
	mhd.add_response_header(resp, "Referrer-Policy", "no-referrer");
	mhd.add_response_header(resp, "Cross-Origin-Resource-Policy", "same-origin");
	mhd.add_response_header(resp, "Content-Security-Policy", csp);
	if (rs->content_type)
		mhd.add_response_header(resp, "Content-Type", rs->content_type);
	if (rs->cache_control)
		mhd.add_response_header(resp, "Cache-Control", rs->cache_control);
	if (rs->etag[0])
		mhd.add_response_header(resp, "ETag", rs->etag);
	if (rs->allow[0])
		mhd.add_response_header(resp, "Allow", rs->allow);
	if (rs->location[0])
		mhd.add_response_header(resp, "Location", rs->location);
	if (rs->retry_after)
		mhd.add_response_header(resp, "Retry-After", "1");
}

static enum MHD_Result send_response(struct server *s, struct MHD_Connection *conn, const char *method,
                                     const char *url, struct http_response *rs)
{
	struct MHD_Response *resp;
	if (rs->status == 304 || !rs->body)
		resp = mhd.create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
	else if (rs->body_static)
		resp = mhd.create_response_from_buffer(rs->len, rs->body, MHD_RESPMEM_PERSISTENT);
	else if (rs->shared) {
		resp = mhd.create_response_from_buffer_with_free_callback_cls(
		    rs->len, rs->body, (MHD_ContentReaderFreeCallback)http_shared_unref, rs->shared);
		if (resp)
			rs->shared = NULL, rs->body = NULL; /* the reference is MHD's now */
	} else {
		resp = mhd.create_response_from_buffer(rs->len, rs->body, MHD_RESPMEM_MUST_FREE);
		if (resp)
			rs->body = NULL; /* MHD frees it now */
	}
	if (!resp) {
		http_response_release(rs);
		return MHD_NO;
	}
	add_headers(resp, rs, api_csp(s->api));
	if (rs->status >= 500) {
		char *clean = http_clean(url, 200);
		fprintf(stderr, "ace serve: %d on %s %s\n", rs->status, method, clean);
		free(clean);
	}
	enum MHD_Result ok = mhd.queue_response(conn, (unsigned)rs->status, resp);
	mhd.destroy_response(resp);
	http_response_release(rs);
	return ok;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url, const char *method,
                                  const char *version, const char *upload_data, size_t *upload_data_size,
                                  void **con_cls)
{
	struct server *s = cls;
	struct req *r = *con_cls;
	(void)version;
	if (!r) {
		r = xcalloc(1, sizeof(*r));
		buf_init(&r->body, HTTP_MAX_BODY);
		*con_cls = r;
		/* A body announced too large is refused before it is read. */
		const char *cl = mhd.lookup_connection_value(conn, MHD_HEADER_KIND, "Content-Length");
		long long n;
		if (cl && http_parse_int(cl, 0, INT64_MAX, &n) == 0 && n > (long long)HTTP_MAX_BODY) {
			struct http_request rq = {
			    .method = http_method_parse(method),
			    .path = url,
			    .host = mhd.lookup_connection_value(conn, MHD_HEADER_KIND, "Host"),
			    .body_too_large = true,
			    .content_type = "application/json"};
			struct http_response rs;
			api_handle(s->api, &rq, &rs);
			return send_response(s, conn, method, url, &rs);
		}
		return MHD_YES;
	}
	if (*upload_data_size) {
		if (!r->too_large && buf_add(&r->body, upload_data, *upload_data_size) < 0) {
			r->too_large = true;
			buf_release(&r->body);
		}
		*upload_data_size = 0;
		return MHD_YES;
	}
	mhd.get_connection_values(conn, MHD_GET_ARGUMENT_KIND, collect_param, r);
	struct http_request rq = {
	    .method = http_method_parse(method),
	    .path = url,
	    .query = r->params,
	    .nquery = r->nparams,
	    .host = mhd.lookup_connection_value(conn, MHD_HEADER_KIND, "Host"),
	    .content_type = mhd.lookup_connection_value(conn, MHD_HEADER_KIND, "Content-Type"),
	    .if_none_match = mhd.lookup_connection_value(conn, MHD_HEADER_KIND, "If-None-Match"),
	    .body = r->body.len ? r->body.data : NULL,
	    .body_len = r->body.len,
	    .body_too_large = r->too_large,
	};
	struct http_response rs;
	/*
	 * libmicrohttpd keeps every Host header and looks up the first; two of
	 * them make the request ambiguous (RFC 9112, 3.2: answer 400), and the
	 * DNS-rebinding check must not pass on the first while a proxy uses another.
	 */
	int hosts = 0;
	mhd.get_connection_values(conn, MHD_HEADER_KIND, count_host, &hosts);
	if (hosts > 1) {
		memset(&rs, 0, sizeof(rs));
		http_error(&rs, 400, "%d Host headers: a request has one", hosts);
	} else if (r->too_many_params) {
		memset(&rs, 0, sizeof(rs));
		http_error(&rs, 400, "more than %d query parameters", MAX_PARAMS);
	} else {
		api_handle(s->api, &rq, &rs);
	}
	return send_response(s, conn, method, url, &rs);
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
	struct req *r = *con_cls;
	(void)cls;
	(void)conn;
	(void)toe;
	if (r) {
		buf_release(&r->body);
		free(r);
		*con_cls = NULL;
	}
}

static void on_mhd_log(void *cls, const char *fmt, va_list ap)
{
	(void)cls;
	fputs("ace serve: ", stderr);
	vfprintf(stderr, fmt, ap);
}

/* Create the listening socket; -1 with *err. */
static int listen_on(const char *host, int port, bool allow_remote, int *bound_port, bool *v6, char **err)
{
	struct sockaddr_storage ss;
	memset(&ss, 0, sizeof(ss));
	socklen_t len;
	const char *addr = !strcasecmp(host, "localhost") ? "127.0.0.1" : host;
	struct sockaddr_in *a4 = (struct sockaddr_in *)&ss;
	struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)&ss;
	if (inet_pton(AF_INET, addr, &a4->sin_addr) == 1) {
		a4->sin_family = AF_INET;
		a4->sin_port = htons((uint16_t)port);
		len = sizeof(*a4);
		*v6 = false;
	} else if (inet_pton(AF_INET6, addr, &a6->sin6_addr) == 1) {
		a6->sin6_family = AF_INET6;
		a6->sin6_port = htons((uint16_t)port);
		len = sizeof(*a6);
		*v6 = true;
	} else {
		char *clean = http_clean(host, 100);
		*err = xasprintf(
		    "--host '%s' is not an IP address (e.g. 127.0.0.1, ::1, 0.0.0.0) or localhost", clean);
		free(clean);
		return -1;
	}
	if (!allow_remote && !http_host_is_loopback(host)) {
		*err = xasprintf("--host %s is reachable from other machines, and ace serve runs the code it "
		                 "is sent: add --allow-remote if you mean it",
		                 host);
		return -1;
	}
	int fd = socket(ss.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		*err = xasprintf("socket: %s", strerror(errno));
		return -1;
	}
	int one = 1;
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(fd, (struct sockaddr *)&ss, len) < 0) {
		int e = errno;
		close(fd);
		if (e == EADDRINUSE)
			*err =
			    xasprintf("port %d on %s is in use: choose another with --port (0: any free one)",
			              port, host);
		else
			*err = xasprintf("cannot listen on %s port %d: %s", host, port, strerror(e));
		return -1;
	}
	if (listen(fd, 1024) < 0) {
		*err = xasprintf("listen: %s", strerror(errno));
		close(fd);
		return -1;
	}
	struct sockaddr_storage got;
	socklen_t glen = sizeof(got);
	getsockname(fd, (struct sockaddr *)&got, &glen);
	*bound_port = ntohs(got.ss_family == AF_INET6 ? ((struct sockaddr_in6 *)&got)->sin6_port
	                                              : ((struct sockaddr_in *)&got)->sin_port);
	return fd;
}

int server_start(const struct server_opts *o, server_t **out, char **err)
{
	*out = NULL;
	if (o->port < 0 || o->port > 65535) {
		*err = xasprintf("--port %d is not a port (0 to 65535; 0: any free one)", o->port);
		return -1;
	}
	if (mhd_load(err) < 0)
		return -1;
	struct server *s = xcalloc(1, sizeof(*s));
	s->host = xstrdup(o->host ? o->host : "127.0.0.1");
	bool v6 = false;
	s->listen_fd = listen_on(s->host, o->port, o->allow_remote, &s->port, &v6, err);
	if (s->listen_fd < 0) {
		server_free(s);
		return -1;
	}
	s->url = xasprintf(v6 ? "http://[%s]:%d/" : "http://%s:%d/", s->host, s->port);
	struct api_opts ao = {
	    .bank = o->bank,
	    .store = o->store,
	    .version = o->version ? o->version : "unknown",
	    .port = s->port,
	    .remote_host = o->allow_remote ? s->host : NULL,
	    .url = s->url,
	};
	s->api = api_new(&ao);
	/* The workers are forked before any server thread exists. */
	struct jobs_opts jo = {
	    .workers = o->jobs,
	    .max_queued = 64,
	    .keep = 256,
	    .bank = o->bank,
	    .cache_dir = o->cache_dir,
	    .record = api_record,
	    .record_ctx = s->api,
	};
	if (jobs_start(&jo, &s->jobs, err) < 0) {
		server_free(s);
		return -1;
	}
	api_set_jobs(s->api, s->jobs);
	/*
	 * The answers are cached bytes, so a thread serves tens of thousands of requests
	 * a second. One CPU is left to the judge workers and the browser (or the load
	 * generator): on two CPUs, a second server thread preempted by them held its
	 * connections for a time slice and tripled the p99 latency (docs/PERFORMANCE.md).
	 */
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	unsigned threads = o->threads > 0 ? (unsigned)o->threads
	                   : cpus <= 2    ? 1
	                   : cpus > 17    ? 16
	                                  : (unsigned)cpus - 1;
	/* A pool of one is refused with a warning: one thread is the daemon's own polling thread. */
	struct MHD_OptionItem pool[] = {
	    {threads > 1 ? MHD_OPTION_THREAD_POOL_SIZE : MHD_OPTION_END, (intptr_t)threads, NULL},
	    {MHD_OPTION_END, 0, NULL},
	};
	s->d =
	    mhd.start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ITC |
	                         MHD_USE_ERROR_LOG | (v6 ? MHD_USE_IPv6 : 0),
	                     0, NULL, NULL, on_request, s, MHD_OPTION_EXTERNAL_LOGGER, on_mhd_log, NULL,
	                     MHD_OPTION_LISTEN_SOCKET, s->listen_fd, MHD_OPTION_ARRAY, pool,
	                     MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
	                     (size_t)CONN_MEMORY, MHD_OPTION_CONNECTION_LIMIT, (unsigned)1000,
	                     MHD_OPTION_NOTIFY_COMPLETED, on_completed, NULL, MHD_OPTION_END);
	if (!s->d) {
		*err = xstrdup("the HTTP server (libmicrohttpd) did not start");
		server_free(s);
		return -1;
	}
	*out = s;
	return 0;
}

int server_port(const server_t *s)
{
	return s->port;
}

const char *server_url(const server_t *s)
{
	return s->url;
}

void server_free(server_t *s)
{
	if (!s)
		return;
	if (s->d) {
		/* Take the listening socket back first: no new connections while stopping. */
		MHD_socket fd = mhd.quiesce_daemon(s->d);
		mhd.stop_daemon(s->d);
		if (fd != MHD_INVALID_SOCKET)
			s->listen_fd = fd;
	}
	if (s->listen_fd > 0)
		close(s->listen_fd);
	/* Then the judge (its record hook uses the api), then the api. */
	jobs_free(s->jobs);
	api_free(s->api);
	free(s->url);
	free(s->host);
	free(s);
}
