/*
 * judge.c - running a submission's tests and reaching a verdict.
 *
 * Flow: check the source (size, UTF-8) -> resolve the cases (expected.c:
 * generated and test_solution.py ones from the cache or from the pack's
 * own code) -> start the candidate's
 * runner and load the code (compile in the zygote, then one probe child that
 * runs the module body and finds the entry point) -> one call per case, each
 * in a fresh child -> compare outside -> aggregate.
 *
 * The runner's answers are validated field by field; a runner that dies or
 * times out during a test (candidate code can kill it today; issue #3 shuts
 * that door) costs that test its verdict and a new runner is started for the
 * next one.
 */
#include "judge/judge.h"
#include "judge/judge_int.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "sandbox/sandbox.h"
#include "util/buf.h"
#include "util/embedded.h"
#include "util/fs.h"
#include "util/xalloc.h"

#define OUT_SHOW_MAX  (8u * 1024)  /* candidate output kept per test */
#define MSG_VALUE_MAX 300          /* characters of a value quoted in a message */
#define GOT_KEEP_MAX  (64u * 1024) /* bytes of a visible test's value kept in its result */

/* A case ready to run: arguments and (if known) expected value. */
struct rcase {
	const struct test_case *tc; /* NULL for a custom run */
	const char *name;
	bool visible;
	json_t *args;     /* owned reference */
	json_t *expected; /* owned reference or NULL */
	int time_ms;
};

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

char *judge_check_source(const char *s, size_t len, int *line)
{
	*line = 0;
	if (len == 0)
		return xstrdup(
		    "the file is empty: write your solution in it (ace start SLUG writes a starter file)");
	if (len > JUDGE_MAX_SOURCE)
		return xasprintf("the file is %zu bytes; the limit is %u KiB", len, JUDGE_MAX_SOURCE / 1024);
	int ln = 1;
	size_t i = 0;
	const unsigned char *u = (const unsigned char *)s;
	while (i < len) {
		unsigned char c = u[i];
		if (c == '\n') {
			ln++;
			i++;
			continue;
		}
		if (c == 0) {
			*line = ln;
			return xasprintf(
			    "the file contains a NUL byte on line %d (byte %zu); is it a binary file?", ln,
			    i + 1);
		}
		if (c < 0x80) {
			i++;
			continue;
		}
		/* Lead bytes: C2..DF, E0..EF, F0..F4; C0, C1 and F5..FF never start a sequence. */
		size_t n = 0;
		if (c >= 0xC2 && c <= 0xDF)
			n = 2;
		else if (c >= 0xE0 && c <= 0xEF)
			n = 3;
		else if (c >= 0xF0 && c <= 0xF4)
			n = 4;
		bool ok = n && i + n <= len;
		for (size_t k = 1; ok && k < n; k++)
			ok = (u[i + k] & 0xC0) == 0x80;
		if (ok && n == 3) {
			unsigned cp = (c & 0x0Fu) << 12 | (u[i + 1] & 0x3Fu) << 6 | (u[i + 2] & 0x3Fu);
			ok = cp >= 0x800 && !(cp >= 0xD800 && cp <= 0xDFFF);
		}
		if (ok && n == 4) {
			unsigned cp = (c & 0x07u) << 18 | (u[i + 1] & 0x3Fu) << 12;
			ok = cp >= 0x10000 && cp <= 0x10FFFF;
		}
		if (!ok) {
			*line = ln;
			return xasprintf(
			    "the file is not valid UTF-8: byte %zu (line %d) is 0x%02X; save it as UTF-8",
			    i + 1, ln, c);
		}
		i += n;
	}
	return NULL;
}

char *judge_read_pack_file(const struct problem *p, const char *name, char **err)
{
	struct buf b;
	buf_init(&b, BUF_NOLIMIT);
	if (problem_read(p, name, BANK_MAX_SOURCE, &b, err) < 0) {
		buf_release(&b);
		return NULL;
	}
	return buf_detach(&b, NULL);
}

json_t *judge_limits_json(int cpu_ms, int mem_mb, int out_kb)
{
	return json_pack("{s:i, s:i, s:i, s:i}", "cpu_ms", cpu_ms, "wall_ms", cpu_ms * 2 + 1000, "mem_mb",
	                 mem_mb, "out_kb", out_kb);
}

