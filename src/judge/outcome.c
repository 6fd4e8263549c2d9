/*
 * outcome.c - what every front end (the CLI, the web server) does with a
 * judge result besides showing it: review the code, run the reference on a
 * custom input, record a submission. See judge.h.
 */
#include <stdlib.h>
#include <string.h>

#include "judge/judge.h"
#include "util/xalloc.h"

int judge_add_review(struct judge_result *r, const char *source, size_t len, char **err)
{
	if (r->verdict == V_COMPILE_ERROR || r->verdict == V_INTERNAL_ERROR)
		return 0;
	r->review = judge_review(source, len, err);
	return r->review ? 0 : -1;
}

json_t *judge_custom_json(const struct problem *p, const struct judge_result *r, const json_t *args,
                          char **ref_err)
{
	*ref_err = NULL;
	/* The reference solution's answer on the same input, for comparison (best effort). */
	json_t *ref = NULL;
	if (r->verdict == V_ACCEPTED || r->ntests) {
		struct judge_result rr;
		struct judge_opts o = {.mode = JUDGE_CUSTOM, .custom_args = args, .filename = "solution.py"};
		struct buf src;
		buf_init(&src, BUF_NOLIMIT);
		if (problem_read(p, "solution.py", BANK_MAX_SOURCE, &src, ref_err) == 0) {
			judge_run(p, src.data, src.len, &o, &rr);
			if (rr.verdict == V_ACCEPTED && rr.ntests && rr.tests[0].got)
				ref = json_incref(rr.tests[0].got);
			else
				*ref_err = xasprintf(
				    "the reference solution did not answer (%s): is the input within the constraints?",
				    rr.ntests && rr.tests[0].message ? rr.tests[0].message
				                                     : verdict_name(rr.verdict));
			judge_result_release(&rr);
		}
		buf_release(&src);
	}
	const struct judge_test *t = r->ntests ? &r->tests[0] : NULL;
	json_t *doc = judge_result_json(p, r);
	json_object_set_new(doc, "input", json_incref((json_t *)args));
	json_object_set_new(doc, "output", t && t->got ? json_incref(t->got) : json_null());
	json_object_set_new(doc, "reference", ref ? ref : json_null());
	json_object_set_new(doc, "matches_reference",
	                    ref && t && t->got
	                        ? json_boolean(judge_compare(ref, t->got, p->compare, p->float_tolerance))
	                        : json_null());
	return doc;
}

static int64_t ms(const json_t *v)
{
	return (int64_t)(json_number_value(v) + 0.5);
}

int judge_record(store_t *st, const char *kind, const char *code, const json_t *doc, int64_t *id)
{
	const json_t *jtests = json_object_get(doc, "tests");
	size_t n = json_array_size(jtests);
	struct store_test *tests = xcalloc(n + 1, sizeof(*tests));
	for (size_t i = 0; i < n; i++) {
		const json_t *t = json_array_get(jtests, i);
		tests[i] = (struct store_test){
		    .name = (char *)json_string_value(json_object_get(t, "name")),
		    .status = (char *)json_string_value(json_object_get(t, "status")),
		    .cpu_ms = ms(json_object_get(t, "cpu_ms")),
		    .wall_ms = ms(json_object_get(t, "wall_ms")),
		    .peak_kb = json_integer_value(json_object_get(t, "peak_kb")),
		    .message = (char *)json_string_value(json_object_get(t, "message")),
		};
	}
	char *result = json_dumps(doc, JSON_COMPACT);
	struct store_submission s = {
	    .problem = (char *)json_string_value(json_object_get(doc, "problem")),
	    .kind = (char *)kind,
	    .code = (char *)code,
	    .verdict = (char *)json_string_value(json_object_get(doc, "verdict")),
	    .passed = (int)json_integer_value(json_object_get(doc, "passed")),
	    .total = (int)json_integer_value(json_object_get(doc, "total")),
	    .cpu_ms = ms(json_object_get(doc, "cpu_ms")),
	    .wall_ms = ms(json_object_get(doc, "wall_ms")),
	    .peak_kb = json_integer_value(json_object_get(doc, "peak_kb")),
	    .result_json = result,
	    .tests = tests,
	    .ntests = n,
	};
	int rc = store_add_submission(st, &s);
	if (rc == 0)
		*id = s.id;
	free(s.created_at);
	free(tests);
	free(result);
	return rc;
}
