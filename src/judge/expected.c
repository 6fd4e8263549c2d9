/*
 * expected.c - the expected values that no tests.yaml holds: those of
 * generated cases (gen.py's arguments, the reference's results) and of
 * test_solution.py cases (what each test observes on the reference). Both
 * come from running the pack's own code in a box, and both are cached under
 * the user's cache directory, keyed by the contents of what produced them.
 */
#include "judge/judge.h"
#include "judge/judge_int.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sandbox/sandbox.h"
#include "util/embedded.h"
#include "util/fs.h"
#include "util/xalloc.h"

/* FNV-1a: a cache key, not a security boundary (the cache is the user's own). */
static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *c = p;
	for (size_t i = 0; i < n; i++) {
		h ^= c[i];
		h *= 1099511628211ull;
	}
	return h;
}

/* The problem's cache directory under cache_dir, made if needed; NULL without one. Caller frees. */
static char *cache_dir_of(const struct problem *p, const char *cache_dir)
{
	if (!cache_dir)
		return NULL;
	char *dir = fs_join(cache_dir, p->slug);
	if (fs_mkdir_p(dir, 0700) < 0) {
		free(dir);
		dir = NULL; /* no cache then: still correct, only slower */
	}
	return dir;
}

/* The cache file of key h in dir, or NULL without a cache. Caller frees. */
static char *cache_path(const char *dir, uint64_t h)
{
	if (!dir)
		return NULL;
	char name[64];
	snprintf(name, sizeof(name), "%016llx.json", (unsigned long long)h);
	return fs_join(dir, name);
}

/* Write doc to the cache file path (none when path is NULL; a failure only costs time). Takes doc. */
static void cache_put(const char *path, json_t *doc)
{
	char *text = path && doc ? json_dumps(doc, JSON_COMPACT) : NULL;
	if (text)
		fs_write_file_atomic(path, text, strlen(text), 0600);
	free(text);
	json_decref(doc);
}

/*
 * The expected value of every test_solution.py case: what the test returned
 * when it ran on the reference solution.py (each test_* returns what it
 * observed; see docs/PACK_FORMAT.md). The candidate's run of the same test
 * must return an equal value, compared here, outside its process: code in
 * the candidate's process can fake a passing test, never the reference's
 * observation. Cached in cache_dir like generated cases. A test that returns None
 * observes nothing that can be compared, so it is refused.
 */
static int prepare_observed(const struct problem *p, const char *cache_dir, json_t **expected_out, char **err)
{
	size_t hlen;
	const char *harness = embedded_get("python/harness.py", &hlen);
	char *tests_src = NULL, *ref_src = NULL;
	sandbox_t *ref = NULL;
	char *dir = NULL;
	int rc = -1;
	if (!(tests_src = judge_read_pack_file(p, "test_solution.py", err)) ||
	    !(ref_src = judge_read_pack_file(p, "solution.py", err)))
		goto out;
	uint64_t base = 1469598103934665603ull;
	base = fnv(base, "observed", 9);
	base = fnv(base, tests_src, strlen(tests_src) + 1);
	base = fnv(base, ref_src, strlen(ref_src) + 1);
	base = fnv(base, harness ? harness : "", hlen);
	dir = cache_dir_of(p, cache_dir);
	for (size_t i = 0; i < p->ntests; i++) {
		const struct test_case *t = &p->tests[i];
		if (t->kind != CASE_ASSERT)
			continue;
		uint64_t h = fnv(base, t->name, strlen(t->name) + 1);
		char *path = cache_path(dir, h);
		if (path) {
			json_t *cached = json_load_file(path, 0, NULL);
			json_t *e = json_object_get(cached, "expected");
			if (e && !json_is_null(e)) {
				expected_out[i] = json_incref(e);
				json_decref(cached);
				free(path);
				continue;
			}
			json_decref(cached);
		}
		if (!ref) {
			ref = judge_start_loaded_tests(p, ref_src, "solution.py", "asserts", p->entry_name,
			                               tests_src, err);
			if (!ref) {
				free(path);
				goto out;
			}
		}
		json_t *req = json_pack("{s:s, s:i, s:s, s:o}", "op", "call", "id", 0, "test", t->name,
		                        "limits", judge_limits_json(20000, 2048, 1024));
		json_t *resp = NULL;
		enum sandbox_err e = sandbox_call(ref, req, &resp, 45000);
		json_decref(req);
		const char *status = json_string_value(json_object_get(resp, "status"));
		json_t *v = json_object_get(resp, "value");
		if (e != SANDBOX_OK || !status || strcmp(status, "ok") || !v) {
			json_t *error = json_object_get(resp, "error");
			const char *type = json_string_value(json_object_get(error, "type"));
			const char *msg = json_string_value(json_object_get(error, "message"));
			*err = e != SANDBOX_OK
			           ? xasprintf("test_solution.py: %s on solution.py: the runner failed (%s)",
			                       t->name, sandbox_errmsg(ref))
			           : xasprintf("test_solution.py: %s fails on solution.py: %s%s%s%s", t->name,
			                       status ? status : "no status", type ? ": " : "",
			                       type ? type : "", msg ? msg : "");
			json_decref(resp);
			free(path);
			goto out;
		}
		if (json_is_null(v)) {
			*err = xasprintf(
			    "test_solution.py: %s returns None: every test_* must return what it "
			    "observed, which is compared with the reference's outside the candidate's "
			    "process (docs/PACK_FORMAT.md)",
			    t->name);
			json_decref(resp);
			free(path);
			goto out;
		}
		expected_out[i] = json_incref(v);
		json_decref(resp);
		cache_put(path, json_pack("{s:O}", "expected", expected_out[i]));
		free(path);
	}
	rc = 0;
out:
	sandbox_free(ref);
	free(dir);
	free(tests_src);
	free(ref_src);
	return rc;
}

