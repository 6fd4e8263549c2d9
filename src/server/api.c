/*
 * api.c - see api.h and docs/API.md.
 */
#include "server/api.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bank/topics.h"
#include "judge/judge.h"
#include "progress/progress.h"
#include "render/render.h"
#include "util/embedded.h"
#include "util/xalloc.h"

/* A body built once and served until the data it shows changes. */
struct cached {
	struct http_shared *body; /* NULL until built */
	uint64_t version;         /* the store's data version it was built at */
};

/*
 * How long a data version read from the store is trusted. Writes through the
 * server invalidate it at once; a write by another process (the CLI) shows
 * within this time. It keeps SQLite off the path of cached pages.
 */
#define VERSION_TTL_MS 100

/* One embedded UI file. */
struct asset {
	const char *url; /* "/" or "/assets/..." */
	const char *data;
	size_t len;
	const char *type;
	char etag[24];
};

struct api {
	struct api_opts o;
	jobs_t *jobs;
	pthread_mutex_t store_mu; /* the store connection, and loading tests */
	pthread_mutex_t cache_mu; /* the caches below */
	json_t **detail;          /* per bank index: the problem without its status; NULL until built */
	struct cached *detail_body;
	struct cached list_body; /* the unfiltered list */
	json_t *topics_doc;
	uint64_t version;   /* the store's data version, as last read (cache_mu) */
	int64_t version_at; /* when it was read (ms, monotonic); 0: read it again */
	struct asset *assets;
	size_t nassets;
	char *csp;
};

enum route_id {
	R_LIST,
	R_PROBLEM,
	R_DRAFT,
	R_RUN,
	R_SUBMISSIONS,
	R_JOB,
	R_SUBMISSION,
	R_STATS,
	R_TOPICS,
	R_HEALTH,
	R_INDEX,
	R_ASSET,
};

static const struct http_route routes[] = {
    {HTTP_GET, "/api/problems", R_LIST},
    {HTTP_GET, "/api/problems/*", R_PROBLEM},
    {HTTP_GET | HTTP_PUT, "/api/problems/*/draft", R_DRAFT},
    {HTTP_POST, "/api/problems/*/run", R_RUN},
    {HTTP_GET | HTTP_POST, "/api/problems/*/submissions", R_SUBMISSIONS},
    {HTTP_GET, "/api/jobs/*", R_JOB},
    {HTTP_GET, "/api/submissions/*", R_SUBMISSION},
    {HTTP_GET, "/api/stats", R_STATS},
    {HTTP_GET, "/api/topics", R_TOPICS},
    {HTTP_GET, "/api/health", R_HEALTH},
    {HTTP_GET, "/", R_INDEX},
    {HTTP_GET, "/assets/**", R_ASSET},
};

/* FNV-1a, 64 bits: an ETag, not a security boundary. */
static uint64_t fnv1a(const char *p, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)p[i];
		h *= 1099511628211ull;
	}
	return h;
}

static void load_assets(api_t *a)
{
	size_t n = 0;
	for (const struct embedded_file *f = embedded_files; f->path; f++)
		n++;
	a->assets = xcalloc(n + 1, sizeof(*a->assets));
	const char *hashes = NULL;
	for (const struct embedded_file *f = embedded_files; f->path; f++) {
		if (!strcmp(f->path, "web/csp-script-hashes")) {
			hashes = f->data;
			continue;
		}
		const char *url = NULL;
		if (!strcmp(f->path, "web/index.html"))
			url = "/";
		else if (!strncmp(f->path, "web/assets/", 11))
			url = f->path + 3; /* "/assets/..." */
		if (!url)
			continue;
		struct asset *as = &a->assets[a->nassets++];
		as->url = url;
		as->data = f->data;
		as->len = f->len;
		as->type = http_mime_type(f->path);
		snprintf(as->etag, sizeof(as->etag), "\"%016llx\"",
		         (unsigned long long)fnv1a(f->data, f->len));
	}
	/* The hashes are ours (built in), but a header is no place for a stray newline. */
	char *clean = http_clean(hashes ? hashes : "", 4096);
	for (char *s = clean; *s; s++)
		if (*s == '?' || *s == ';' || *s == ',')
			*s = ' ';
	a->csp = http_csp(clean);
	free(clean);
}

