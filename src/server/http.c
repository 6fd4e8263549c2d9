/*
 * http.c - see http.h.
 */
#include "server/http.h"

#include <arpa/inet.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/buf.h"
#include "util/xalloc.h"

static const struct {
	const char *name;
	enum http_method m;
} methods[] = {
    {"GET", HTTP_GET},       {"HEAD", HTTP_HEAD},   {"POST", HTTP_POST},       {"PUT", HTTP_PUT},
    {"DELETE", HTTP_DELETE}, {"PATCH", HTTP_PATCH}, {"OPTIONS", HTTP_OPTIONS},
};

enum http_method http_method_parse(const char *s)
{
	for (size_t i = 0; i < sizeof(methods) / sizeof(methods[0]); i++)
		if (!strcmp(s, methods[i].name))
			return methods[i].m;
	return HTTP_OTHER;
}

struct http_shared *http_shared_new(const char *data, size_t len)
{
	struct http_shared *sh = xmalloc(sizeof(*sh) + len + 1);
	sh->refs = 1;
	sh->len = len;
	memcpy(sh->data, data, len);
	sh->data[len] = '\0';
	return sh;
}

struct http_shared *http_shared_ref(struct http_shared *sh)
{
	__atomic_add_fetch(&sh->refs, 1, __ATOMIC_RELAXED);
	return sh;
}

void http_shared_unref(struct http_shared *sh)
{
	if (sh && __atomic_sub_fetch(&sh->refs, 1, __ATOMIC_ACQ_REL) == 0)
		free(sh);
}

void http_response_release(struct http_response *rs)
{
	if (rs->shared)
		http_shared_unref(rs->shared);
	else if (!rs->body_static)
		free(rs->body);
	memset(rs, 0, sizeof(*rs));
}

void http_json_shared(struct http_response *rs, struct http_shared *sh)
{
	http_response_release(rs);
	rs->status = 200;
	rs->shared = http_shared_ref(sh);
	rs->body = sh->data;
	rs->len = sh->len;
	rs->content_type = "application/json";
	rs->cache_control = "no-store";
}

void http_json(struct http_response *rs, int status, json_t *doc)
{
	http_response_release(rs);
	rs->status = status;
	rs->body = json_dumps(doc, JSON_COMPACT | JSON_REAL_PRECISION(12));
	json_decref(doc);
	if (!rs->body) { /* only for a document that is not JSON-able: ace's bug */
		rs->status = 500;
		rs->body = xstrdup("{\"error\":\"the answer could not be encoded\"}");
	}
	rs->len = strlen(rs->body);
	rs->content_type = "application/json";
	rs->cache_control = "no-store";
}

void http_error(struct http_response *rs, int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	struct buf b;
	buf_init(&b, 4096);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	char *msg = http_clean(b.data, 4096);
	buf_release(&b);
	http_json(rs, status, json_pack("{s:s}", "error", msg));
	free(msg);
}

void http_match_release(struct http_match *m)
{
	for (size_t i = 0; i < m->n; i++)
		free(m->cap[i]);
	memset(m, 0, sizeof(*m));
}

/* Match path against pattern; captures into m on success. */
static bool match(const char *pattern, const char *path, struct http_match *m)
{
	m->n = 0;
	const char *p = pattern, *s = path;
	for (;;) {
		if (*p == '\0' || *s == '\0')
			break;
		if (p[0] == '*' && p[1] == '*') {
			if (!*s || m->n == HTTP_MAX_CAPTURES)
				goto no;
			m->cap[m->n++] = xstrdup(s);
			return true;
		}
		if (p[0] == '*') {
			size_t n = strcspn(s, "/");
			if (n == 0 || m->n == HTTP_MAX_CAPTURES)
				goto no;
			m->cap[m->n++] = xstrndup(s, n);
			s += n;
			p++;
			continue;
		}
		if (*p != *s)
			goto no;
		p++;
		s++;
	}
	if (*p == '\0' && *s == '\0')
		return true;
no:
	http_match_release(m);
	return false;
}