sandbox_t *judge_start_loaded_tests(const struct problem *p, const char *source, const char *filename,
                                    const char *kind, const char *name, const char *tests_src, char **err)
{
	sandbox_t *sb;
	if (sandbox_start(NULL, &sb, err) < 0)
		return NULL;
	json_t *req =
	    json_pack("{s:s, s:s, s:s, s:s, s:s, s:o}", "op", "load", "source", source, "filename", filename,
	              "kind", kind, "name", name, "limits", judge_limits_json(10000, p->memory_mb, 1024));
	if (tests_src)
		json_object_set_new(req, "tests_source", json_string(tests_src));
	json_t *types = json_array();
	for (size_t i = 0; i < p->arg_types.n; i++)
		json_array_append_new(types, json_string(p->arg_types.v[i]));
	json_object_set_new(req, "arg_types", types);
	json_t *resp = NULL;
	enum sandbox_err e = sandbox_call(sb, req, &resp, 30000);
	json_decref(req);
	if (e != SANDBOX_OK) {
		*err = xasprintf("%s: the runner failed (%s)", filename, sandbox_errmsg(sb));
		sandbox_free(sb);
		return NULL;
	}
	if (!json_is_true(json_object_get(resp, "ok"))) {
		json_t *res = json_object_get(resp, "result");
		json_t *error = json_object_get(res, "error");
		const char *type = json_string_value(json_object_get(error, "type"));
		const char *msg = json_string_value(json_object_get(error, "message"));
		*err = xasprintf("%s does not load: %s: %s", filename, type ? type : "error", msg ? msg : "");
		json_decref(resp);
		sandbox_free(sb);
		return NULL;
	}
	json_decref(resp);
	return sb;
}

sandbox_t *judge_start_loaded(const struct problem *p, const char *source, const char *filename,
                              const char *kind, const char *name, char **err)
{
	return judge_start_loaded_tests(p, source, filename, kind, name, NULL, err);
}

json_t *judge_trusted_call(sandbox_t *sb, json_t *args, int cpu_ms, const char *what, char **err)
{
	json_t *req = json_pack("{s:s, s:i, s:O, s:o}", "op", "call", "id", 0, "args", args, "limits",
	                        judge_limits_json(cpu_ms, 2048, 1024));
	json_t *resp = NULL;
	enum sandbox_err e = sandbox_call(sb, req, &resp, cpu_ms * 2 + 5000);
	json_decref(req);
	if (e != SANDBOX_OK) {
		*err = xasprintf("%s: the runner failed (%s)", what, sandbox_errmsg(sb));
		return NULL;
	}
	const char *status = json_string_value(json_object_get(resp, "status"));
	if (!status || strcmp(status, "ok") != 0) {
		json_t *error = json_object_get(resp, "error");
		const char *type = json_string_value(json_object_get(error, "type"));
		const char *msg = json_string_value(json_object_get(error, "message"));
		json_t *line = json_object_get(error, "line");
		*err = xasprintf("%s failed: %s%s%s%s (line %lld)", what, status ? status : "no status",
		                 type ? ": " : "", type ? type : "", msg ? msg : "",
		                 (long long)json_integer_value(line));
		json_decref(resp);
		return NULL;
	}
	json_t *v = json_incref(json_object_get(resp, "value"));
	json_decref(resp);
	if (!v)
		v = json_null();
	return v;
}

/* ---- running the candidate ------------------------------------------- */

struct run {
	const struct problem *p;
	const struct judge_opts *o;
	const char *source;
	const char *filename;
	char *tests_src;
	sandbox_t *sb;
	sandbox_t *checker;
	char *err;
};