static json_t *topics_doc(bank_t *b)
{
	json_t *arr = json_array();
	for (size_t t = 0; topics[t].id; t++) {
		int count = 0;
		for (size_t i = 0; i < bank_count(b); i++) {
			const struct problem *p = bank_get(b, i);
			for (size_t k = 0; k < p->topics.n; k++)
				count += !strcmp(p->topics.v[k], topics[t].id);
		}
		json_array_append_new(arr, json_pack("{s:s, s:s, s:i}", "id", topics[t].id, "title",
		                                     *topics[t].about ? topics[t].about : topics[t].id,
		                                     "problems", count));
	}
	return json_pack("{s:o}", "topics", arr);
}

api_t *api_new(const struct api_opts *o)
{
	api_t *a = xcalloc(1, sizeof(*a));
	a->o = *o;
	pthread_mutex_init(&a->store_mu, NULL);
	pthread_mutex_init(&a->cache_mu, NULL);
	size_t n = bank_count(o->bank);
	a->detail = xcalloc(n + 1, sizeof(*a->detail));
	a->detail_body = xcalloc(n + 1, sizeof(*a->detail_body));
	a->topics_doc = topics_doc(o->bank);
	load_assets(a);
	return a;
}

void api_set_jobs(api_t *a, jobs_t *jobs)
{
	a->jobs = jobs;
}

const char *api_csp(const api_t *a)
{
	return a->csp;
}

void api_free(api_t *a)
{
	if (!a)
		return;
	size_t n = bank_count(a->o.bank);
	for (size_t i = 0; i < n; i++) {
		json_decref(a->detail[i]);
		http_shared_unref(a->detail_body[i].body);
	}
	free(a->detail);
	free(a->detail_body);
	http_shared_unref(a->list_body.body);
	json_decref(a->topics_doc);
	free(a->assets);
	free(a->csp);
	pthread_mutex_destroy(&a->store_mu);
	pthread_mutex_destroy(&a->cache_mu);
	free(a);
}

/* ---- helpers ------------------------------------------------------------ */

static int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Forget the data version: the next request reads it again (after a write). */
static void version_expire(api_t *a)
{
	pthread_mutex_lock(&a->cache_mu);
	a->version_at = 0;
	pthread_mutex_unlock(&a->cache_mu);
}

/* The store's data version (see VERSION_TTL_MS), or -1 with a 500 in rs. */
static int data_version(api_t *a, uint64_t *v, struct http_response *rs)
{
	int64_t now = now_ms();
	pthread_mutex_lock(&a->cache_mu);
	bool fresh = a->version_at && now - a->version_at < VERSION_TTL_MS;
	*v = a->version;
	pthread_mutex_unlock(&a->cache_mu);
	if (fresh)
		return 0;
	pthread_mutex_lock(&a->store_mu);
	int rc = store_data_version(a->o.store, v);
	if (rc < 0) {
		http_error(rs, 500, "cannot read the database: %s", store_errmsg(a->o.store));
		fprintf(stderr, "ace serve: %s\n", store_errmsg(a->o.store));
	}
	pthread_mutex_unlock(&a->store_mu);
	if (rc == 0) {
		pthread_mutex_lock(&a->cache_mu);
		a->version = *v;
		a->version_at = now;
		pthread_mutex_unlock(&a->cache_mu);
	}
	return rc;
}

/* The progress of every problem (store lock taken); -1 with a 500 in rs. */
static int read_progress(api_t *a, struct store_progress **pr, size_t *n, struct http_response *rs)
{
	pthread_mutex_lock(&a->store_mu);
	int rc = store_list_progress(a->o.store, pr, n);
	if (rc < 0) {
		http_error(rs, 500, "cannot read progress: %s", store_errmsg(a->o.store));
		fprintf(stderr, "ace serve: %s\n", store_errmsg(a->o.store));
	}
	pthread_mutex_unlock(&a->store_mu);
	return rc;
}

