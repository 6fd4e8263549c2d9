/*
 * ace bank check [DIR...] [--json]: validate packs, judge their solutions.
 * ace bank path: the pack directories in use, in order.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
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
	char *dir;
	bool loaded;        /* problem.yaml and the tests loaded */
	char *slug, *title; /* when loaded */
	size_t ntests;
	struct diags d;
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
static void quality_warnings(struct checked *k, const struct problem *p)
{
	char *yaml = fs_join(p->dir, "problem.yaml");
	if (p->ntests < 20)
		diags_warn(&k->d, p->dir, 0, NULL,
		           "%zu tests; the bank's bar is 20, with the edge cases and large inputs",
		           p->ntests);
	if (!p->has_gen && !p->has_asserts)
		diags_warn(&k->d, p->dir, 0, NULL,
		           "no gen.py: large inputs and the complexity analysis need one");
	if (p->hints.n < 2)
		diags_warn(&k->d, yaml, 0, "hints", "%zu hint%s; give 2-3, from gentle to revealing",
		           p->hints.n, p->hints.n == 1 ? "" : "s");
	if (p->follow_ups.n == 0)
		diags_warn(&k->d, yaml, 0, "follow_ups",
		           "none; add 1-3 questions an interviewer would ask next");
	if (problem_visible_count(p) == 0)
		diags_warn(&k->d, p->dir, 0, NULL,
		           "no visible examples (visible: true): `ace test` has nothing to run");
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
	quality_warnings(k, p);
	judge_file(c, k, p, "solution.py", V_ACCEPTED, "solution.py (the reference)");
	if (p->naive_file)
		judge_file(c, k, p, p->naive_file, p->naive_verdict, p->naive_file);
	problem_free(p);
}

/* A worker's result for one problem, as one line of JSON. */
static void send_result(FILE *out, size_t i, const struct checked *k)
{
	json_t *d = json_array();
	for (size_t e = 0; e < k->d.n; e++) {
		const struct diag *g = &k->d.v[e];
		json_array_append_new(
		    d, json_pack("[s, i, s?, s, b]", g->file, g->line, g->field, g->message, g->warning));
	}
	json_t *j =
	    json_pack("{s:I, s:b, s:s?, s:s?, s:I, s:o}", "i", (json_int_t)i, "loaded", k->loaded, "slug",
	              k->slug, "title", k->title, "ntests", (json_int_t)k->ntests, "diags", d);
	json_dumpf(j, out, JSON_COMPACT);
	fputc('\n', out);
	fflush(out);
	json_decref(j);
}

static void take_result(struct checked *ks, size_t n, const char *line)
{
	json_t *j = json_loads(line, 0, NULL);
	json_int_t i = json_integer_value(json_object_get(j, "i"));
	if (!j || i < 0 || (size_t)i >= n) {
		json_decref(j);
		return;
	}
	struct checked *k = &ks[i];
	k->loaded = json_is_true(json_object_get(j, "loaded"));
	const char *slug = json_string_value(json_object_get(j, "slug"));
	const char *title = json_string_value(json_object_get(j, "title"));
	k->slug = slug ? xstrdup(slug) : NULL;
	k->title = title ? xstrdup(title) : NULL;
	k->ntests = (size_t)json_integer_value(json_object_get(j, "ntests"));
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
	json_decref(j);
}

/*
 * Check problems in `jobs` worker processes (problem i goes to worker i % jobs);
 * each sends one line of JSON per problem. Every problem's judging runs in
 * boxes of its own, so workers share nothing but the cache directory, whose
 * files are written atomically. Returns -1 when workers cannot be started.
 */
