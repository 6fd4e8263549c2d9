/*
 * ace bank mutants [DIR...] [--max N] [--min PERCENT] [--jobs N] [--json]:
 * how strong each problem's tests are (judge/mutants.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/workers.h"
#include "judge/mutants.h"
#include "util/fs.h"
#include "util/xalloc.h"

struct job {
	char *dir;
	json_t *result; /* {slug, killed, total, mutants: [...]} or {error} */
};

struct ctx {
	struct job *jobs;
	int max;
};

static json_t *mutants_job(struct cli *c, size_t i, void *vctx)
{
	struct ctx *x = vctx;
	const char *dir = x->jobs[i].dir;
	struct diags d = {0};
	struct problem *p = problem_load(dir, dir, true, &d);
	if (!p) {
		char *why = d.n ? diag_format(&d.v[0]) : xstrdup("cannot load the problem");
		json_t *r = json_pack("{s:s, s:s}", "dir", dir, "error", why);
		free(why);
		diags_release(&d);
		return r;
	}
	diags_release(&d);
	struct buf src;
	buf_init(&src, BUF_NOLIMIT);
	char *err = NULL;
	struct mutant_report rep;
	json_t *r;
	if (problem_read(p, "solution.py", BANK_MAX_SOURCE, &src, &err) < 0 ||
	    judge_mutants(p, src.data, src.len, x->max, c->cache_dir, &rep, &err) < 0) {
		r = json_pack("{s:s, s:s, s:s}", "dir", dir, "slug", p->slug, "error", err);
		free(err);
	} else {
		json_t *ms = json_array();
		for (size_t k = 0; k < rep.n; k++) {
			const struct mutant *m = &rep.v[k];
			json_array_append_new(
			    ms, json_pack("{s:s, s:i, s:s, s:s, s:b, s:s?}", "kind", m->kind, "line", m->line,
			                  "description", m->description, "verdict", verdict_name(m->verdict),
			                  "killed", m->killed, "test", m->test));
		}
		r = json_pack("{s:s, s:s, s:I, s:I, s:o}", "dir", dir, "slug", p->slug, "killed",
		              (json_int_t)rep.killed, "total", (json_int_t)rep.n, "mutants", ms);
		mutants_release(&rep);
	}
	buf_release(&src);
	problem_free(p);
	return r;
}

static void mutants_take(void *vctx, size_t i, const json_t *result)
{
	struct ctx *x = vctx;
	x->jobs[i].result = json_deep_copy(result);
}

int cmd_bank_mutants(struct cli *c, int argc, char **argv)
{
	bool json = false;
	int max = 8;
	double min = -1;
	char **dirs = xcalloc((size_t)argc + 1, sizeof(char *));
	int nd = 0;
	for (int i = 1; i < argc; i++) {
		const char *v = NULL;
		int r;
		char *end = NULL;
		if (cli_is(argv[i], "--json", NULL)) {
			json = true;
		} else if ((r = cli_opt(c, argc, argv, &i, "--max", NULL, &v))) {
			long n = r > 0 ? strtol(v, &end, 10) : 0;
			if (r < 0 || *end || n < 1 || n > MUTANTS_MAX) {
				free(dirs);
				return cli_error(c, "--max takes a number from 1 to %d", MUTANTS_MAX);
			}
			max = (int)n;
		} else if ((r = cli_opt(c, argc, argv, &i, "--min", NULL, &v))) {
			double m = r > 0 ? strtod(v, &end) : -1;
			if (r < 0 || *end || m < 0 || m > 100) {
				free(dirs);
				return cli_error(c, "--min takes a percentage from 0 to 100");
			}
			min = m;
		} else if ((r = cli_opt(c, argc, argv, &i, "--jobs", "-j", &v))) {
			if (workers_parse_jobs(c, r, v) < 0) {
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
	struct diags top = {0};
	char **pdirs = NULL;
	size_t n = 0;
	bank_problem_dirs(c, nd, dirs, &pdirs, &n, &top);
	free(dirs);
	if (top.errors) {
		diags_print(&top, stderr);
		diags_release(&top);
		for (size_t i = 0; i < n; i++)
			free(pdirs[i]);
		free(pdirs);
		return EXIT_USAGE;
	}
	diags_release(&top);

	struct ctx x = {.jobs = xcalloc(n + 1, sizeof(struct job)), .max = max};
	for (size_t i = 0; i < n; i++)
		x.jobs[i].dir = pdirs[i];
	int jobs = workers_count(c, n);
	if (jobs <= 1 || workers_run(c, n, jobs, "mutating", json, mutants_job, mutants_take, &x) < 0)
		for (size_t i = 0; i < n; i++) {
			if (!json)
				cli_progress(c, "mutating", i, n);
			x.jobs[i].result = mutants_job(c, i, &x);
		}
	if (!json)
		cli_progress(c, "mutating", n, n);

	size_t killed = 0, total = 0, failed = 0;
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *r = x.jobs[i].result;
		if (!r)
			r = json_pack("{s:s, s:s}", "dir", x.jobs[i].dir, "error",
			              "not run: the worker running it stopped");
		const char *err = json_string_value(json_object_get(r, "error"));
		const char *slug = json_string_value(json_object_get(r, "slug"));
		size_t k = (size_t)json_integer_value(json_object_get(r, "killed"));
		size_t t = (size_t)json_integer_value(json_object_get(r, "total"));
		killed += k;
		total += t;
		failed += err != NULL;
		if (!json) {
			if (err) {
				printf("%sFAIL%s %-36s %s\n", sty(c, "bad"), sty(c, "reset"),
				       slug ? slug : x.jobs[i].dir, err);
			} else {
				printf("%s%-40s%s %2zu/%-2zu killed\n", k == t ? sty(c, "green") : "", slug,
				       k == t ? sty(c, "reset") : "", k, t);
				size_t m;
				json_t *mu;
				json_array_foreach(json_object_get(r, "mutants"), m, mu) {
					if (json_is_true(json_object_get(mu, "killed")))
						continue;
					printf("     survived: %s (%s)\n",
					       json_string_value(json_object_get(mu, "description")),
					       json_string_value(json_object_get(mu, "kind")));
				}
			}
		}
		json_array_append_new(arr, r);
		x.jobs[i].result = NULL;
	}
	double share = total ? 100.0 * (double)killed / (double)total : 0;
	bool below = min >= 0 && share < min;
	if (json) {
		cli_print_json(json_pack("{s:I, s:I, s:f, s:I, s:o}", "killed", (json_int_t)killed, "total",
		                         (json_int_t)total, "share", share, "failed", (json_int_t)failed,
		                         "problems", arr));
	} else {
		json_decref(arr);
		printf("\n%s%zu of %zu mutants killed (%.1f%%) over %zu problem%s%s%s\n",
		       below || failed ? sty(c, "bad") : sty(c, "ok"), killed, total, share, n,
		       n == 1 ? "" : "s", failed ? ", some could not be mutated" : "", sty(c, "reset"));
		if (below)
			printf("below the minimum of %.1f%% (--min)\n", min);
	}
	for (size_t i = 0; i < n; i++)
		free(pdirs[i]);
	free(pdirs);
	free(x.jobs);
	return failed || below ? EXIT_NEGATIVE : EXIT_OK;
}