/* Serve a cached body when it is of version v; true when it did. */
static bool cache_get(api_t *a, struct cached *c, uint64_t v, struct http_response *rs)
{
	pthread_mutex_lock(&a->cache_mu);
	bool hit = c->body && c->version == v;
	if (hit)
		http_json_shared(rs, c->body);
	pthread_mutex_unlock(&a->cache_mu);
	return hit;
}

static void cache_put(api_t *a, struct cached *c, uint64_t v, const struct http_response *rs)
{
	struct http_shared *sh = http_shared_new(rs->body, rs->len);
	pthread_mutex_lock(&a->cache_mu);
	http_shared_unref(c->body);
	c->body = sh;
	c->version = v;
	pthread_mutex_unlock(&a->cache_mu);
}

/* The problem named by a captured slug, or NULL with a 404 in rs. */
static struct problem *find_problem(api_t *a, const char *slug, size_t *index, struct http_response *rs)
{
	size_t at;
	struct problem *p = bank_find_index(a->o.bank, slug, &at) ? bank_get(a->o.bank, at) : NULL;
	if (!p) {
		const char *s = bank_suggest(a->o.bank, slug);
		char *clean = http_clean(slug, 80);
		if (s)
			http_error(rs, 404, "no problem '%s' (did you mean '%s'?)", clean, s);
		else
			http_error(rs, 404, "no problem '%s'", clean);
		free(clean);
		return NULL;
	}
	if (index)
		*index = at;
	return p;
}

/* Load p's tests once (under the store lock, which also guards this); -1 with a 500 in rs. */
static int ensure_tests(api_t *a, struct problem *p, struct http_response *rs)
{
	int rc = 0;
	pthread_mutex_lock(&a->store_mu);
	if (!p->tests_loaded) {
		struct diags d = {0};
		if (problem_load_tests(p, &d) < 0) {
			char *first = d.n ? diag_format(&d.v[0]) : xstrdup("unknown error");
			http_error(rs, 500, "the pack's problem '%s' has broken tests: %s", p->slug, first);
			free(first);
			rc = -1;
		}
		diags_release(&d);
	}
	pthread_mutex_unlock(&a->store_mu);
	return rc;
}

/*
 * The request's JSON object body, or NULL with the error in rs: 413 too
 * large, 415 not JSON, 400 malformed or not an object.
 */
static json_t *json_body(const struct http_request *rq, struct http_response *rs)
{
	if (rq->body_too_large) {
		http_error(rs, 413, "the request body is larger than %u KiB", HTTP_MAX_BODY / 1024);
		return NULL;
	}
	if (!http_is_json_type(rq->content_type)) {
		http_error(rs, 415, "send the body as JSON, with Content-Type: application/json");
		return NULL;
	}
	json_error_t e;
	json_t *doc = json_loadb(rq->body ? rq->body : "", rq->body_len, JSON_REJECT_DUPLICATES, &e);
	if (!doc) {
		http_error(rs, 400, "malformed JSON at line %d, column %d: %s", e.line, e.column, e.text);
		return NULL;
	}
	if (!json_is_object(doc)) {
		json_decref(doc);
		http_error(rs, 400, "the body must be a JSON object, e.g. {\"code\": \"...\"}");
		return NULL;
	}
	return doc;
}

/* Refuse fields of doc not in allowed (NULL-terminated); true when all are known. */
static bool known_fields(const json_t *doc, const char *const *allowed, struct http_response *rs)
{
	const char *k;
	json_t *v;
	json_object_foreach((json_t *)doc, k, v) {
		bool ok = false;
		for (size_t i = 0; allowed[i] && !ok; i++)
			ok = !strcmp(k, allowed[i]);
		if (!ok) {
			char *clean = http_clean(k, 64);
			http_error(rs, 400, "unknown field '%s'", clean);
			free(clean);
			return false;
		}
	}
	return true;
}