static json_t *load_request(struct run *r)
{
	const struct problem *p = r->p;
	const char *kind = p->has_asserts && !p->has_tests_yaml ? "asserts"
	                   : p->kind == ENTRY_CLASS             ? "class"
	                                                        : "function";
	json_t *req =
	    json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:o}", "op", "load", "source", r->source, "filename",
	              r->filename, "kind", kind, "name", p->entry_name, "return_type", p->return_type,
	              "limits", judge_limits_json(p->time_ms, p->memory_mb, p->output_kb));
	json_t *types = json_array();
	for (size_t i = 0; i < p->arg_types.n; i++)
		json_array_append_new(types, json_string(p->arg_types.v[i]));
	json_object_set_new(req, "arg_types", types);
	if (r->tests_src)
		json_object_set_new(req, "tests_source", json_string(r->tests_src));
	return req;
}

static char *clip_value(const json_t *v)
{
	char *s = judge_canonical(v, false);
	if (strlen(s) > MSG_VALUE_MAX) {
		s[MSG_VALUE_MAX - 3] = '\0';
		char *t = xasprintf("%s...", s);
		free(s);
		return t;
	}
	return s;
}

static const char *signal_name(int sig)
{
	switch (sig) {
	case SIGSEGV:
		return "segmentation fault (often recursion too deep for the C stack)";
	case SIGABRT:
		return "abort";
	case SIGKILL:
		return "killed";
	case SIGBUS:
		return "bus error";
	case SIGFPE:
		return "floating-point exception";
	case SIGILL:
		return "illegal instruction";
	case SIGSYS:
		return "forbidden system call";
	case SIGXFSZ:
		return "file size limit";
	default:
		return "signal";
	}
}

static char *strdup_bounded(const json_t *s, bool *truncated)
{
	const char *v = json_string_value(s);
	if (!v || !*v)
		return NULL;
	size_t n = strlen(v);
	if (n > OUT_SHOW_MAX) {
		*truncated = true;
		/* Do not cut a UTF-8 sequence in half. */
		size_t cut = OUT_SHOW_MAX;
		while (cut > 0 && ((unsigned char)v[cut] & 0xC0) == 0x80)
			cut--;
		return xstrndup(v, cut);
	}
	return xstrdup(v);
}

static double num(const json_t *resp, const char *key)
{
	json_t *v = json_object_get(resp, key);
	double d = json_is_number(v) ? json_number_value(v) : 0.0;
	return d >= 0 && d < 1e9 ? d : 0.0;
}

/*
 * A visible test's value is kept in its result, which is stored with the
 * submission: a huge one (a candidate may return up to 32 MiB) becomes a
 * string holding its start, so that one submission cannot fill the database.
 * It has been compared whole already.
 */
static void clip_got(struct judge_test *t)
{
	size_t n = json_dumpb(t->got, NULL, 0, JSON_COMPACT | JSON_ENCODE_ANY);
	if (n <= GOT_KEEP_MAX)
		return;
	char *start = clip_value(t->got);
	json_decref(t->got);
	char *text = xasprintf("%s (%zu bytes in all; only the start is kept)", start, n);
	t->got = json_string(text);
	if (!t->got) /* not valid UTF-8 after the cut: keep nothing rather than a broken string */
		t->got = json_string("(too large to keep)");
	t->got_clipped = true;
	free(text);
	free(start);
}