enum http_route_rc http_route_find(const struct http_route *table, size_t n, enum http_method method,
                                   const char *path, struct http_match *m, char *allow, size_t allow_size)
{
	memset(m, 0, sizeof(*m));
	unsigned allowed = 0;
	enum http_method want = method == HTTP_HEAD ? HTTP_GET : method;
	for (size_t i = 0; i < n; i++) {
		struct http_match t = {0};
		if (!match(table[i].pattern, path, &t))
			continue;
		if (table[i].methods & want) {
			*m = t;
			m->id = table[i].id;
			return HTTP_ROUTE_OK;
		}
		allowed |= table[i].methods;
		http_match_release(&t);
	}
	if (!allowed)
		return HTTP_ROUTE_NOT_FOUND;
	if (allowed & HTTP_GET)
		allowed |= HTTP_HEAD;
	struct buf b;
	buf_init(&b, allow_size ? allow_size - 1 : 0);
	for (size_t i = 0; i < sizeof(methods) / sizeof(methods[0]); i++)
		if (allowed & methods[i].m)
			buf_printf(&b, "%s%s", b.len ? ", " : "", methods[i].name);
	if (allow_size)
		snprintf(allow, allow_size, "%s", b.data);
	buf_release(&b);
	return HTTP_ROUTE_BAD_METHOD;
}

/* Whether host is exactly name:port (or name alone when port is 80). */
static bool host_is(const char *host, const char *name, int port)
{
	size_t n = strlen(name);
	if (strncasecmp(host, name, n))
		return false;
	const char *rest = host + n;
	if (*rest == '\0')
		return port == 80;
	if (*rest != ':')
		return false;
	long long v;
	return http_parse_int(rest + 1, 1, 65535, &v) == 0 && v == port && rest[1] != '0';
}

/*
 * Whether host is an IP address literal with the given port ("10.0.0.1:PORT",
 * "[fe80::1]:PORT"); the bare address goes to addr (no brackets).
 */
static bool host_is_ip(const char *host, int port, char *addr, size_t size)
{
	char name[64];
	const char *colon = host[0] == '[' ? strstr(host, "]:") : strrchr(host, ':');
	size_t n = colon ? (size_t)(colon - host) + (host[0] == '[') : strlen(host);
	if (n >= sizeof(name) || n >= size)
		return false;
	memcpy(name, host, n);
	name[n] = '\0';
	if (!host_is(host, name, port))
		return false;
	struct in_addr a4;
	struct in6_addr a6;
	if (name[0] == '[' && n > 2 && name[n - 1] == ']') {
		name[n - 1] = '\0';
		snprintf(addr, size, "%s", name + 1);
		return inet_pton(AF_INET6, name + 1, &a6) == 1;
	}
	snprintf(addr, size, "%s", name);
	return inet_pton(AF_INET, name, &a4) == 1;
}

bool http_host_allowed(const char *host, int port, const char *bound_host)
{
	if (!host)
		return false;
	if (host_is(host, "127.0.0.1", port) || host_is(host, "localhost", port) ||
	    host_is(host, "[::1]", port))
		return true;
	/*
	 * An address literal is no DNS name, so no rebinding: any loopback
	 * address is fine (a server started with --host 127.0.0.2 is reached
	 * as 127.0.0.2), and serving remotely, any address of the machine.
	 */
	char addr[64];
	if (host_is_ip(host, port, addr, sizeof(addr)) &&
	    ((bound_host && *bound_host) || http_host_is_loopback(addr)))
		return true;
	if (!bound_host || !*bound_host)
		return false;
	if (strchr(bound_host, ':')) { /* an IPv6 address: [addr]:port */
		char name[128];
		snprintf(name, sizeof(name), "[%s]", bound_host);
		return host_is(host, name, port);
	}
	return host_is(host, bound_host, port);
}