/* The body's "code": a string within JUDGE_MAX_SOURCE; NULL with the error in rs. */
static const char *code_field(const json_t *doc, bool may_be_empty, struct http_response *rs)
{
	const json_t *v = json_object_get(doc, "code");
	if (!v) {
		http_error(rs, 400, "field 'code' is missing");
		return NULL;
	}
	if (!json_is_string(v)) {
		http_error(rs, 400, "field 'code' must be a string");
		return NULL;
	}
	size_t len = json_string_length(v);
	if (len > JUDGE_MAX_SOURCE) {
		http_error(rs, 413, "field 'code' is %zu bytes; the limit is %u", len, JUDGE_MAX_SOURCE);
		return NULL;
	}
	const char *code = json_string_value(v);
	if (len != strlen(code)) {
		http_error(rs, 400, "field 'code' holds a NUL character");
		return NULL;
	}
	if (!may_be_empty && len == 0) {
		http_error(rs, 400, "field 'code' is empty: write your solution first");
		return NULL;
	}
	if (!may_be_empty) {
		int line = 0;
		char *why = judge_check_source(code, len, &line);
		if (why) {
			http_error(rs, 400, "field 'code': %s", why);
			free(why);
			return NULL;
		}
	}
	return code;
}

/* ---- routes ------------------------------------------------------------- */

static void h_list(api_t *a, const struct http_request *rq, struct http_response *rs)
{
	static const char *const params[] = {"topic", "difficulty", "status", "q", NULL};
	char *bad = http_query_check(rq, params);
	if (bad) {
		http_error(rs, 400, "%s", bad);
		free(bad);
		return;
	}
	struct progress_filter f = {
	    .topic = http_query_get(rq, "topic"),
	    .difficulty = http_query_get(rq, "difficulty"),
	    .status = http_query_get(rq, "status"),
	    .q = http_query_get(rq, "q"),
	};
	/* An empty parameter (?topic=) does not filter: that is what an empty form field sends. */
	const char **fs[] = {&f.topic, &f.difficulty, &f.status, &f.q};
	bool any = false;
	for (size_t i = 0; i < 4; i++) {
		if (*fs[i] && !**fs[i])
			*fs[i] = NULL;
		any |= *fs[i] != NULL;
	}
	bad = progress_filter_check(&f, true);
	if (bad) {
		http_error(rs, 400, "%s", bad);
		free(bad);
		return;
	}
	uint64_t v = 0;
	if (data_version(a, &v, rs) < 0)
		return;
	if (!any && cache_get(a, &a->list_body, v, rs))
		return;
	struct store_progress *pr = NULL;
	size_t npr = 0;
	if (read_progress(a, &pr, &npr, rs) < 0)
		return;
	json_t *arr = json_array();
	for (size_t i = 0; i < bank_count(a->o.bank); i++) {
		struct problem *p = bank_get(a->o.bank, i);
		enum store_status s = progress_status_of(pr, npr, p->slug);
		if (progress_filter_match(&f, p, s))
			json_array_append_new(arr, progress_problem_json(p, s, true));
	}
	store_progress_free(pr, npr);
	size_t total = json_array_size(arr);
	http_json(rs, 200, json_pack("{s:o, s:I}", "problems", arr, "total", (json_int_t)total));
	if (!any)
		cache_put(a, &a->list_body, v, rs);
}

