/*
 * snippet.c - running short, trusted-but-checked code examples in the sandbox
 * (the code examples of concept cards), to compare what they print.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "judge/judge.h"
#include "sandbox/sandbox.h"
#include "util/xalloc.h"

/* What one example did: its stdout, or why it did not run to the end. */
static void run_one(sandbox_t *sb, const char *code, char **out, char **why)
{
	json_t *limits = json_pack("{s:i, s:i, s:i}", "cpu_ms", 2000, "mem_mb", 256, "out_kb", 64);
	json_t *load = json_pack("{s:s, s:s, s:s, s:s, s:O}", "op", "load", "source", code, "filename",
	                         "example.py", "kind", "script", "limits", limits);
	json_t *resp = NULL, *res = NULL;
	enum sandbox_err e = sandbox_call(sb, load, &resp, 20000);
	json_decref(load);
	if (e != SANDBOX_OK) {
		*why = xasprintf("the sandbox failed: %s", sandbox_errmsg(sb));
		goto done;
	}
	if (!json_is_true(json_object_get(resp, "ok"))) {
		res = json_incref(json_object_get(resp, "result"));
	} else {
		json_t *call =
		    json_pack("{s:s, s:i, s:[], s:O}", "op", "call", "id", 0, "args", "limits", limits);
		json_decref(resp);
		resp = NULL;
		e = sandbox_call(sb, call, &resp, 20000);
		json_decref(call);
		if (e != SANDBOX_OK) {
			*why = xasprintf("the sandbox failed: %s", sandbox_errmsg(sb));
			goto done;
		}
		res = json_incref(resp);
	}
	const char *status = json_string_value(json_object_get(res, "status"));
	if (status && !strcmp(status, "ok")) {
		*out = xstrdup(json_string_value(json_object_get(res, "stdout")));
	} else {
		json_t *er = json_object_get(res, "error");
		const char *type = json_string_value(json_object_get(er, "type"));
		const char *msg = json_string_value(json_object_get(er, "message"));
		json_int_t line = json_integer_value(json_object_get(er, "line"));
		if (type)
			*why = xasprintf("it raises %s%s%s (line %lld)", type, msg && *msg ? ": " : "",
			                 msg ? msg : "", (long long)line);
		else
			*why = xasprintf("it ends with status %s", status ? status : "unknown");
	}
done:
	json_decref(res);
	json_decref(resp);
	json_decref(limits);
}

int judge_snippets(const char *const *codes, size_t n, char **outputs, char **errors, char **err)
{
	sandbox_t *sb = NULL;
	for (size_t i = 0; i < n; i++) {
		outputs[i] = errors[i] = NULL;
		if (!sb && sandbox_start(NULL, &sb, err) < 0) {
			for (size_t j = 0; j < i; j++) {
				free(outputs[j]);
				free(errors[j]);
				outputs[j] = errors[j] = NULL;
			}
			return -1;
		}
		run_one(sb, codes[i], &outputs[i], &errors[i]);
		/* A failed sandbox is dead: the next example gets a new one. */
		if (errors[i] && !strncmp(errors[i], "the sandbox failed", 18)) {
			sandbox_free(sb);
			sb = NULL;
		}
	}
	sandbox_free(sb);
	return 0;
}