int judge_prepare_generated(const struct problem *p, const char *cache_dir, json_t **args_out,
                            json_t **expected_out, char **err)
{
	sandbox_t *gen = NULL, *ref = NULL;
	char *gen_src = NULL, *ref_src = NULL;
	int rc = -1;
	size_t hlen;
	const char *harness = embedded_get("python/harness.py", &hlen);
	char *dir = NULL;

	for (size_t i = 0; i < p->ntests; i++)
		args_out[i] = expected_out[i] = NULL;
	bool any = false, observed = false;
	for (size_t i = 0; i < p->ntests; i++) {
		any |= p->tests[i].kind == CASE_GENERATE;
		observed |= p->tests[i].kind == CASE_ASSERT;
	}
	if (observed && prepare_observed(p, cache_dir, expected_out, err) < 0)
		goto out;
	if (!any)
		return 0;
	if (!(gen_src = judge_read_pack_file(p, "gen.py", err)) ||
	    !(ref_src = judge_read_pack_file(p, "solution.py", err)))
		goto out;
	uint64_t base = 1469598103934665603ull;
	base = fnv(base, gen_src, strlen(gen_src) + 1);
	base = fnv(base, ref_src, strlen(ref_src) + 1);
	base = fnv(base, harness ? harness : "", hlen);
	for (size_t i = 0; i < p->arg_types.n; i++)
		base = fnv(base, p->arg_types.v[i], strlen(p->arg_types.v[i]) + 1);
	dir = cache_dir_of(p, cache_dir);
	for (size_t i = 0; i < p->ntests; i++) {
		const struct test_case *t = &p->tests[i];
		if (t->kind != CASE_GENERATE)
			continue;
		int64_t key[2] = {t->size, t->seed};
		uint64_t h = fnv(base, key, sizeof(key));
		char *path = cache_path(dir, h);
		if (path) {
			json_t *cached = json_load_file(path, 0, NULL);
			json_t *a = json_object_get(cached, "args"), *e = json_object_get(cached, "expected");
			if (json_is_array(a) && e) {
				args_out[i] = json_incref(a);
				expected_out[i] = json_incref(e);
				json_decref(cached);
				free(path);
				continue;
			}
			json_decref(cached);
		}
		if (!gen && !(gen = judge_start_loaded(p, gen_src, "gen.py", "generator", "generate", err))) {
			free(path);
			goto out;
		}
		char *what = xasprintf("gen.py generate(%lld, seed %lld) for case '%s'", (long long)t->size,
		                       (long long)t->seed, t->name);
		json_t *gargs = json_pack("[I, I]", (json_int_t)t->size, (json_int_t)t->seed);
		json_t *args = judge_trusted_call(gen, gargs, 20000, what, err);
		json_decref(gargs);
		free(what);
		if (!args) {
			free(path);
			goto out;
		}
		if (!json_is_array(args) || (p->kind == ENTRY_CLASS && json_array_size(args) == 0)) {
			*err = xasprintf("gen.py: generate() must return the list of arguments (case '%s')",
			                 t->name);
			json_decref(args);
			free(path);
			goto out;
		}
		const char *kind = p->kind == ENTRY_CLASS ? "class" : "function";
		if (!ref &&
		    !(ref = judge_start_loaded(p, ref_src, "solution.py", kind, p->entry_name, err))) {
			json_decref(args);
			free(path);
			goto out;
		}
		what = xasprintf("solution.py on generated case '%s'", t->name);
		json_t *exp;
		if (p->kind == ENTRY_CLASS) {
			json_t *req = json_pack("{s:s, s:i, s:O, s:o}", "op", "call", "id", 0, "calls", args,
			                        "limits", judge_limits_json(20000, 2048, 1024));
			json_t *resp = NULL;
			exp = NULL;
			if (sandbox_call(ref, req, &resp, 45000) == SANDBOX_OK &&
			    !strcmp(json_string_value(json_object_get(resp, "status"))
			                ? json_string_value(json_object_get(resp, "status"))
			                : "",
			            "ok"))
				exp = json_incref(json_object_get(resp, "value"));
			else
				*err = xasprintf("%s failed", what);
			json_decref(req);
			json_decref(resp);
		} else {
			exp = judge_trusted_call(ref, args, 20000, what, err);
		}
		free(what);
		if (!exp) {
			json_decref(args);
			free(path);
			goto out;
		}
		args_out[i] = args;
		expected_out[i] = exp;
		cache_put(path, json_pack("{s:O, s:O}", "args", args, "expected", exp));
		free(path);
	}
	rc = 0;
out:
	if (rc < 0) {
		for (size_t i = 0; i < p->ntests; i++) {
			json_decref(args_out[i]);
			json_decref(expected_out[i]);
			args_out[i] = expected_out[i] = NULL;
		}
	}
	sandbox_free(gen);
	sandbox_free(ref);
	free(gen_src);
	free(ref_src);
	free(dir);
	return rc;
}
