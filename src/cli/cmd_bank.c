/*
 * ace bank check [DIR...] [--json]: validate packs, judge their solutions.
 * ace bank path: the pack directories in use, in order.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <sys/wait.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "judge/complexity.h"
#include "cli/workers.h"
#include "bank/topics.h"
#include "util/fs.h"
#include "util/paths.h"
#include "util/xalloc.h"

struct checked {
	char *dir;
	bool loaded;        /* problem.yaml and the tests loaded */
	char *slug, *title; /* when loaded */
	size_t ntests;
	json_t *topics; /* the problem's topic IDs, when loaded */
	struct diags d;
};

/*
 * --strict: the built-in bank's bar is an error, not a warning, and every
 * coding topic must have MIN_PER_TOPIC problems. Set once before any worker
 * is forked.
 */
static bool strict;
/* --complexity: the reference solution must measure at the declared time class (issue #5). */
static bool check_complexity;
#define MIN_PER_TOPIC 3

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Whether dir is a pack: it has problems or knowledge content. */
static bool is_pack(const char *dir)
{
	static const char *const sub[] = {"problems", "cards", "design", "behavioral",
	                                  "tracks",   "loops", NULL};
	bool yes = false;
	for (size_t i = 0; sub[i] && !yes; i++) {
		char *p = fs_join(dir, sub[i]);
		yes = fs_is_dir(p);
		free(p);
	}
	return yes;
}

/* Problem directories of a pack (or the problem itself). */
static void collect(struct cli *c, const char *dir, char ***out, size_t *n, size_t *cap, struct diags *top)
{
	char *probs = fs_join(dir, "problems");
	char *yaml = fs_join(dir, "problem.yaml");
	if (fs_is_dir(probs)) {
		DIR *d = opendir(probs);
		struct dirent *e;
		size_t start = *n;
		while (d && (e = readdir(d))) {
			if (e->d_name[0] == '.')
				continue;
			char *sub = fs_join(probs, e->d_name);
			if (!fs_is_dir(sub)) {
				free(sub);
				continue;
			}
			if (*n == *cap) {
				*cap = *cap ? *cap * 2 : 64;
				*out = xreallocarray(*out, *cap, sizeof(char *));
			}
			(*out)[(*n)++] = sub;
		}
		if (d)
			closedir(d);
		qsort(*out + start, *n - start, sizeof(char *), cmp_str);
	} else if (fs_is_file(yaml)) {
		if (*n == *cap) {
			*cap = *cap ? *cap * 2 : 64;
			*out = xreallocarray(*out, *cap, sizeof(char *));
		}
		(*out)[(*n)++] = xstrdup(dir);
	} else if (!is_pack(dir)) {
		diags_add(top, dir, 0, NULL,
		          fs_is_dir(dir) ? "not a pack: it has no problems/ (or cards/, design/, "
		                           "behavioral/, tracks/, loops/) folder, nor a problem.yaml"
		                         : "no such directory");
	}
	free(probs);
	free(yaml);
	(void)c;
}

static void judge_file(struct cli *c, struct checked *k, struct problem *p, const char *file, int want,
                       const char *role)
{
	struct buf src;
	buf_init(&src, BUF_NOLIMIT);
	char *err = NULL;
	if (problem_read(p, file, BANK_MAX_SOURCE, &src, &err) < 0) {
		diags_add(&k->d, p->dir, 0, NULL, "%s", err);
		free(err);
		buf_release(&src);
		return;
	}
	struct judge_opts o = {.mode = JUDGE_TRUSTED,
	                       .filename = file,
	                       .cache_dir = c->cache_dir,
	                       .stop_on_failure = want != V_ACCEPTED};
	struct judge_result r;
	judge_run(p, src.data, src.len, &o, &r);
	char *path = fs_join(p->dir, file);
	if ((int)r.verdict != want) {
		if (r.error) {
			diags_add(&k->d, path, r.error_line, NULL, "%s gets %s, not %s: %s", role,
			          verdict_name(r.verdict), verdict_name((enum verdict)want), r.error);
		} else if (r.first_failure >= 0) {
			const struct judge_test *t = &r.tests[r.first_failure];
			const struct test_case *tc = NULL;
			for (size_t i = 0; i < p->ntests; i++)
				if (!strcmp(p->tests[i].name, t->name))
					tc = &p->tests[i];
			char *tpath = fs_join(p->dir, tc && tc->kind == CASE_ASSERT ? "test_solution.py"
			                                                            : "tests.yaml");
			diags_add(&k->d, tpath, tc ? tc->line : 0, NULL,
			          "%s gets %s on test '%s', not %s: %s", role, verdict_name(t->status),
			          t->name, verdict_name((enum verdict)want), t->message ? t->message : "");
			free(tpath);
		} else {
			diags_add(&k->d, path, 0, NULL, "%s gets %s, not %s", role, verdict_name(r.verdict),
			          verdict_name((enum verdict)want));
		}
	}
	free(path);
	judge_result_release(&r);
	buf_release(&src);
}