bool http_host_is_loopback(const char *host)
{
	if (!strcasecmp(host, "localhost"))
		return true;
	struct in_addr a4;
	struct in6_addr a6;
	if (inet_pton(AF_INET, host, &a4) == 1)
		return (ntohl(a4.s_addr) >> 24) == 127;
	if (inet_pton(AF_INET6, host, &a6) == 1)
		return IN6_IS_ADDR_LOOPBACK(&a6);
	return false;
}

bool http_is_json_type(const char *ct)
{
	if (!ct)
		return false;
	while (*ct == ' ')
		ct++;
	static const char json[] = "application/json";
	if (strncasecmp(ct, json, sizeof(json) - 1))
		return false;
	ct += sizeof(json) - 1;
	while (*ct == ' ' || *ct == '\t')
		ct++;
	return *ct == '\0' || *ct == ';';
}

const char *http_mime_type(const char *path)
{
	static const struct {
		const char *ext, *type;
	} types[] = {
	    {".html", "text/html; charset=utf-8"},
	    {".js", "text/javascript; charset=utf-8"},
	    {".mjs", "text/javascript; charset=utf-8"},
	    {".css", "text/css; charset=utf-8"},
	    {".json", "application/json"},
	    {".map", "application/json"},
	    {".svg", "image/svg+xml"},
	    {".png", "image/png"},
	    {".ico", "image/x-icon"},
	    {".woff2", "font/woff2"},
	    {".txt", "text/plain; charset=utf-8"},
	};
	const char *slash = strrchr(path, '/');
	const char *dot = strrchr(slash ? slash : path, '.');
	if (dot)
		for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
			if (!strcasecmp(dot, types[i].ext))
				return types[i].type;
	return "application/octet-stream";
}

char *http_query_check(const struct http_request *rq, const char *const *allowed)
{
	for (size_t i = 0; i < rq->nquery; i++) {
		const char *k = rq->query[i].key;
		bool ok = false;
		for (size_t a = 0; allowed && allowed[a] && !ok; a++)
			ok = !strcmp(k, allowed[a]);
		char *name = http_clean(k, 64);
		if (!ok) {
			struct buf b;
			buf_init(&b, BUF_NOLIMIT);
			for (size_t a = 0; allowed && allowed[a]; a++)
				buf_printf(&b, "%s%s", a ? ", " : "", allowed[a]);
			char *msg =
			    b.len ? xasprintf("unknown query parameter '%s' (this route takes %s)", name,
			                      b.data)
			          : xasprintf("unknown query parameter '%s' (this route takes none)", name);
			buf_release(&b);
			free(name);
			return msg;
		}
		for (size_t j = 0; j < i; j++)
			if (!strcmp(rq->query[j].key, k)) {
				char *msg = xasprintf("query parameter '%s' is given twice", name);
				free(name);
				return msg;
			}
		free(name);
	}
	return NULL;
}

const char *http_query_get(const struct http_request *rq, const char *key)
{
	for (size_t i = 0; i < rq->nquery; i++)
		if (!strcmp(rq->query[i].key, key))
			return rq->query[i].value;
	return NULL;
}

int http_parse_int(const char *s, long long min, long long max, long long *out)
{
	if (!s || !*s || strlen(s) > 19)
		return -1;
	for (const char *p = *s == '-' ? s + 1 : s; *p; p++)
		if (*p < '0' || *p > '9')
			return -1;
	if (*s == '-' && !s[1])
		return -1;
	errno = 0;
	char *end;
	long long v = strtoll(s, &end, 10);
	if (errno || *end || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

char *http_clean(const char *s, size_t max)
{
	size_t n = strnlen(s, max);
	char *c = xstrndup(s, n);
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)c[i] < 0x20 || (unsigned char)c[i] >= 0x7f)
			c[i] = '?';
	return c;
}

char *http_csp(const char *script_hashes)
{
	bool extra = script_hashes && *script_hashes;
	return xasprintf("default-src 'self'; script-src 'self'%s%s; style-src 'self'; img-src 'self' data:; "
	                 "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
	                 "form-action 'self'",
	                 extra ? " " : "", extra ? script_hashes : "");
}
