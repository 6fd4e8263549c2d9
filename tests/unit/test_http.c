/*
 * test_http.c - unit tests of the socket-free HTTP pieces of ace serve
 * (server/http.h): routing, the Host check, query parameters, content types.
 * Table-driven: each row is an input and what must come out.
 */
#include "testutil.h"

#include "server/http.h"

enum { R_LIST = 1, R_PROBLEM, R_DRAFT, R_RUN, R_SUBS, R_ASSET };

static const struct http_route routes[] = {
    {HTTP_GET, "/api/problems", R_LIST},
    {HTTP_GET, "/api/problems/*", R_PROBLEM},
    {HTTP_GET | HTTP_PUT, "/api/problems/*/draft", R_DRAFT},
    {HTTP_POST, "/api/problems/*/run", R_RUN},
    {HTTP_GET | HTTP_POST, "/api/problems/*/submissions", R_SUBS},
    {HTTP_GET, "/assets/**", R_ASSET},
};

static void test_routes(void **state)
{
	static const struct {
		const char *method, *path;
		int want;          /* route id, or HTTP_ROUTE_NOT_FOUND / HTTP_ROUTE_BAD_METHOD */
		const char *cap;   /* the first capture, or the Allow header of a 405 */
	} cases[] = {
	    {"GET", "/api/problems", R_LIST, NULL},
	    {"HEAD", "/api/problems", R_LIST, NULL},
	    {"GET", "/api/problems/two-sum", R_PROBLEM, "two-sum"},
	    {"GET", "/api/problems/two-sum/draft", R_DRAFT, "two-sum"},
	    {"PUT", "/api/problems/two-sum/draft", R_DRAFT, "two-sum"},
	    {"POST", "/api/problems/two-sum/run", R_RUN, "two-sum"},
	    {"POST", "/api/problems/x/submissions", R_SUBS, "x"},
	    {"GET", "/assets/js/app.js", R_ASSET, "js/app.js"},
	    {"GET", "/api/problems/", HTTP_ROUTE_NOT_FOUND, NULL},
	    {"GET", "/api/problems//draft", HTTP_ROUTE_NOT_FOUND, NULL},
	    {"GET", "/api/problems/two-sum/draft/x", HTTP_ROUTE_NOT_FOUND, NULL},
	    {"GET", "/api/problemsx", HTTP_ROUTE_NOT_FOUND, NULL},
	    {"GET", "/assets/", HTTP_ROUTE_NOT_FOUND, NULL},
	    {"GET", "", HTTP_ROUTE_NOT_FOUND, NULL},
	    {"DELETE", "/api/problems", HTTP_ROUTE_BAD_METHOD, "GET, HEAD"},
	    {"POST", "/api/problems/two-sum", HTTP_ROUTE_BAD_METHOD, "GET, HEAD"},
	    {"GET", "/api/problems/two-sum/run", HTTP_ROUTE_BAD_METHOD, "POST"},
	    {"POST", "/api/problems/two-sum/draft", HTTP_ROUTE_BAD_METHOD, "GET, HEAD, PUT"},
	    {"BREW", "/api/problems/two-sum/submissions", HTTP_ROUTE_BAD_METHOD, "GET, HEAD, POST"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct http_match m;
		char allow[64] = "";
		char what[160];
		snprintf(what, sizeof(what), "%s %s", cases[i].method, cases[i].path);
		int rc = http_route_find(routes, sizeof(routes) / sizeof(routes[0]),
		                         http_method_parse(cases[i].method), cases[i].path, &m, allow,
		                         sizeof(allow));
		if (cases[i].want > 0) {
			EXPECT_INT(what, HTTP_ROUTE_OK, rc);
			EXPECT_INT(what, cases[i].want, m.id);
			EXPECT_STR(what, cases[i].cap, m.n ? m.cap[0] : NULL);
		} else {
			EXPECT_INT(what, cases[i].want, rc);
			if (cases[i].cap)
				EXPECT_STR(what, cases[i].cap, allow);
		}
		http_match_release(&m);
	}
}

static void test_host(void **state)
{
	static const struct {
		const char *host;
		int port;
		const char *bound; /* --allow-remote host, or NULL */
		bool ok;
	} cases[] = {
	    {"127.0.0.1:8080", 8080, NULL, true},
	    {"localhost:8080", 8080, NULL, true},
	    {"LocalHost:8080", 8080, NULL, true},
	    {"[::1]:8080", 8080, NULL, true},
	    {"127.0.0.1", 80, NULL, true},
	    {"127.0.0.1", 8080, NULL, false},
	    {"127.0.0.1:8081", 8080, NULL, false},
	    {"127.0.0.1:08080", 8080, NULL, false},
	    {"127.0.0.1:8080x", 8080, NULL, false},
	    {"localhost.evil.example:8080", 8080, NULL, false},
	    {"evil.example:8080", 8080, NULL, false},
	    {"127.0.0.2:8080", 8080, NULL, true},
	    {"127.1.2.3:8080", 8080, NULL, true},
	    {"127.0.0.2:8081", 8080, NULL, false},
	    {"127.0.0.2", 8080, NULL, false},
	    {"[::ffff:127.0.0.1]:8080", 8080, NULL, false},
	    {"128.0.0.1:8080", 8080, NULL, false},
	    {"", 8080, NULL, false},
	    {NULL, 8080, NULL, false},
	    {"192.168.1.5:8080", 8080, NULL, false},
	    {"192.168.1.5:8080", 8080, "192.168.1.5", true},
	    {"192.168.1.6:8080", 8080, "192.168.1.5", true},
	    {"192.168.1.6:8081", 8080, "192.168.1.5", false},
	    {"10.1.2.3:8080", 8080, "0.0.0.0", true},
	    {"[fe80::1]:8080", 8080, "fe80::1", true},
	    {"[fe80::2]:8080", 8080, "::", true},
	    {"[fe80::zz]:8080", 8080, "::", false},
	    {"fe80::1:8080", 8080, "fe80::1", false},
	    {"myhost.lan:8080", 8080, "0.0.0.0", false},
	    {"myhost.lan:8080", 8080, "myhost.lan", true},
	    {"1.2.3.4.evil.example:8080", 8080, "0.0.0.0", false},
	    {"10.1.2.3", 80, "0.0.0.0", true},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char what[160];
		snprintf(what, sizeof(what), "Host %s on port %d (bound %s)",
		         cases[i].host ? cases[i].host : "(none)", cases[i].port,
		         cases[i].bound ? cases[i].bound : "loopback");
		EXPECT_INT(what, cases[i].ok, http_host_allowed(cases[i].host, cases[i].port, cases[i].bound));
	}
	EXPECT_INT("127.0.0.1", true, http_host_is_loopback("127.0.0.1"));
	EXPECT_INT("127.1.2.3", true, http_host_is_loopback("127.1.2.3"));
	EXPECT_INT("::1", true, http_host_is_loopback("::1"));
	EXPECT_INT("localhost", true, http_host_is_loopback("localhost"));
	EXPECT_INT("0.0.0.0", false, http_host_is_loopback("0.0.0.0"));
	EXPECT_INT("::", false, http_host_is_loopback("::"));
	EXPECT_INT("10.0.0.1", false, http_host_is_loopback("10.0.0.1"));
	EXPECT_INT("a name", false, http_host_is_loopback("example.com"));
}

static void test_query(void **state)
{
	static const char *const allowed[] = {"topic", "q", NULL};
	struct http_param ok[] = {{"topic", "dsa"}, {"q", "two sum"}};
	struct http_param twice[] = {{"q", "a"}, {"q", "b"}};
	struct http_param unknown[] = {{"topic", "dsa"}, {"colour\n", "red"}};
	struct http_request rq = {.query = ok, .nquery = 2};
	char *msg = http_query_check(&rq, allowed);
	EXPECT_STR("known parameters", NULL, msg);
	EXPECT_STR("get q", "two sum", http_query_get(&rq, "q"));
	EXPECT_STR("get a missing one", NULL, http_query_get(&rq, "difficulty"));
	rq.query = twice;
	msg = http_query_check(&rq, allowed);
	EXPECT_CONTAINS("a parameter twice", "'q' is given twice", msg);
	free(msg);
	rq.query = unknown;
	msg = http_query_check(&rq, allowed);
	EXPECT_CONTAINS("an unknown parameter, cleaned", "'colour?'", msg);
	EXPECT_CONTAINS("the known ones are listed", "topic, q", msg);
	free(msg);
	msg = http_query_check(&rq, NULL);
	EXPECT_CONTAINS("a route without parameters", "takes none", msg);
	free(msg);
}

static void test_ints(void **state)
{
	static const struct {
		const char *s;
		int ok;
		long long v;
	} cases[] = {
	    {"0", 1, 0},       {"30", 1, 30},   {"365", 1, 365}, {"366", 0, 0}, {"-1", 0, 0},
	    {"", 0, 0},        {"1e3", 0, 0},   {" 5", 0, 0},    {"5 ", 0, 0},  {"+5", 0, 0},
	    {"0x10", 0, 0},    {"-", 0, 0},     {"99999999999999999999", 0, 0},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		long long v = -7;
		int rc = http_parse_int(cases[i].s, 0, 365, &v);
		EXPECT_INT(cases[i].s, cases[i].ok ? 0 : -1, rc);
		if (cases[i].ok)
			EXPECT_INT(cases[i].s, cases[i].v, v);
	}
	EXPECT_INT("NULL", -1, http_parse_int(NULL, 0, 1, &(long long){0}));
}

static void test_types(void **state)
{
	EXPECT_INT("application/json", true, http_is_json_type("application/json"));
	EXPECT_INT("with charset", true, http_is_json_type("application/json; charset=utf-8"));
	EXPECT_INT("upper case", true, http_is_json_type("Application/JSON"));
	EXPECT_INT("text/plain", false, http_is_json_type("text/plain"));
	EXPECT_INT("json-seq", false, http_is_json_type("application/json-seq"));
	EXPECT_INT("form", false, http_is_json_type("application/x-www-form-urlencoded"));
	EXPECT_INT("none", false, http_is_json_type(NULL));
	EXPECT_STR("html", "text/html; charset=utf-8", http_mime_type("web/index.html"));
	EXPECT_STR("js", "text/javascript; charset=utf-8", http_mime_type("/assets/a.b/app.js"));
	EXPECT_STR("css", "text/css; charset=utf-8", http_mime_type("/assets/app.CSS"));
	EXPECT_STR("no extension", "application/octet-stream", http_mime_type("/assets/a.b/LICENSE"));
	EXPECT_STR("unknown", "application/octet-stream", http_mime_type("x.exe"));
	EXPECT_STR("GET", NULL, http_method_parse("GET") == HTTP_GET ? NULL : "not GET");
	EXPECT_STR("get", NULL, http_method_parse("get") == HTTP_OTHER ? NULL : "not OTHER");
}

static void test_messages(void **state)
{
	char *c = http_clean("a\x01\tb\xc3\xa9z", 100);
	EXPECT_STR("control and non-ASCII bytes", "a??b??z", c);
	free(c);
	c = http_clean("abcdef", 3);
	EXPECT_STR("capped", "abc", c);
	free(c);
	struct http_response rs = {0};
	http_error(&rs, 404, "no problem '%s'", "x\ny");
	EXPECT_INT("status", 404, rs.status);
	EXPECT_STR("body", "{\"error\":\"no problem 'x?y'\"}", rs.body);
	EXPECT_STR("type", "application/json", rs.content_type);
	http_response_release(&rs);
	c = http_csp(NULL);
	EXPECT_CONTAINS("default-src", "default-src 'self';", c);
	EXPECT_CONTAINS("no inline scripts", "script-src 'self';", c);
	free(c);
	c = http_csp("'sha256-abc='");
	EXPECT_CONTAINS("a script hash", "script-src 'self' 'sha256-abc=';", c);
	free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_routes), cmocka_unit_test(test_host),     cmocka_unit_test(test_query),
	    cmocka_unit_test(test_ints),   cmocka_unit_test(test_types),    cmocka_unit_test(test_messages),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