/* The status-free part of a problem's page; NULL with a 500 in rs. Caller decrefs. */
static json_t *build_detail(api_t *a, struct problem *p, struct http_response *rs)
{
	if (ensure_tests(a, p, rs) < 0)
		return NULL;
	struct buf md;
	buf_init(&md, BUF_NOLIMIT);
	char *err = NULL;
	if (problem_read(p, "statement.md", BANK_MAX_YAML, &md, &err) < 0) {
		http_error(rs, 500, "%s", err);
		free(err);
		buf_release(&md);
		return NULL;
	}
	char *html = render_markdown_html(md.data, md.len);
	buf_release(&md);
	char *starter = render_starter(p, NULL, &err);
	if (!starter) {
		http_error(rs, 500, "%s", err);
		free(err);
		free(html);
		return NULL;
	}
	json_t *tops = json_array(), *hints = json_array(), *fu = json_array(), *ex = json_array();
	for (size_t i = 0; i < p->topics.n; i++)
		json_array_append_new(tops, json_string(p->topics.v[i]));
	for (size_t i = 0; i < p->hints.n; i++)
		json_array_append_new(hints, json_string(p->hints.v[i]));
	for (size_t i = 0; i < p->follow_ups.n; i++)
		json_array_append_new(fu, json_string(p->follow_ups.v[i]));
	for (size_t i = 0; i < p->ntests; i++) {
		const struct test_case *t = &p->tests[i];
		if (t->visible && t->args)
			json_array_append_new(ex,
			                      json_pack("{s:s, s:O, s:O}", "name", t->name, "input", t->args,
			                                "expected", t->expected ? t->expected : json_null()));
	}
	json_t *doc = json_pack(
	    "{s:s, s:s, s:s, s:o, s:s, s:{s:s, s:s, s:s}, s:s, s:o, s:o, s:o, s:{s:s, s:s}, "
	    "s:{s:i, s:i}, s:I}",
	    "slug", p->slug, "title", p->title, "difficulty", difficulty_name(p->difficulty), "topics", tops,
	    "statement_html", html, "entry", "kind", p->kind == ENTRY_CLASS ? "class" : "function", "name",
	    p->entry_name, "signature", p->signature, "starter", starter, "examples", ex, "hints", hints,
	    "follow_ups", fu, "complexity", "time", p->time_complexity ? p->time_complexity : "", "space",
	    p->space_complexity ? p->space_complexity : "", "limits", "time_ms", p->time_ms, "memory_mb",
	    p->memory_mb, "tests_total", (json_int_t)p->ntests);
	free(html);
	free(starter);
	if (!doc)
		http_error(rs, 500, "the problem '%s' could not be encoded", p->slug);
	return doc;
}

static void h_problem(api_t *a, const char *slug, struct http_response *rs)
{
	size_t i = 0;
	struct problem *p = find_problem(a, slug, &i, rs);
	if (!p)
		return;
	uint64_t v = 0;
	if (data_version(a, &v, rs) < 0 || cache_get(a, &a->detail_body[i], v, rs))
		return;
	pthread_mutex_lock(&a->cache_mu);
	json_t *d = json_incref(a->detail[i]);
	pthread_mutex_unlock(&a->cache_mu);
	if (!d) {
		d = build_detail(a, p, rs);
		if (!d)
			return;
		pthread_mutex_lock(&a->cache_mu);
		if (!a->detail[i])
			a->detail[i] = json_incref(d);
		pthread_mutex_unlock(&a->cache_mu);
	}
	struct store_progress *pr = NULL;
	size_t npr = 0;
	if (read_progress(a, &pr, &npr, rs) < 0) {
		json_decref(d);
		return;
	}
	json_t *doc = json_copy(d); /* shallow: only the status is added */
	json_decref(d);
	json_object_set_new(doc, "status",
	                    json_string(progress_status_name(progress_status_of(pr, npr, p->slug), true)));
	store_progress_free(pr, npr);
	http_json(rs, 200, doc);
	cache_put(a, &a->detail_body[i], v, rs);
}

static void h_draft(api_t *a, const struct http_request *rq, const char *slug, struct http_response *rs)
{
	struct problem *p = find_problem(a, slug, NULL, rs);
	if (!p)
		return;
	json_t *body = NULL;
	const char *code = NULL;
	if (rq->method == HTTP_PUT) {
		static const char *const fields[] = {"code", NULL};
		body = json_body(rq, rs);
		if (!body)
			return;
		if (!known_fields(body, fields, rs) || !(code = code_field(body, true, rs))) {
			json_decref(body);
			return;
		}
	}
	char *got = NULL, *at = NULL;
	pthread_mutex_lock(&a->store_mu);
	int rc = code ? store_put_draft(a->o.store, p->slug, code) : 0;
	if (rc == 0)
		rc = store_get_draft(a->o.store, p->slug, &got, &at);
	if (rc < 0) {
		http_error(rs, 500, "cannot %s the draft: %s", code ? "save" : "read",
		           store_errmsg(a->o.store));
		fprintf(stderr, "ace serve: %s\n", store_errmsg(a->o.store));
	}
	pthread_mutex_unlock(&a->store_mu);
	json_decref(body);
	if (code)
		version_expire(a);
	if (rc < 0)
		return;
	if (!got)
		http_error(rs, 404, "no draft for '%s'", p->slug);
	else if (code)
		http_json(rs, 200, json_pack("{s:s}", "updated_at", at));
	else
		http_json(rs, 200, json_pack("{s:s, s:s}", "code", got, "updated_at", at));
	free(got);
	free(at);
}