/* Validate one answer and fill t. Returns false when the answer is malformed. */
static bool interpret(struct run *r, const struct rcase *c, json_t *resp, struct judge_test *t)
{
	const struct problem *p = r->p;
	const char *status = json_string_value(json_object_get(resp, "status"));
	if (!status)
		return false;
	t->cpu_ms = num(resp, "cpu_ms");
	t->wall_ms = num(resp, "wall_ms");
	t->peak_kb = (long)num(resp, "peak_kb");
	t->out = strdup_bounded(json_object_get(resp, "stdout"), &t->out_truncated);
	t->err = strdup_bounded(json_object_get(resp, "stderr"), &t->err_truncated);
	if (num(resp, "stdout_bytes") > OUT_SHOW_MAX)
		t->out_truncated = true;
	if (num(resp, "stderr_bytes") > OUT_SHOW_MAX)
		t->err_truncated = true;
	json_t *error = json_object_get(resp, "error");
	if (json_is_object(error))
		t->error = json_incref(error);
	const char *etype = json_string_value(json_object_get(error, "type"));
	const char *emsg = json_string_value(json_object_get(error, "message"));
	json_t *eline = json_object_get(error, "line");
	int cpu_limit = c->time_ms;

	if (!strcmp(status, "ok")) {
		json_t *got = json_object_get(resp, "value");
		if (!got)
			return false;
		if (c->visible || r->o->mode == JUDGE_CUSTOM || r->o->mode == JUDGE_TRUSTED)
			t->got = json_incref(got);
		if (r->o->mode == JUDGE_CUSTOM && !c->expected) {
			t->status = V_ACCEPTED;
			return true;
		}
		/*
		 * A test_solution.py case passed in the candidate's process only if it
		 * also observed what the reference did: a frame that says "ok" proves
		 * nothing, since the candidate's code shares that process.
		 */
		if (c->tc && c->tc->kind == CASE_ASSERT && !c->expected) {
			t->status = V_INTERNAL_ERROR;
			t->message = xstrdup("the reference's observation of this test is missing");
			return true;
		}
		bool ok;
		if (p->compare == CMP_CHECKER) {
			ok = false;
			if (!r->checker) {
				char *src = judge_read_pack_file(p, "checker.py", &r->err);
				if (src)
					r->checker = judge_start_loaded(p, src, "checker.py", "checker",
					                                "check", &r->err);
				free(src);
			}
			if (!r->checker) {
				t->status = V_INTERNAL_ERROR;
				t->message =
				    xasprintf("the problem's checker does not run: %s", r->err ? r->err : "");
				return true;
			}
			json_t *cargs =
			    json_pack("[O, O, O]", c->args, c->expected ? c->expected : json_null(), got);
			char *cerr = NULL;
			json_t *verdict = judge_trusted_call(r->checker, cargs, 10000, "checker.py", &cerr);
			json_decref(cargs);
			if (!verdict) {
				t->status = V_INTERNAL_ERROR;
				t->message = xasprintf("the problem's checker failed: %s", cerr);
				free(cerr);
				return true;
			}
			if (json_is_true(verdict)) {
				ok = true;
			} else if (json_is_string(verdict)) {
				t->message = xstrdup(json_string_value(verdict));
			}
			json_decref(verdict);
		} else {
			ok = judge_compare(c->expected, got, p->compare, p->float_tolerance);
		}
		if (ok) {
			t->status = V_ACCEPTED;
		} else {
			t->status = V_WRONG_ANSWER;
			if (!t->message) {
				if (c->visible || r->o->mode == JUDGE_TRUSTED) {
					char *e = clip_value(c->expected), *g = clip_value(got);
					t->message = xasprintf("expected %s, got %s", e, g);
					free(e);
					free(g);
				} else {
					t->message = xstrdup("wrong answer on a hidden test");
				}
			}
		}
		return true;
	}
	if (!strcmp(status, "exception")) {
		if (json_is_true(json_object_get(resp, "assertion"))) {
			t->status = V_WRONG_ANSWER;
			t->message =
			    xasprintf("assertion failed%s%s", emsg && *emsg ? ": " : "", emsg ? emsg : "");
			return true;
		}
		t->status = V_RUNTIME_ERROR;
		if (etype && !strcmp(etype, "unserialisable"))
			t->message = xasprintf("the return value cannot be judged: %s", emsg ? emsg : "");
		else if (etype && !strcmp(etype, "RecursionError"))
			t->message = xasprintf("RecursionError: %s (line %lld)", emsg ? emsg : "",
			                       (long long)json_integer_value(eline));
		else
			t->message = xasprintf("%s%s%s", etype ? etype : "exception",
			                       emsg && *emsg ? ": " : "", emsg ? emsg : "");
		return true;
	}
	if (!strcmp(status, "timeout")) {
		t->status = V_TIME_LIMIT;
		if (t->cpu_ms >= cpu_limit)
			t->message = xasprintf("used more than %d ms of CPU time", cpu_limit);
		else
			t->message =
			    xasprintf("did not finish within %d ms of wall-clock time (sleeping or waiting?)",
			              cpu_limit * 2 + 1000);
		return true;
	}
	if (!strcmp(status, "memory")) {
		t->status = V_MEMORY_LIMIT;
		t->message = xasprintf("used more than %d MiB of memory", p->memory_mb);
		return true;
	}
	if (!strcmp(status, "output")) {
		t->status = V_OUTPUT_LIMIT;
		t->message = emsg ? xstrdup(emsg)
		                  : xasprintf("printed more than %d KiB to stdout or stderr", p->output_kb);
		return true;
	}
	if (!strcmp(status, "crash")) {
		int sig = (int)num(resp, "signal");
		t->status = sig == SIGSYS    ? V_FORBIDDEN
		            : sig == SIGXCPU ? V_TIME_LIMIT
		            : sig == SIGXFSZ ? V_OUTPUT_LIMIT
		                             : V_RUNTIME_ERROR;
		t->message =
		    xasprintf("the interpreter was stopped by signal %d (%s)", sig, signal_name(sig));
		return true;
	}
	if (!strcmp(status, "no_result")) {
		t->status = V_RUNTIME_ERROR;
		t->message = xstrdup(
		    "the process exited without returning a value (did the code call exit() or os._exit()?)");
		return true;
	}
	if (!strcmp(status, "internal")) {
		t->status = V_INTERNAL_ERROR;
		const char *m = json_string_value(json_object_get(resp, "message"));
		t->message = xasprintf("judge harness: %s", m ? m : "failed");
		return true;
	}
	return false;
}

