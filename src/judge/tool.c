/*
 * tool.c - running one of ace's own Python analyses (the .py files of python/, compiled
 * into ace) in the sandbox: the mutant maker, the code review. They analyse
 * candidate code, so they run where candidate code runs, never in ace.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "judge/judge.h"
#include "sandbox/sandbox.h"
#include "util/embedded.h"
#include "util/xalloc.h"

json_t *judge_tool_call(const char *file, const char *entry, json_t *args, int cpu_ms, char **err)
{
	size_t len;
	const char *src = embedded_get(file, &len);
	if (!src) {
		*err = xasprintf("%s is missing from this build", file);
		json_decref(args);
		return NULL;
	}
	sandbox_t *sb;
	if (sandbox_start(NULL, &sb, err) < 0) {
		json_decref(args);
		return NULL;
	}
	json_t *limits = json_pack("{s:i, s:i, s:i}", "cpu_ms", cpu_ms, "mem_mb", 512, "out_kb", 64);
	json_t *load = json_pack("{s:s, s:s%, s:s, s:s, s:s, s:O}", "op", "load", "source", src, len,
	                         "filename", file, "kind", "function", "name", entry, "limits", limits);
	json_t *resp = NULL, *out = NULL;
	enum sandbox_err e = sandbox_call(sb, load, &resp, cpu_ms * 2 + 20000);
	json_decref(load);
	if (e != SANDBOX_OK || !json_is_true(json_object_get(resp, "ok"))) {
		*err = xasprintf("%s did not load: %s", file,
		                 e != SANDBOX_OK ? sandbox_errmsg(sb) : "an error in its source");
		goto done;
	}
	json_decref(resp);
	resp = NULL;
	json_t *call =
	    json_pack("{s:s, s:i, s:O, s:O}", "op", "call", "id", 0, "args", args, "limits", limits);
	e = sandbox_call(sb, call, &resp, cpu_ms * 2 + 20000);
	json_decref(call);
	const char *status = json_string_value(json_object_get(resp, "status"));
	if (e != SANDBOX_OK || !status || strcmp(status, "ok") != 0) {
		const char *m = json_string_value(json_object_get(json_object_get(resp, "error"), "message"));
		*err = xasprintf("%s.%s failed: %s", file, entry,
		                 e != SANDBOX_OK ? sandbox_errmsg(sb)
		                 : m             ? m
		                                 : (status ? status : "no answer"));
		goto done;
	}
	out = json_incref(json_object_get(resp, "value"));
done:
	json_decref(resp);
	json_decref(limits);
	json_decref(args);
	sandbox_free(sb);
	return out;
}

json_t *judge_review(const char *source, size_t len, char **err)
{
	json_t *v = judge_tool_call("python/review.py", "review", json_pack("[s%]", source, len), 5000, err);
	/* The analysis ran where candidate code runs: check the shape before anyone shows it. */
	size_t i;
	json_t *f;
	json_array_foreach(v, i, f) {
		if (!json_is_integer(json_object_get(f, "line")) ||
		    !json_is_string(json_object_get(f, "rule")) ||
		    !json_is_string(json_object_get(f, "message"))) {
			json_decref(v);
			*err = xstrdup("the review returned a malformed finding");
			return NULL;
		}
	}
	if (v && !json_is_array(v)) {
		json_decref(v);
		*err = xstrdup("the review returned something that is not a list");
		return NULL;
	}
	return v;
}