static int run_workers(struct cli *c, struct checked *ks, size_t n, int jobs, bool json)
{
	int *fds = xcalloc((size_t)jobs, sizeof(int));
	pid_t *pids = xcalloc((size_t)jobs, sizeof(pid_t));
	int started = 0;
	fflush(stdout);
	fflush(stderr);
	for (int w = 0; w < jobs; w++) {
		int pfd[2];
		if (pipe2(pfd, O_CLOEXEC) < 0)
			break;
		pid_t pid = fork();
		if (pid < 0) {
			close(pfd[0]);
			close(pfd[1]);
			break;
		}
		if (pid == 0) {
			close(pfd[0]);
			FILE *out = fdopen(pfd[1], "w");
			for (size_t i = (size_t)w; i < n && out; i += (size_t)jobs) {
				check_one(c, &ks[i]);
				send_result(out, i, &ks[i]);
			}
			_exit(out ? 0 : 1);
		}
		close(pfd[1]);
		fds[w] = pfd[0];
		pids[w] = pid;
		started++;
	}
	if (started < jobs) {
		for (int w = 0; w < started; w++) {
			kill(pids[w], SIGKILL);
			waitpid(pids[w], NULL, 0);
			close(fds[w]);
		}
		free(fds);
		free(pids);
		return -1;
	}
	struct buf *in = xcalloc((size_t)jobs, sizeof(struct buf));
	for (int w = 0; w < jobs; w++)
		buf_init(&in[w], BUF_NOLIMIT);
	size_t done = 0;
	int open_fds = jobs;
	while (open_fds > 0) {
		struct pollfd pf[64];
		int map[64], np = 0;
		for (int w = 0; w < jobs && np < 64; w++) {
			if (fds[w] >= 0) {
				pf[np] = (struct pollfd){.fd = fds[w], .events = POLLIN};
				map[np++] = w;
			}
		}
		if (poll(pf, (nfds_t)np, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (int q = 0; q < np; q++) {
			if (!pf[q].revents)
				continue;
			int w = map[q];
			char chunk[8192];
			ssize_t r = read(fds[w], chunk, sizeof(chunk));
			if (r <= 0) {
				close(fds[w]);
				fds[w] = -1;
				open_fds--;
				continue;
			}
			buf_add(&in[w], chunk, (size_t)r);
			char *nl;
			while ((nl = memchr(in[w].data, '\n', in[w].len))) {
				*nl = '\0';
				take_result(ks, n, in[w].data);
				size_t rest = in[w].len - (size_t)(nl + 1 - in[w].data);
				memmove(in[w].data, nl + 1, rest);
				in[w].len = rest;
				in[w].data[rest] = '\0';
				done++;
				if (!json)
					cli_progress(c, "checking", done, n);
			}
		}
	}
	for (int w = 0; w < jobs; w++) {
		int status;
		waitpid(pids[w], &status, 0);
		buf_release(&in[w]);
	}
	/* A worker that died took its remaining problems with it: say so, do not pass them. */
	for (size_t i = 0; i < n; i++)
		if (!ks[i].loaded && ks[i].d.n == 0)
			diags_add(&ks[i].d, ks[i].dir, 0, NULL,
			          "not checked: the worker checking it stopped");
	free(in);
	free(fds);
	free(pids);
	return 0;
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
	for (size_t i = 0; i < n; i++)
		ks[i].dir = pdirs[i];
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	int jobs = c->jobs > 0 ? c->jobs : (int)(cpus > 0 ? cpus : 1);
	if ((size_t)jobs > n)
		jobs = (int)(n ? n : 1);
	if (jobs <= 1 || run_workers(c, ks, n, jobs, json) < 0) {
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
			                                     "slug", k->slug, "ok", ok, "tests",
			                                     (json_int_t)k->ntests, "errors", errs));
		} else {
			if (ok)
				printf("%sok%s   %-36s %3zu tests\n", sty(c, "green"), sty(c, "reset"),
				       k->slug, k->ntests);
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
		free(ks[i].slug);
		free(ks[i].title);
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
		const char *jobs_s = NULL;
		int r;
		if (cli_is(argv[i], "--json", NULL)) {
			json = true;
		} else if ((r = cli_opt(c, argc, argv, &i, "--jobs", "-j", &jobs_s))) {
			char *end = NULL;
			long jv = r > 0 ? strtol(jobs_s, &end, 10) : 0;
			if (r < 0 || *end || jv < 1 || jv > 64) {
				free(dirs);
				return cli_error(c, "--jobs takes a number from 1 to 64");
			}
			c->jobs = (int)jv;
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