/* Queue a job; 202 {job} or 503 when the queue is full. */
static void queue_job(api_t *a, const struct job_request *jr, struct http_response *rs)
{
	int64_t id = 0;
	enum jobs_rc rc = a->jobs ? jobs_submit(a->jobs, jr, &id) : JOBS_STOPPED;
	if (rc == JOBS_FULL) {
		http_error(rs, 503, "the judge is busy (its queue is full); try again in a moment");
		rs->retry_after = true;
		return;
	}
	if (rc != JOBS_OK) {
		http_error(rs, 503, "the judge is stopping");
		return;
	}
	http_json(rs, 202, json_pack("{s:I}", "job", (json_int_t)id));
	snprintf(rs->location, sizeof(rs->location), "/api/jobs/%lld", (long long)id);
}

static void h_run(api_t *a, const struct http_request *rq, const char *slug, bool submit,
                  struct http_response *rs)
{
	struct problem *p = find_problem(a, slug, NULL, rs);
	if (!p)
		return;
	static const char *const run_fields[] = {"code", "args", NULL};
	static const char *const submit_fields[] = {"code", NULL};
	json_t *body = json_body(rq, rs);
	if (!body)
		return;
	const char *code = NULL;
	if (!known_fields(body, submit ? submit_fields : run_fields, rs) ||
	    !(code = code_field(body, false, rs)) || ensure_tests(a, p, rs) < 0) {
		json_decref(body);
		return;
	}
	const json_t *args = json_object_get(body, "args");
	struct job_request jr = {
	    .kind = submit ? JOB_SUBMIT : JOB_EXAMPLES, .problem = p->slug, .code = code};
	if (args) {
		if (!json_is_array(args)) {
			http_error(rs, 400, "field 'args' must be a list of arguments, e.g. [[1, 2, 3]]");
			json_decref(body);
			return;
		}
		if (p->kind == ENTRY_CLASS) {
			const json_t *first = json_array_get(args, 0);
			if (!json_is_array(first) || !json_is_string(json_array_get(first, 0))) {
				http_error(
				    rs, 400,
				    "field 'args': '%s' is a class problem, so args is a call list, e.g. "
				    "[[\"%s\"], [\"method\", 1]]",
				    p->slug, p->entry_name);
				json_decref(body);
				return;
			}
		}
		jr.kind = JOB_CUSTOM;
		jr.args = args;
	} else if (!submit && problem_visible_count(p) == 0) {
		http_error(rs, 400, "'%s' has no visible examples: send 'args' to run on your own input",
		           p->slug);
		json_decref(body);
		return;
	}
	queue_job(a, &jr, rs);
	json_decref(body);
}

int64_t api_record(void *ctx, const char *code, const json_t *result)
{
	api_t *a = ctx;
	int64_t id = -1;
	pthread_mutex_lock(&a->store_mu);
	if (judge_record(a->o.store, "submit", code, result, &id) < 0) {
		fprintf(stderr, "ace serve: a submission was judged but not saved: %s\n",
		        store_errmsg(a->o.store));
		id = -1;
	}
	pthread_mutex_unlock(&a->store_mu);
	version_expire(a);
	return id;
}

