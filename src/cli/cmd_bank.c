/*
 * ace bank check [DIR...] [--json]: validate packs, judge their solutions.
 * ace bank path: the pack directories in use, in order.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "util/fs.h"
#include "util/paths.h"
#include "util/xalloc.h"

struct checked {
	struct problem *p; /* NULL when it did not load */
	char *dir;
	struct diags d;
	double ms;
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
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
	} else {
		diags_add(top, dir, 0, NULL,
		          fs_is_dir(dir) ? "not a pack: it has neither a problems/ folder nor a problem.yaml"
		                         : "no such directory");
	}
	free(probs);
	free(yaml);
	(void)c;
}

static void judge_file(struct cli *c, struct checked *k, const char *file, int want, const char *role)
{
	struct problem *p = k->p;
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

static int check(struct cli *c, int ndirs, char **dirs, bool json)
{
	char **given = NULL;
	char **defaults = NULL;
	if (ndirs == 0) {
		defaults = bank_default_dirs((const char *const *)c->bank_extra);
		given = defaults;
		while (given[ndirs])
			ndirs++;
	} else {
		given = dirs;
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
	struct diags top = {0};
	char **pdirs = NULL;
	size_t n = 0, cap = 0;
	for (int i = 0; i < ndirs; i++)
		collect(c, given[i], &pdirs, &n, &cap, &top);
	struct checked *ks = xcalloc(n + 1, sizeof(*ks));
	for (size_t i = 0; i < n; i++) {
		struct checked *k = &ks[i];
		k->dir = pdirs[i];
		double t0 = (double)clock();
		if (!json)
			cli_progress(c, "checking", i, n);
		k->p = problem_load(k->dir, k->dir, true, &k->d);
		if (k->p) {
			judge_file(c, k, "solution.py", V_ACCEPTED, "solution.py (the reference)");
			if (k->p->naive_file)
				judge_file(c, k, k->p->naive_file, k->p->naive_verdict, k->p->naive_file);
		}
		k->ms = ((double)clock() - t0) * 1000.0 / CLOCKS_PER_SEC;
	}
	if (!json)
		cli_progress(c, "checking", n, n);
	/* Duplicate slugs and titles across everything checked. */
	for (size_t i = 0; i < n; i++) {
		for (size_t j = 0; j < i; j++) {
			if (!ks[i].p || !ks[j].p)
				continue;
			if (!strcmp(ks[i].p->slug, ks[j].p->slug))
				diags_add(&ks[i].d, ks[i].p->dir, 0, "slug", "'%s' is also the slug of %s",
				          ks[i].p->slug, ks[j].p->dir);
			if (!strcasecmp(ks[i].p->title, ks[j].p->title))
				diags_add(&ks[i].d, ks[i].p->dir, 0, "title", "'%s' is also the title of %s",
				          ks[i].p->title, ks[j].p->dir);
		}
	}
	size_t bad = 0;
	json_t *arr = json_array();
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
			                                     "slug", k->p ? k->p->slug : NULL, "ok", ok,
			                                     "tests", (json_int_t)(k->p ? k->p->ntests : 0),
			                                     "errors", errs));
		} else {
			if (ok)
				printf("%sok%s   %-36s %3zu tests\n", sty(c, "green"), sty(c, "reset"),
				       k->p->slug, k->p->ntests);
			else
				printf("%sFAIL%s %s\n", sty(c, "bad"), sty(c, "reset"), k->dir);
			for (size_t e = 0; e < k->d.n; e++) {
				char *line = diag_format(&k->d.v[e]);
				printf("     %s\n", line);
				free(line);
			}
		}
	}
	if (json) {
		json_t *errs = json_array();
		for (size_t e = 0; e < top.n; e++)
			json_array_append_new(errs, json_pack("{s:s, s:s}", "file", top.v[e].file, "message",
			                                      top.v[e].message));
		cli_print_json(json_pack("{s:b, s:I, s:I, s:o, s:o}", "ok", bad == 0 && top.errors == 0,
		                         "checked", (json_int_t)n, "failed", (json_int_t)bad, "problems", arr,
		                         "errors", errs));
	} else {
		json_decref(arr);
		diags_print(&top, stdout);
		printf("\n%s%zu problem%s checked, %zu failed%s\n",
		       bad || top.errors ? sty(c, "bad") : sty(c, "ok"), n, n == 1 ? "" : "s", bad,
		       sty(c, "reset"));
	}
	int rc = bad || top.errors ? EXIT_NEGATIVE : EXIT_OK;
	if (n == 0 && top.errors)
		rc = EXIT_USAGE;
	for (size_t i = 0; i < n; i++) {
		problem_free(ks[i].p);
		diags_release(&ks[i].d);
		free(ks[i].dir);
	}
	free(ks);
	free(pdirs);
	diags_release(&top);
	bank_dirs_free(defaults);
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
	if (strcmp(argv[1], "check") != 0)
		return cli_error(
		    c, "unknown bank command '%s': use `ace bank check [DIR...]` or `ace bank path`",
		    argv[1]);
	bool json = false;
	char **dirs = xcalloc((size_t)argc, sizeof(char *));
	int nd = 0;
	for (int i = 2; i < argc; i++) {
		if (cli_is(argv[i], "--json", NULL))
			json = true;
		else if (argv[i][0] == '-' && argv[i][1]) {
			free(dirs);
			return cli_unknown_option(c, "bank", argv[i]);
		} else
			dirs[nd++] = argv[i];
	}
	int rc = check(c, nd, dirs, json);
	free(dirs);
	return rc;
}