static int restart(struct run *r, char **err)
{
	sandbox_free(r->sb);
	r->sb = NULL;
	if (sandbox_start(NULL, &r->sb, err) < 0)
		return -1;
	json_t *req = load_request(r);
	json_t *resp = NULL;
	enum sandbox_err e = sandbox_call(r->sb, req, &resp, r->p->time_ms * 2 + 30000);
	json_decref(req);
	if (e != SANDBOX_OK || !json_is_true(json_object_get(resp, "ok"))) {
		json_decref(resp);
		*err = xasprintf("the runner could not reload the code: %s", sandbox_errmsg(r->sb));
		return -1;
	}
	json_decref(resp);
	return 0;
}

static void fail_whole(struct judge_result *res, enum verdict v, char *msg, int line, json_t *detail)
{
	res->verdict = v;
	free(res->error);
	res->error = msg;
	res->error_line = line;
	json_decref(res->error_detail);
	res->error_detail = detail ? json_incref(detail) : NULL;
}

/* Map a failed load (compile or probe) to the submission's verdict. */
static void load_failed(struct run *r, json_t *resp, struct judge_result *res)
{
	const char *stage = json_string_value(json_object_get(resp, "stage"));
	json_t *result = json_object_get(resp, "result");
	json_t *error = json_object_get(result, "error");
	const char *status = json_string_value(json_object_get(result, "status"));
	const char *etype = json_string_value(json_object_get(error, "type"));
	const char *emsg = json_string_value(json_object_get(error, "message"));
	json_t *jl = json_object_get(error, "line");
	int line = json_is_integer(jl) ? (int)json_integer_value(jl) : 0;

	if (stage && !strcmp(stage, "tests")) {
		fail_whole(res, V_INTERNAL_ERROR,
		           xasprintf("the problem's test_solution.py does not compile: %s", emsg ? emsg : ""),
		           0, NULL);
		return;
	}
	if (stage && !strcmp(stage, "compile")) {
		char *m = xasprintf("%s: %s", etype ? etype : "SyntaxError", emsg ? emsg : "");
		fail_whole(res, V_COMPILE_ERROR, m, line, error);
		return;
	}
	/* The probe: the module body ran in a child. */
	struct judge_test t = {0};
	struct rcase c = {.time_ms = r->p->time_ms};
	if (status && !strcmp(status, "exception") && etype && !strcmp(etype, "LookupError") && !line) {
		char *sig = r->p->signature ? xstrdup(r->p->signature) : xstrdup("");
		char *m = xasprintf("%s; the problem expects `%s`", emsg ? emsg : "entry point missing", sig);
		free(sig);
		fail_whole(res, V_COMPILE_ERROR, m, 0, error);
		return;
	}
	if (result && interpret(r, &c, result, &t) && t.status != V_ACCEPTED) {
		char *m = xasprintf("while loading the module: %s",
		                    t.message ? t.message : verdict_title(t.status));
		fail_whole(res, t.status, m, line, t.error);
		free(t.out);
		free(t.err);
		free(t.message);
		json_decref(t.error);
		json_decref(t.got);
		return;
	}
	free(t.out);
	free(t.err);
	free(t.message);
	json_decref(t.error);
	json_decref(t.got);
	fail_whole(res, V_INTERNAL_ERROR, xstrdup("the judge harness gave a malformed answer while loading"),
	           0, NULL);
}

