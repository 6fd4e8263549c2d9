/*
 * mutants.c - mutation testing of a problem's tests (see mutants.h).
 */
#include "judge/mutants.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "judge/judge.h"
#include "util/xalloc.h"

/* Run python/mutate.py on source in a sandbox: the list of mutants, or NULL with *err. */
static json_t *make_mutants(const char *source, size_t len, int limit, char **err)
{
	json_t *out = judge_tool_call("python/mutate.py", "mutants",
	                              json_pack("[s%, i, i]", source, len, limit, 1), 10000, err);
	if (out && !json_is_array(out)) {
		json_decref(out);
		out = NULL;
		*err = xstrdup("the mutant maker returned something that is not a list");
	}
	return out;
}

int judge_mutants(const struct problem *p, const char *source, size_t len, int limit, const char *cache_dir,
                  struct mutant_report *out, char **err)
{
	memset(out, 0, sizeof(*out));
	if (limit < 1 || limit > MUTANTS_MAX) {
		*err = xasprintf("the number of mutants must be from 1 to %d", MUTANTS_MAX);
		return -1;
	}
	json_t *list = make_mutants(source, len, limit, err);
	if (!list)
		return -1;
	out->v = xcalloc(json_array_size(list) + 1, sizeof(struct mutant));
	size_t i;
	json_t *m;
	json_array_foreach(list, i, m) {
		const char *src = json_string_value(json_object_get(m, "source"));
		const char *kind = json_string_value(json_object_get(m, "kind"));
		const char *desc = json_string_value(json_object_get(m, "description"));
		if (!src || !kind || !desc)
			continue;
		struct mutant *mu = &out->v[out->n++];
		mu->kind = xstrdup(kind);
		mu->description = xstrdup(desc);
		mu->line = (int)json_integer_value(json_object_get(m, "line"));
		struct judge_opts o = {.mode = JUDGE_TRUSTED,
		                       .filename = "solution.py",
		                       .cache_dir = cache_dir,
		                       .stop_on_failure = true};
		struct judge_result r;
		judge_run(p, src, strlen(src), &o, &r);
		mu->verdict = r.verdict;
		/* ace failing is not the tests winning: internal errors do not count as kills. */
		mu->killed = r.verdict != V_ACCEPTED && r.verdict != V_INTERNAL_ERROR;
		if (r.first_failure >= 0)
			mu->test = xstrdup(r.tests[r.first_failure].name);
		out->killed += mu->killed;
		judge_result_release(&r);
	}
	json_decref(list);
	return 0;
}

void mutants_release(struct mutant_report *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->v[i].kind);
		free(r->v[i].description);
		free(r->v[i].test);
	}
	free(r->v);
	memset(r, 0, sizeof(*r));
}