static void h_submissions(api_t *a, const char *slug, struct http_response *rs)
{
	struct problem *p = find_problem(a, slug, NULL, rs);
	if (!p)
		return;
	struct store_submission *subs = NULL;
	size_t n = 0;
	pthread_mutex_lock(&a->store_mu);
	int rc = store_list_submissions(a->o.store, p->slug, 0, &subs, &n);
	if (rc < 0)
		http_error(rs, 500, "cannot read submissions: %s", store_errmsg(a->o.store));
	pthread_mutex_unlock(&a->store_mu);
	if (rc < 0)
		return;
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++) {
		const struct store_submission *s = &subs[i];
		json_array_append_new(arr, json_pack("{s:I, s:s, s:s, s:i, s:i, s:I, s:I, s:s}", "id",
		                                     (json_int_t)s->id, "kind", s->kind, "verdict",
		                                     s->verdict, "passed", s->passed, "total", s->total,
		                                     "cpu_ms", (json_int_t)s->cpu_ms, "peak_kb",
		                                     (json_int_t)s->peak_kb, "created_at", s->created_at));
	}
	store_submissions_free(subs, n);
	http_json(rs, 200, json_pack("{s:o}", "submissions", arr));
}

/* A positive id from a captured segment; -1 with a 400 in rs. */
static int parse_id(const char *s, const char *what, long long *id, struct http_response *rs)
{
	if (http_parse_int(s, 1, INT64_MAX, id) < 0) {
		char *clean = http_clean(s, 40);
		http_error(rs, 400, "'%s' is not a %s id (a positive integer)", clean, what);
		free(clean);
		return -1;
	}
	return 0;
}

static void h_job(api_t *a, const char *ids, struct http_response *rs)
{
	long long id;
	if (parse_id(ids, "job", &id, rs) < 0)
		return;
	json_t *doc = a->jobs ? jobs_get(a->jobs, id) : NULL;
	if (!doc)
		http_error(rs, 404,
		           "no job %lld (finished jobs are kept while the server runs, the latest ones)", id);
	else
		http_json(rs, 200, doc);
}

static void h_submission(api_t *a, const char *ids, struct http_response *rs)
{
	long long id;
	if (parse_id(ids, "submission", &id, rs) < 0)
		return;
	struct store_submission s;
	pthread_mutex_lock(&a->store_mu);
	int rc = store_get_submission(a->o.store, id, &s);
	if (rc == STORE_NOTFOUND)
		http_error(rs, 404, "no submission %lld", id);
	else if (rc < 0)
		http_error(rs, 500, "cannot read submission %lld: %s", id, store_errmsg(a->o.store));
	pthread_mutex_unlock(&a->store_mu);
	if (rc < 0)
		return;
	json_t *result = s.result_json ? json_loads(s.result_json, 0, NULL) : NULL;
	http_json(rs, 200,
	          json_pack("{s:I, s:s, s:s, s:s, s:i, s:i, s:I, s:I, s:I, s:s, s:s, s:o}", "id",
	                    (json_int_t)s.id, "problem", s.problem, "kind", s.kind, "verdict", s.verdict,
	                    "passed", s.passed, "total", s.total, "cpu_ms", (json_int_t)s.cpu_ms, "wall_ms",
	                    (json_int_t)s.wall_ms, "peak_kb", (json_int_t)s.peak_kb, "created_at",
	                    s.created_at, "code", s.code ? s.code : "", "result",
	                    result ? result : json_null()));
	store_submission_release(&s);
}

static void h_stats(api_t *a, const struct http_request *rq, struct http_response *rs)
{
	static const char *const params[] = {"days", NULL};
	char *bad = http_query_check(rq, params);
	if (bad) {
		http_error(rs, 400, "%s", bad);
		free(bad);
		return;
	}
	long long days = 30;
	const char *ds = http_query_get(rq, "days");
	if (ds && http_parse_int(ds, 1, PROGRESS_MAX_DAYS, &days) < 0) {
		char *clean = http_clean(ds, 40);
		http_error(rs, 400, "days '%s' is not a number from 1 to %d", clean, PROGRESS_MAX_DAYS);
		free(clean);
		return;
	}
	char *err = NULL;
	pthread_mutex_lock(&a->store_mu);
	json_t *doc = progress_stats(a->o.bank, a->o.store, (int)days, &err);
	pthread_mutex_unlock(&a->store_mu);
	if (!doc) {
		http_error(rs, 500, "%s", err);
		free(err);
		return;
	}
	json_object_set_new(doc, "days", json_integer(days));
	http_json(rs, 200, doc);
}