int judge_run(const struct problem *p, const char *source, size_t len, const struct judge_opts *o,
              struct judge_result *res)
{
	struct run r = {
	    .p = p, .o = o, .source = source, .filename = o->filename ? o->filename : "solution.py"};
	struct rcase *cases = NULL;
	size_t ncases = 0;
	json_t **gargs = NULL, **gexp = NULL;
	double t0 = now_ms();

	memset(res, 0, sizeof(*res));
	res->first_failure = -1;
	res->verdict = V_ACCEPTED;

	int line;
	char *bad = judge_check_source(source, len, &line);
	if (bad) {
		fail_whole(res, V_COMPILE_ERROR, bad, line, NULL);
		goto done;
	}
	if (!p->tests_loaded) {
		fail_whole(res, V_INTERNAL_ERROR, xstrdup("the problem's tests were not loaded"), 0, NULL);
		goto done;
	}

	/* Resolve the cases. */
	cases = xcalloc(p->ntests + 1, sizeof(*cases));
	if (o->mode == JUDGE_CUSTOM) {
		cases[0] = (struct rcase){.name = "custom",
		                          .visible = true,
		                          .args = json_incref((json_t *)o->custom_args),
		                          .time_ms = p->time_ms};
		ncases = 1;
	} else {
		bool need_gen = false;
		for (size_t i = 0; i < p->ntests; i++)
			need_gen |= (p->tests[i].kind == CASE_GENERATE || p->tests[i].kind == CASE_ASSERT) &&
			            (o->mode != JUDGE_EXAMPLES || p->tests[i].visible);
		if (need_gen) {
			gargs = xcalloc(p->ntests, sizeof(json_t *));
			gexp = xcalloc(p->ntests, sizeof(json_t *));
			char *err = NULL;
			if (judge_prepare_generated(p, o->cache_dir, gargs, gexp, &err) < 0) {
				fail_whole(res, V_INTERNAL_ERROR,
				           xasprintf("cannot prepare the expected values: %s", err), 0, NULL);
				free(err);
				goto done;
			}
		}
		for (size_t i = 0; i < p->ntests; i++) {
			const struct test_case *tc = &p->tests[i];
			if (o->mode == JUDGE_EXAMPLES && !tc->visible)
				continue;
			struct rcase *c = &cases[ncases++];
			c->tc = tc;
			c->name = tc->name;
			c->visible = tc->visible;
			c->time_ms = tc->time_ms ? tc->time_ms : p->time_ms;
			if (tc->kind == CASE_GENERATE || tc->kind == CASE_ASSERT) {
				c->args = json_incref(gargs[i]); /* NULL for CASE_ASSERT */
				c->expected = json_incref(gexp[i]);
			} else {
				c->args = json_incref(tc->args);
				c->expected = json_incref(tc->expected);
			}
		}
	}
	if (p->has_asserts && !p->has_tests_yaml) {
		char *err = NULL;
		r.tests_src = judge_read_pack_file(p, "test_solution.py", &err);
		if (!r.tests_src) {
			fail_whole(res, V_INTERNAL_ERROR, err, 0, NULL);
			goto done;
		}
	}

	/* Start the runner and load the code. */
	char *err = NULL;
	if (sandbox_start(NULL, &r.sb, &err) < 0) {
		fail_whole(res, V_INTERNAL_ERROR, err, 0, NULL);
		goto done;
	}
	json_t *req = load_request(&r);
	json_t *resp = NULL;
	enum sandbox_err e = sandbox_call(r.sb, req, &resp, p->time_ms * 2 + 30000);
	json_decref(req);
	if (e == SANDBOX_ETIMEOUT) {
		fail_whole(res, V_TIME_LIMIT, xstrdup("loading the module took too long"), 0, NULL);
		goto done;
	} else if (e != SANDBOX_OK) {
		fail_whole(res, V_RUNTIME_ERROR,
		           xasprintf("the runner stopped while loading the code (%s)", sandbox_errmsg(r.sb)),
		           0, NULL);
		goto done;
	}
	if (!json_is_true(json_object_get(resp, "ok"))) {
		load_failed(&r, resp, res);
		json_decref(resp);
		goto done;
	}
	json_decref(resp);