/*
 * The built-in bank's bar (issue #4), as warnings: a user's pack may choose
 * less, but an author should see what the bank holds itself to.
 */
static void below_bar(struct diags *d, const char *file, int line, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static void below_bar(struct diags *d, const char *file, int line, const char *field, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (strict)
		diags_add(d, file, line, field, "%s", msg);
	else
		diags_warn(d, file, line, field, "%s", msg);
}

static void quality_warnings(struct checked *k, const struct problem *p)
{
	char *yaml = fs_join(p->dir, "problem.yaml");
	if (p->ntests < 20)
		below_bar(&k->d, p->dir, 0, NULL,
		          "%zu tests; the bank's bar is 20, with the edge cases and large inputs", p->ntests);
	if (!p->has_gen && !p->has_asserts)
		below_bar(&k->d, p->dir, 0, NULL,
		          "no gen.py: large inputs and the complexity analysis need one");
	if (p->hints.n < 2)
		below_bar(&k->d, yaml, 0, "hints", "%zu hint%s; give 2-3, from gentle to revealing",
		          p->hints.n, p->hints.n == 1 ? "" : "s");
	if (p->follow_ups.n == 0)
		below_bar(&k->d, yaml, 0, "follow_ups",
		          "none; add 1-3 questions an interviewer would ask next");
	if (problem_visible_count(p) == 0)
		below_bar(&k->d, p->dir, 0, NULL,
		          "no visible examples (visible: true): `ace test` has nothing to run");
	free(yaml);
}

/*
 * Measure solution.py's complexity and compare it with complexity.time. A
 * form the analysis cannot measure (O(m * n)) is a warning, and so is a
 * measurement one log factor below the declared class; a problem without
 * gen.py has nothing to grow.
 */
static void complexity_check(struct checked *k, struct problem *p)
{
	if (!p->has_gen)
		return;
	char *yaml = fs_join(p->dir, "problem.yaml");
	enum cx_class want = cx_parse(p->time_complexity, NULL);
	if (want == CX_NONE) {
		diags_warn(&k->d, yaml, 0, "complexity.time",
		           "'%s' is not a class the analysis measures (O(1), O(log n), O(n), O(n log n), "
		           "O(n^2), O(n^3), O(2^n) in the size n given to gen.py): not checked",
		           p->time_complexity ? p->time_complexity : "");
		free(yaml);
		return;
	}
	struct buf src;
	buf_init(&src, BUF_NOLIMIT);
	char *err = NULL;
	struct cx_report r;
	struct cx_opts o = {.filename = "solution.py"};
	if (problem_read(p, "solution.py", BANK_MAX_SOURCE, &src, &err) < 0 ||
	    cx_analyze(p, src.data, src.len, &o, &r, &err) < 0) {
		diags_add(&k->d, yaml, 0, "complexity.time", "solution.py could not be measured: %s", err);
		free(err);
	} else {
		enum cx_class got = r.per_call ? cx_per_call(r.cls) : r.cls;
		/*
		 * log n is 2 at n = 4 and 13 at n = 8192: when the reference's log
		 * factor rides on a small constant (a heap a few levels deep, a sort
		 * done in C under a Python loop), these sizes need not show it. A
		 * reference measured one log factor below its declared class is
		 * therefore a warning: the declaration is an upper bound, not a lie.
		 * Any other difference fails.
		 */
		bool log_below = (want == CX_NLOGN && got == CX_N) || (want == CX_LOGN && got == CX_1);
		if (got != want && log_below)
			diags_warn(&k->d, yaml, 0, "complexity.time",
			           "solution.py measures as %s%s at n = %ld..%ld, one log factor below the "
			           "declared %s: these sizes may not show it (confidence %.2f)",
			           cx_name(got), r.per_call ? " per call" : "", r.npoints ? r.points[0].n : 0,
			           r.npoints ? r.points[r.npoints - 1].n : 0, p->time_complexity,
			           r.confidence);
		else if (got != want)
			diags_add(
			    &k->d, yaml, 0, "complexity.time",
			    "solution.py measures as %s%s, not the declared %s (confidence %.2f; by CPU "
			    "time %s, by work counted %s; n = %ld..%ld)",
			    cx_name(got), r.per_call ? " per call" : "", p->time_complexity, r.confidence,
			    cx_name(r.time.cls), r.lines.cls == CX_NONE ? "-" : cx_name(r.lines.cls),
			    r.npoints ? r.points[0].n : 0, r.npoints ? r.points[r.npoints - 1].n : 0);
		cx_report_release(&r);
	}
	buf_release(&src);
	free(yaml);
}

/* Load one problem and judge its solutions; fills k. */
static void check_one(struct cli *c, struct checked *k)
{
	struct problem *p = problem_load(k->dir, k->dir, true, &k->d);
	if (!p)
		return;
	k->loaded = true;
	k->slug = xstrdup(p->slug);
	k->title = xstrdup(p->title);
	k->ntests = p->ntests;
	k->topics = json_array();
	for (size_t i = 0; i < p->topics.n; i++)
		json_array_append_new(k->topics, json_string(p->topics.v[i]));
	quality_warnings(k, p);
	judge_file(c, k, p, "solution.py", V_ACCEPTED, "solution.py (the reference)");
	if (p->naive_file)
		judge_file(c, k, p, p->naive_file, p->naive_verdict, p->naive_file);
	if (check_complexity)
		complexity_check(k, p);
	problem_free(p);
}

/* One problem's outcome, as a worker sends it. */
static json_t *check_job(struct cli *c, size_t i, void *ctx)
{
	struct checked *k = &((struct checked *)ctx)[i];
	check_one(c, k);
	json_t *d = json_array();
	for (size_t e = 0; e < k->d.n; e++) {
		const struct diag *g = &k->d.v[e];
		json_array_append_new(
		    d, json_pack("[s, i, s?, s, b]", g->file, g->line, g->field, g->message, g->warning));
	}
	return json_pack("{s:b, s:s?, s:s?, s:I, s:O?, s:o}", "loaded", k->loaded, "slug", k->slug, "title",
	                 k->title, "ntests", (json_int_t)k->ntests, "topics", k->topics, "diags", d);
}

static void check_take(void *ctx, size_t i, const json_t *j)
{
	struct checked *k = &((struct checked *)ctx)[i];
	k->loaded = json_is_true(json_object_get(j, "loaded"));
	const char *slug = json_string_value(json_object_get(j, "slug"));
	const char *title = json_string_value(json_object_get(j, "title"));
	k->slug = slug ? xstrdup(slug) : NULL;
	k->title = title ? xstrdup(title) : NULL;
	k->ntests = (size_t)json_integer_value(json_object_get(j, "ntests"));
	k->topics = json_incref(json_object_get(j, "topics"));
	size_t e;
	json_t *g;
	json_array_foreach(json_object_get(j, "diags"), e, g) {
		const char *file = json_string_value(json_array_get(g, 0));
		int ln = (int)json_integer_value(json_array_get(g, 1));
		const char *field = json_string_value(json_array_get(g, 2));
		const char *msg = json_string_value(json_array_get(g, 3));
		if (json_is_true(json_array_get(g, 4)))
			diags_warn(&k->d, file, ln, field, "%s", msg ? msg : "");
		else
			diags_add(&k->d, file, ln, field, "%s", msg ? msg : "");
	}
}

void bank_problem_dirs(struct cli *c, int ndirs, char **dirs, char ***out, size_t *n, struct diags *top)
{
	char **defaults = NULL;
	char **given = dirs;
	if (ndirs == 0) {
		defaults = bank_default_dirs((const char *const *)c->bank_extra);
		given = defaults;
		while (given[ndirs])
			ndirs++;
	}
	if (!c->cache_dir) {
		char *err = NULL;
		char *dir = paths_dir(ACE_DIR_CACHE, 1, &err);
		if (dir) {
			c->cache_dir = fs_join(dir, "generated");
			free(dir);
		}
		free(err);
	}
	*out = NULL;
	*n = 0;
	size_t cap = 0;
	for (int i = 0; i < ndirs; i++)
		collect(c, given[i], out, n, &cap, top);
	bank_dirs_free(defaults);
}

static void print_problem(struct cli *c, const struct checked *k)
{
	if (k->d.errors == 0)
		printf("%sok%s   %-36s %3zu tests\n", sty(c, "green"), sty(c, "reset"), k->slug, k->ntests);
	else
		printf("%sFAIL%s %s\n", sty(c, "bad"), sty(c, "reset"), k->dir);
	for (size_t e = 0; e < k->d.n; e++) {
		char *line = diag_format(&k->d.v[e]);
		printf("     %s\n", line);
		free(line);
	}
}

static int check(struct cli *c, int ndirs, char **dirs, bool json)
{
	struct diags top = {0};
	char **pdirs = NULL;
	size_t n = 0;
	bank_problem_dirs(c, ndirs, dirs, &pdirs, &n, &top);
	struct checked *ks = xcalloc(n + 1, sizeof(*ks));
	for (size_t i = 0; i < n; i++)
		ks[i].dir = pdirs[i];
	int jobs = workers_count(c, n);
	if (jobs > 1 && workers_run(c, n, jobs, "checking", json, check_job, check_take, ks) == 0) {
		/* A worker that died took its remaining problems with it: say so, do not pass them. */
		for (size_t i = 0; i < n; i++)
			if (!ks[i].loaded && ks[i].d.n == 0)
				diags_add(&ks[i].d, ks[i].dir, 0, NULL,
				          "not checked: the worker checking it stopped");
	} else {
		for (size_t i = 0; i < n; i++) {
			if (!json)
				cli_progress(c, "checking", i, n);
			check_one(c, &ks[i]);
		}
	}
	if (!json)
		cli_progress(c, "checking", n, n);
	/* Duplicate slugs and titles across everything checked. */
	for (size_t i = 0; i < n; i++) {
		for (size_t j = 0; j < i; j++) {
			if (!ks[i].loaded || !ks[j].loaded)
				continue;
			if (!strcmp(ks[i].slug, ks[j].slug))
				diags_add(&ks[i].d, ks[i].dir, 0, "slug", "'%s' is also the slug of %s",
				          ks[i].slug, ks[j].dir);
			if (!strcasecmp(ks[i].title, ks[j].title))
				diags_add(&ks[i].d, ks[i].dir, 0, "title", "'%s' is also the title of %s",
				          ks[i].title, ks[j].dir);
		}
	}
	/* Coverage is a property of packs: checking single problems does not ask for it. */
	char **packdirs;
	if (ndirs == 0) {
		packdirs = bank_default_dirs((const char *const *)c->bank_extra);
	} else {
		packdirs = xcalloc((size_t)ndirs + 1, sizeof(char *));
		size_t np = 0;
		for (int i = 0; i < ndirs; i++)
			if (is_pack(dirs[i]))
				packdirs[np++] = xstrdup(dirs[i]);
	}
	bool packs = packdirs[0] != NULL;
	if (strict && packs) {
		/* Every coding topic of TOPICS.md, covered by enough problems. */
		for (const struct topic *t = topics; t->id; t++) {
			if (strncmp(t->id, "dsa.", 4) != 0)
				continue;
			size_t count = 0;
			for (size_t i = 0; i < n; i++) {
				size_t q;
				json_t *id;
				json_array_foreach(ks[i].topics, q, id)
					count += !strcmp(json_string_value(id), t->id);
			}
			if (count < MIN_PER_TOPIC)
				diags_add(&top, "TOPICS.md", 0, t->id,
				          "%zu problem%s cover this topic; the bank needs at least %d", count,
				          count == 1 ? "" : "s", MIN_PER_TOPIC);
		}
	}
	size_t bad = 0;
	json_t *arr = json_array();
	json_t *kreport = NULL;
	size_t kerrors = 0;
	if (packs) {
		size_t *pcounts = xcalloc(200, sizeof(size_t));
		size_t ti = 0;
		for (const struct topic *t = topics; t->id && ti < 200; t++, ti++)
			for (size_t i = 0; i < n; i++) {
				size_t q;
				json_t *id;
				json_array_foreach(ks[i].topics, q, id)
					pcounts[ti] += !strcmp(json_string_value(id), t->id);
			}
		if (!json)
			for (size_t i = 0; i < n; i++)
				print_problem(c, &ks[i]);
		kerrors =
		    bank_check_knowledge(c, (const char *const *)packdirs, pcounts, strict, json, &kreport);
		free(pcounts);
	}
	for (size_t i = 0; i < n; i++) {
		struct checked *k = &ks[i];
		bool ok = k->d.errors == 0;
		bad += !ok;
		if (json) {
			json_t *errs = json_array();
			for (size_t e = 0; e < k->d.n; e++) {
				struct diag *g = &k->d.v[e];
				json_array_append_new(errs,
				                      json_pack("{s:s, s:i, s:s?, s:s, s:b}", "file", g->file,
				                                "line", g->line, "field", g->field, "message",
				                                g->message, "warning", g->warning));
			}
			json_array_append_new(arr, json_pack("{s:s, s:s?, s:b, s:I, s:o}", "dir", k->dir,
			                                     "slug", k->slug, "ok", ok, "tests",
			                                     (json_int_t)k->ntests, "errors", errs));
		} else if (!packs) {
			print_problem(c, k);
		}
	}
	if (json) {
		json_t *errs = json_array();
		for (size_t e = 0; e < top.n; e++)
			json_array_append_new(errs, json_pack("{s:s, s:s}", "file", top.v[e].file, "message",
			                                      top.v[e].message));
		cli_print_json(json_pack("{s:b, s:I, s:I, s:o, s:o, s:o?}", "ok",
		                         bad == 0 && top.errors == 0 && kerrors == 0, "checked",
		                         (json_int_t)n, "failed", (json_int_t)bad, "problems", arr, "errors",
		                         errs, "knowledge", kreport));
	} else {
		json_decref(arr);
		json_decref(kreport);
		diags_print(&top, stdout);
		printf("\n%s%zu problem%s checked, %zu failed%s\n",
		       bad || top.errors ? sty(c, "bad") : sty(c, "ok"), n, n == 1 ? "" : "s", bad,
		       sty(c, "reset"));
	}
	int rc = bad || top.errors || kerrors ? EXIT_NEGATIVE : EXIT_OK;
	bank_dirs_free(packdirs);
	if (n == 0 && top.errors)
		rc = EXIT_USAGE;
	for (size_t i = 0; i < n; i++) {
		free(ks[i].slug);
		free(ks[i].title);
		json_decref(ks[i].topics);
		diags_release(&ks[i].d);
		free(ks[i].dir);
	}
	free(ks);
	free(pdirs);
	diags_release(&top);
	return rc;
}

int cmd_bank(struct cli *c, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(c, "bank");
	if (!strcmp(argv[1], "path")) {
		char **dirs = bank_default_dirs((const char *const *)c->bank_extra);
		for (size_t i = 0; dirs[i]; i++)
			printf("%s\n", dirs[i]);
		bank_dirs_free(dirs);
		return EXIT_OK;
	}
	if (!strcmp(argv[1], "mutants"))
		return cmd_bank_mutants(c, argc - 1, argv + 1);
	if (!strcmp(argv[1], "doc"))
		return cmd_bank_doc(c, argc - 1, argv + 1);
	if (strcmp(argv[1], "check") != 0)
		return cli_error(c,
		                 "unknown bank command '%s': use `ace bank check [DIR...]`, `ace bank "
		                 "mutants [DIR...]`, `ace bank doc` or `ace bank path`",
		                 argv[1]);
	bool json = false;
	char **dirs = xcalloc((size_t)argc, sizeof(char *));
	int nd = 0;
	for (int i = 2; i < argc; i++) {
		const char *jobs_s = NULL;
		int r;
		if (cli_is(argv[i], "--json", NULL)) {
			json = true;
		} else if (cli_is(argv[i], "--strict", NULL)) {
			strict = true;
		} else if (cli_is(argv[i], "--complexity", NULL)) {
			check_complexity = true;
		} else if ((r = cli_opt(c, argc, argv, &i, "--jobs", "-j", &jobs_s))) {
			if (workers_parse_jobs(c, r, jobs_s) < 0) {
				free(dirs);
				return EXIT_USAGE;
			}
		} else if (argv[i][0] == '-' && argv[i][1]) {
			free(dirs);
			return cli_unknown_option(c, "bank", argv[i]);
		} else {
			dirs[nd++] = argv[i];
		}
	}
	int rc = check(c, nd, dirs, json);
	free(dirs);
	return rc;
}