static void h_static(api_t *a, const struct http_request *rq, const char *url, struct http_response *rs)
{
	for (size_t i = 0; i < a->nassets; i++) {
		const struct asset *as = &a->assets[i];
		if (strcmp(as->url, url))
			continue;
		http_response_release(rs);
		snprintf(rs->etag, sizeof(rs->etag), "%s", as->etag);
		rs->cache_control = !strcmp(url, "/") ? "no-cache" : "public, max-age=3600";
		rs->content_type = as->type;
		if (rq->if_none_match && strstr(rq->if_none_match, as->etag)) {
			rs->status = 304;
			return;
		}
		rs->status = 200;
		rs->body = (char *)as->data;
		rs->len = as->len;
		rs->body_static = true;
		return;
	}
	char *clean = http_clean(url, 200);
	http_error(rs, 404, "no file %s", clean);
	free(clean);
}

void api_handle(api_t *a, const struct http_request *rq, struct http_response *rs)
{
	memset(rs, 0, sizeof(*rs));
	if (!http_host_allowed(rq->host, a->o.port, a->o.remote_host)) {
		char *clean = http_clean(rq->host ? rq->host : "(none)", 100);
		char fallback[40];
		snprintf(fallback, sizeof(fallback), "http://127.0.0.1:%d/", a->o.port);
		http_error(rs, 403,
		           "Host '%s' is not this server (use %s); refused to protect against DNS rebinding",
		           clean, a->o.url ? a->o.url : fallback);
		free(clean);
		return;
	}
	struct http_match m;
	char allow[64];
	enum http_route_rc rc = http_route_find(routes, sizeof(routes) / sizeof(routes[0]), rq->method,
	                                        rq->path, &m, allow, sizeof(allow));
	if (rc == HTTP_ROUTE_NOT_FOUND) {
		char *clean = http_clean(rq->path, 200);
		http_error(rs, 404, "no route %s (docs/API.md lists them)", clean);
		free(clean);
		return;
	}
	if (rc == HTTP_ROUTE_BAD_METHOD) {
		char *clean = http_clean(rq->path, 200);
		http_error(rs, 405, "%s does not take this method; it takes %s", clean, allow);
		free(clean);
		snprintf(rs->allow, sizeof(rs->allow), "%s", allow);
		return;
	}
	/* Only the list and the stats take query parameters. */
	if (m.id != R_LIST && m.id != R_STATS && rq->nquery) {
		char *bad = http_query_check(rq, NULL);
		http_error(rs, 400, "%s", bad);
		free(bad);
		http_match_release(&m);
		return;
	}
	switch (m.id) {
	case R_LIST:
		h_list(a, rq, rs);
		break;
	case R_PROBLEM:
		h_problem(a, m.cap[0], rs);
		break;
	case R_DRAFT:
		h_draft(a, rq, m.cap[0], rs);
		break;
	case R_RUN:
		h_run(a, rq, m.cap[0], false, rs);
		break;
	case R_SUBMISSIONS:
		if (rq->method == HTTP_POST)
			h_run(a, rq, m.cap[0], true, rs);
		else
			h_submissions(a, m.cap[0], rs);
		break;
	case R_JOB:
		h_job(a, m.cap[0], rs);
		break;
	case R_SUBMISSION:
		h_submission(a, m.cap[0], rs);
		break;
	case R_STATS:
		h_stats(a, rq, rs);
		break;
	case R_TOPICS:
		http_json(rs, 200, json_incref(a->topics_doc));
		break;
	case R_HEALTH:
		http_json(rs, 200, json_pack("{s:b, s:s}", "ok", 1, "version", a->o.version));
		break;
	case R_INDEX:
	case R_ASSET:
		h_static(a, rq, rq->path, rs);
		break;
	}
	http_match_release(&m);
}