	res->tests = xcalloc(ncases + 1, sizeof(*res->tests));
	res->total = (int)ncases;
	if (o->progress)
		o->progress(o->progress_ctx, 0, ncases);
	for (size_t i = 0; i < ncases; i++) {
		struct rcase *c = &cases[i];
		struct judge_test *t = &res->tests[res->ntests++];
		t->name = xstrdup(c->name);
		t->visible = c->visible || o->mode == JUDGE_TRUSTED;
		if (t->visible && c->args)
			t->input = json_incref(c->args);
		if (t->visible && c->expected)
			t->expected = json_incref(c->expected);

		json_t *creq = json_pack("{s:s, s:I, s:o}", "op", "call", "id", (json_int_t)i, "limits",
		                         judge_limits_json(c->time_ms, p->memory_mb, p->output_kb));
		if (c->tc && c->tc->kind == CASE_ASSERT)
			json_object_set_new(creq, "test", json_string(c->tc->name));
		else if (p->kind == ENTRY_CLASS)
			json_object_set(creq, "calls", c->args);
		else
			json_object_set(creq, "args", c->args);
		json_t *cresp = NULL;
		e = sandbox_call(r.sb, creq, &cresp, c->time_ms * 2 + 1000 + 5000);
		json_decref(creq);
		if (e != SANDBOX_OK) {
			t->status = e == SANDBOX_ETIMEOUT ? V_TIME_LIMIT : V_RUNTIME_ERROR;
			t->message =
			    e == SANDBOX_ETIMEOUT
			        ? xasprintf("no result within %d ms", c->time_ms * 2 + 1000)
			        : xasprintf("the judge's runner stopped while running this test (%s)",
			                    sandbox_errmsg(r.sb));
			char *rerr = NULL;
			if (i + 1 < ncases && restart(&r, &rerr) < 0) {
				fail_whole(res, V_INTERNAL_ERROR, rerr, 0, NULL);
				goto done;
			}
		} else if (!interpret(&r, c, cresp, t)) {
			t->status = V_INTERNAL_ERROR;
			t->message = xstrdup("the judge harness gave a malformed answer");
		} else if (t->got && o->mode != JUDGE_CUSTOM) {
			clip_got(t);
		}
		json_decref(cresp);
		res->cpu_ms += t->cpu_ms;
		if (t->peak_kb > res->peak_kb)
			res->peak_kb = t->peak_kb;
		if (t->status == V_ACCEPTED) {
			res->passed++;
		} else if (res->first_failure < 0) {
			res->first_failure = (int)i;
			res->verdict = t->status;
		}
		/* A failure of ace itself outranks the candidate's failures. */
		if (t->status == V_INTERNAL_ERROR)
			res->verdict = V_INTERNAL_ERROR;
		if (o->progress)
			o->progress(o->progress_ctx, i + 1, ncases);
		/*
		 * A test that ran out of time took its whole limit (a sleeper: 2 x the
		 * limit + 1 s of wall clock), and the next ones would most likely do
		 * the same: an infinite loop took a minute to judge. So, as on the
		 * usual judges, a time limit ends a candidate's run; the tests not run
		 * count in total, not in passed. bank check (JUDGE_TRUSTED) runs on.
		 */
		bool stop = (o->stop_on_failure && t->status != V_ACCEPTED) ||
		            (t->status == V_TIME_LIMIT && o->mode != JUDGE_TRUSTED);
		if (stop) {
			if (o->progress && i + 1 < ncases)
				o->progress(o->progress_ctx, ncases, ncases); /* ends a progress bar */
			break;
		}
	}
done:
	res->wall_ms = now_ms() - t0;
	for (size_t i = 0; i < ncases; i++) {
		json_decref(cases[i].args);
		json_decref(cases[i].expected);
	}
	free(cases);
	if (gargs) {
		for (size_t i = 0; i < p->ntests; i++) {
			json_decref(gargs[i]);
			json_decref(gexp[i]);
		}
	}
	free(gargs);
	free(gexp);
	free(r.tests_src);
	free(r.err);
	sandbox_free(r.sb);
	sandbox_free(r.checker);
	return 0;
}

void judge_result_release(struct judge_result *r)
{
	for (size_t i = 0; i < r->ntests; i++) {
		struct judge_test *t = &r->tests[i];
		free(t->name);
		json_decref(t->input);
		json_decref(t->expected);
		json_decref(t->got);
		free(t->message);
		json_decref(t->error);
		free(t->out);
		free(t->err);
	}
	free(r->tests);
	free(r->error);
	json_decref(r->error_detail);
	json_decref(r->review);
	json_decref(r->complexity);
	memset(r, 0, sizeof(*r));
}

static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *round3(double d)
{
	return json_real((double)(long long)(d * 1000.0 + 0.5) / 1000.0);
}

json_t *judge_result_json(const struct problem *p, const struct judge_result *r)
{
	json_t *tests = json_array();
	for (size_t i = 0; i < r->ntests; i++) {
		const struct judge_test *t = &r->tests[i];
		json_t *jt = json_pack(
		    "{s:s, s:b, s:s, s:o, s:o, s:I}", "name", t->name, "visible", t->visible, "status",
		    t->status == V_ACCEPTED ? "passed" : verdict_name(t->status), "cpu_ms", round3(t->cpu_ms),
		    "wall_ms", round3(t->wall_ms), "peak_kb", (json_int_t)t->peak_kb);
		if (t->message)
			json_object_set_new(jt, "message", json_string(t->message));
		if (t->input)
			json_object_set(jt, "input", t->input);
		if (t->expected)
			json_object_set(jt, "expected", t->expected);
		if (t->got)
			json_object_set(jt, "got", t->got);
		if (t->got_clipped)
			json_object_set_new(jt, "got_clipped", json_true());
		if (t->error)
			json_object_set(jt, "error", t->error);
		if (t->out)
			json_object_set_new(jt, "stdout", json_string(t->out));
		if (t->err)
			json_object_set_new(jt, "stderr", json_string(t->err));
		json_array_append_new(tests, jt);
	}
	/* The submission's stdout/stderr: those of the first failing test, else of the last one. */
	const struct judge_test *shown = NULL;
	if (r->first_failure >= 0)
		shown = &r->tests[r->first_failure];
	else if (r->ntests)
		shown = &r->tests[r->ntests - 1];
	json_t *error = json_null();
	if (r->error) {
		error = json_pack("{s:s}", "message", r->error);
		if (r->error_line)
			json_object_set_new(error, "line", json_integer(r->error_line));
		if (r->error_detail) {
			json_t *tb = json_object_get(r->error_detail, "traceback");
			const char *type = json_string_value(json_object_get(r->error_detail, "type"));
			if (type)
				json_object_set_new(error, "type", json_string(type));
			if (tb)
				json_object_set(error, "traceback", tb);
		}
	} else if (shown && shown->error) {
		error = json_deep_copy(shown->error);
		json_object_set_new(error, "test", json_string(shown->name));
	}
	json_t *doc =
	    json_pack("{s:s, s:s, s:i, s:i, s:o, s:o, s:I, s:o, s:o, s:o, s:o}", "problem", p->slug,
	              "verdict", verdict_name(r->verdict), "passed", r->passed, "total", r->total, "cpu_ms",
	              round3(r->cpu_ms), "wall_ms", round3(r->wall_ms), "peak_kb", (json_int_t)r->peak_kb,
	              "tests", tests, "stdout", str_or_null(shown ? shown->out : NULL), "stderr",
	              str_or_null(shown ? shown->err : NULL), "error", error);
	if (r->ntests < (size_t)r->total)
		json_object_set_new(doc, "not_run", json_integer(r->total - (int)r->ntests));
	if (r->review)
		json_object_set(doc, "review", r->review);
	if (r->complexity)
		json_object_set(doc, "complexity", r->complexity);
	return doc;
}
