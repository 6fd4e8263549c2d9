/*
 * cli.c - helpers the subcommands share: errors, styles, opening the bank and
 * the store, reading sources, printing judge results.
 */
#include "cli/cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/fs.h"
#include "util/paths.h"
#include "util/xalloc.h"

int cli_error(struct cli *c, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%sace:%s ", sty(c, "err"), sty(c, "reset_err"));
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return EXIT_USAGE;
}

void cli_warn(struct cli *c, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "ace: warning: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	(void)c;
}

int cli_usage(struct cli *c, const char *name)
{
	const struct command *cmd = command_find(name);
	if (cmd)
		fprintf(stderr, "usage: ace %s\nRun `ace help %s` for details.\n", cmd->usage, cmd->name);
	(void)c;
	return EXIT_USAGE;
}

bool cli_is(const char *arg, const char *long_name, const char *short_name)
{
	return (long_name && !strcmp(arg, long_name)) || (short_name && !strcmp(arg, short_name));
}

const char *sty(const struct cli *c, const char *which)
{
	bool on = c->color;
	if (!strcmp(which, "err") || !strcmp(which, "reset_err")) {
		if (!c->err_color)
			return "";
		return !strcmp(which, "err") ? "\033[1;31m" : "\033[0m";
	}
	if (!on)
		return "";
	static const struct {
		const char *name, *seq;
	} styles[] = {
	    {"bold", "\033[1m"},    {"dim", "\033[2m"},   {"green", "\033[32m"}, {"red", "\033[31m"},
	    {"yellow", "\033[33m"}, {"cyan", "\033[36m"}, {"reset", "\033[0m"},  {"ok", "\033[1;32m"},
	    {"bad", "\033[1;31m"},  {NULL, NULL},
	};
	for (size_t i = 0; styles[i].name; i++)
		if (!strcmp(styles[i].name, which))
			return styles[i].seq;
	return "";
}

void cli_print_json(json_t *j)
{
	char *s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(12));
	if (s) {
		fputs(s, stdout);
		fputc('\n', stdout);
		free(s);
	}
	json_decref(j);
}

void cli_progress(struct cli *c, const char *label, size_t done, size_t total)
{
	if (!c->stderr_tty || total == 0)
		return;
	int width = 30;
	int filled = (int)(done * (size_t)width / total);
	fprintf(stderr, "\r%s [", label);
	for (int i = 0; i < width; i++)
		fputc(i < filled ? '=' : i == filled ? '>' : ' ', stderr);
	fprintf(stderr, "] %zu/%zu", done, total);
	if (done >= total)
		fprintf(stderr, "\r\033[K");
	fflush(stderr);
}

bank_t *cli_bank(struct cli *c)
{
	if (c->bank)
		return c->bank;
	/* --bank, then ACE_BANK_PATH, then config's bank list, then the built-in bank. */
	size_t n = 0;
	while (c->bank_extra[n])
		n++;
	size_t m = 0;
	while (c->cfg.banks[m])
		m++;
	char **dirs = bank_default_dirs((const char *const *)c->bank_extra);
	/* Insert the config's packs before the built-in one (the last entry). */
	size_t total = 0;
	while (dirs[total])
		total++;
	char **all = xcalloc(total + m + 1, sizeof(char *));
	size_t k = 0;
	char *builtin = bank_builtin_dir();
	bool last_is_builtin = builtin && total && !strcmp(dirs[total - 1], builtin);
	for (size_t i = 0; i + (last_is_builtin ? 1 : 0) < total; i++)
		all[k++] = dirs[i];
	for (size_t i = 0; i < m; i++)
		all[k++] = c->cfg.banks[i];
	if (last_is_builtin)
		all[k++] = dirs[total - 1];
	all[k] = NULL;
	free(builtin);

	struct diags d = {0};
	bank_t *b = NULL;
	int rc = bank_open((const char *const *)all, &b, &d);
	for (size_t i = 0; i < d.n; i++) {
		char *line = diag_format(&d.v[i]);
		fprintf(stderr, "ace: %s%s\n", d.v[i].warning ? "" : "skipped: ", line);
		free(line);
	}
	if (d.errors)
		fprintf(stderr, "ace: run `ace bank check` on the pack to see every problem in it\n");
	diags_release(&d);
	free(all);
	bank_dirs_free(dirs);
	if (rc < 0 && bank_count(b) == 0) {
		cli_error(c,
		          "no problem bank found: pass --bank DIR or set ACE_BANK_PATH to a pack directory");
		bank_free(b);
		return NULL;
	}
	c->bank = b;
	return b;
}

struct problem *cli_problem(struct cli *c, const char *slug, bool with_tests)
{
	bank_t *b = cli_bank(c);
	if (!b)
		return NULL;
	struct problem *p = bank_find(b, slug);
	if (!p) {
		const char *s = bank_suggest(b, slug);
		if (s)
			cli_error(c, "no problem '%s'. Did you mean '%s'? (`ace list` shows them all)", slug,
			          s);
		else
			cli_error(c, "no problem '%s'; `ace list` shows the problems there are", slug);
		return NULL;
	}
	if (with_tests) {
		struct diags d = {0};
		if (problem_load_tests(p, &d) < 0) {
			diags_print(&d, stderr);
			cli_error(
			    c,
			    "the pack's problem '%s' has broken tests (above); fix them or tell the pack's author",
			    slug);
			diags_release(&d);
			return NULL;
		}
		diags_release(&d);
	}
	return p;
}

store_t *cli_store(struct cli *c)
{
	if (c->store)
		return c->store;
	char *err = NULL;
	char *dir = paths_dir(ACE_DIR_DATA, 1, &err);
	if (!dir) {
		cli_error(c, "%s", err);
		free(err);
		return NULL;
	}
	char *path = fs_join(dir, "ace.db");
	free(dir);
	if (store_open(path, &c->store, &err) < 0) {
		cli_error(c, "cannot open the database %s: %s", path, err ? err : "unknown error");
		free(err);
		free(path);
		c->store = NULL;
		return NULL;
	}
	free(path);
	return c->store;
}

char *cli_read_source(struct cli *c, const char *path, size_t *len)
{
	struct buf b;
	buf_init(&b, BUF_NOLIMIT);
	/*
	 * Read well past the judge's limit so that an oversized solution gets the
	 * judge's verdict (compile_error, naming the limit); only a file far too
	 * large to be a solution at all is refused here.
	 */
	int rc = fs_read_file(path, 16u * JUDGE_MAX_SOURCE, &b);
	if (rc == -2) {
		buf_release(&b);
		cli_error(c, "%s is larger than %u KiB: is it really a Python solution?", path,
		          16u * JUDGE_MAX_SOURCE / 1024);
		return NULL;
	}
	if (rc < 0) {
		int e = errno;
		buf_release(&b);
		if (e == ENOENT)
			cli_error(c, "%s: no such file (ace start SLUG writes a starter file)", path);
		else
			cli_error(c, "cannot read %s: %s", path, strerror(e));
		return NULL;
	}
	return buf_detach(&b, len);
}

static void print_value(struct cli *c, const char *label, const json_t *v)
{
	char *s = judge_canonical(v, false);
	size_t n = strlen(s);
	if (n > 2000)
		printf("  %-9s %.*s... (%zu characters)\n", label, 2000, s, n);
	else
		printf("  %-9s %s\n", label, s);
	free(s);
	(void)c;
}

static void print_block(struct cli *c, const char *label, const char *text, bool truncated)
{
	if (!text || !*text)
		return;
	printf("  %s%s:%s\n", sty(c, "dim"), label, sty(c, "reset"));
	const char *s = text;
	int lines = 0;
	while (*s && lines < 40) {
		const char *nl = strchr(s, '\n');
		size_t len = nl ? (size_t)(nl - s) : strlen(s);
		printf("    %.*s\n", (int)(len > 400 ? 400 : len), s);
		lines++;
		s = nl ? nl + 1 : s + len;
	}
	if (*s || truncated)
		printf("    %s... (cut)%s\n", sty(c, "dim"), sty(c, "reset"));
}

static void print_traceback(struct cli *c, const json_t *error)
{
	json_t *tb = json_object_get(error, "traceback");
	if (!json_is_array(tb) || json_array_size(tb) == 0)
		return;
	printf("  %sTraceback (innermost last):%s\n", sty(c, "dim"), sty(c, "reset"));
	size_t i;
	json_t *f;
	json_array_foreach(tb, i, f) {
		const char *file = json_string_value(json_object_get(f, "file"));
		const char *name = json_string_value(json_object_get(f, "name"));
		printf("    %s%sline %lld, in %s\n", file ? file : "", file ? " " : "",
		       (long long)json_integer_value(json_object_get(f, "line")), name ? name : "?");
		const char *text = json_string_value(json_object_get(f, "text"));
		if (text && *text)
			printf("      %s\n", text);
		json_int_t rep = json_integer_value(json_object_get(f, "repeated"));
		if (rep > 0)
			printf("    %s[the line above repeated %lld more times]%s\n", sty(c, "dim"),
			       (long long)rep, sty(c, "reset"));
	}
}

void cli_print_result(struct cli *c, const struct problem *p, const struct judge_result *r, bool examples)
{
	bool ok = r->verdict == V_ACCEPTED;
	if (examples) {
		for (size_t i = 0; i < r->ntests; i++) {
			const struct judge_test *t = &r->tests[i];
			bool pass = t->status == V_ACCEPTED;
			printf("%s%s%s %s  %s(%.1f ms)%s\n", pass ? sty(c, "ok") : sty(c, "bad"),
			       pass ? "PASS" : "FAIL", sty(c, "reset"), t->name, sty(c, "dim"), t->cpu_ms,
			       sty(c, "reset"));
			if (t->input)
				print_value(c, "input", t->input);
			if (t->expected)
				print_value(c, "expected", t->expected);
			if (t->got)
				print_value(c, "got", t->got);
			if (!pass && t->message && !(t->status == V_WRONG_ANSWER && t->got))
				printf("  %s%s%s\n", sty(c, "red"), t->message, sty(c, "reset"));
			print_traceback(c, t->error);
			print_block(c, "stdout", t->out, t->out_truncated);
			print_block(c, "stderr", t->err, t->err_truncated);
		}
		if (r->error) {
			printf("%s%s%s: %s\n", sty(c, "bad"), verdict_title(r->verdict), sty(c, "reset"),
			       r->error);
			if (r->error_line)
				printf("  at line %d\n", r->error_line);
			print_traceback(c, r->error_detail);
			return;
		}
		printf("\n%s%d/%d examples passed%s\n", ok ? sty(c, "ok") : sty(c, "bad"), r->passed,
		       r->total, sty(c, "reset"));
		if (ok)
			printf("Next: ace submit %s FILE runs the hidden tests too.\n", p->slug);
		return;
	}

	printf("%s%s%s", ok ? sty(c, "ok") : sty(c, "bad"), verdict_title(r->verdict), sty(c, "reset"));
	if (r->total)
		printf("  %d/%d tests passed", r->passed, r->total);
	if (r->ntests < (size_t)r->total)
		printf(" (%d not run after the time limit)", r->total - (int)r->ntests);
	printf("\n");
	if (r->total)
		printf("CPU %.1f ms  wall %.0f ms  peak memory %.1f MiB\n", r->cpu_ms, r->wall_ms,
		       r->peak_kb / 1024.0);
	if (r->error) {
		printf("\n%s\n", r->error);
		if (r->error_line)
			printf("  at line %d of your file\n", r->error_line);
		print_traceback(c, r->error_detail);
		return;
	}
	if (r->first_failure >= 0) {
		const struct judge_test *t = &r->tests[r->first_failure];
		printf("\nFirst failing test: %s%s%s (%s%s)\n", sty(c, "bold"), t->name, sty(c, "reset"),
		       t->visible ? "an example" : "hidden", "");
		if (t->message && !(t->status == V_WRONG_ANSWER && t->got))
			printf("  %s%s%s\n", sty(c, "red"), t->message, sty(c, "reset"));
		if (t->input)
			print_value(c, "input", t->input);
		if (t->expected)
			print_value(c, "expected", t->expected);
		if (t->got)
			print_value(c, "got", t->got);
		print_traceback(c, t->error);
		print_block(c, "stdout", t->out, t->out_truncated);
		print_block(c, "stderr", t->err, t->err_truncated);
	} else if (r->ntests) {
		const struct judge_test *t = &r->tests[r->ntests - 1];
		print_block(c, "stdout (last test)", t->out, t->out_truncated);
		print_block(c, "stderr (last test)", t->err, t->err_truncated);
	}
	if (ok)
		printf("\nOptimal complexity for this problem: time %s, space %s.\n", p->time_complexity,
		       p->space_complexity);
	if (r->review) {
		size_t n = json_array_size(r->review);
		if (n == 0) {
			printf("\n%sReview:%s nothing to point out.\n", sty(c, "bold"), sty(c, "reset"));
		} else {
			printf("\n%sReview%s (%zu note%s)\n", sty(c, "bold"), sty(c, "reset"), n,
			       n == 1 ? "" : "s");
			size_t i;
			json_t *f;
			json_array_foreach(r->review, i, f)
				printf("  line %lld: %s %s(%s)%s\n",
				       (long long)json_integer_value(json_object_get(f, "line")),
				       json_string_value(json_object_get(f, "message")), sty(c, "dim"),
				       json_string_value(json_object_get(f, "rule")), sty(c, "reset"));
		}
	}
}

long long cli_record(struct cli *c, const struct problem *p, const char *kind, const char *code,
                     const struct judge_result *r)
{
	store_t *st = cli_store(c);
	if (!st)
		return -1;
	json_t *doc = judge_result_json(p, r);
	int64_t id = -1;
	if (judge_record(st, kind, code, doc, &id) < 0)
		cli_warn(c, "the submission was judged but not saved: %s", store_errmsg(st));
	json_decref(doc);
	return id;
}

int cli_opt(struct cli *c, int argc, char **argv, int *i, const char *name, const char *short_name,
            const char **val)
{
	const char *a = argv[*i];
	size_t n = strlen(name);
	if (!strncmp(a, name, n) && a[n] == '=') {
		*val = a + n + 1;
		return 1;
	}
	if (strcmp(a, name) != 0 && !(short_name && !strcmp(a, short_name)))
		return 0;
	if (*i + 1 >= argc) {
		cli_error(c, "%s needs a value", name);
		return -1;
	}
	*val = argv[++*i];
	return 1;
}

int cli_unknown_option(struct cli *c, const char *cmd, const char *arg)
{
	cli_error(c, "unknown option '%s' for `ace %s`", arg, cmd);
	return cli_usage(c, cmd);
}

static void progress_cb(void *ctx, size_t done, size_t total)
{
	cli_progress(ctx, "judging", done, total);
}

int cli_judge(struct cli *c, const struct problem *p, const char *path, enum judge_mode mode,
              const json_t *custom, bool progress, char **source_out, struct judge_result *r)
{
	size_t len;
	char *src = cli_read_source(c, path, &len);
	if (!src)
		return -1;
	if (!c->cache_dir) {
		char *err = NULL;
		char *dir = paths_dir(ACE_DIR_CACHE, 1, &err);
		if (dir) {
			c->cache_dir = fs_join(dir, "generated");
			free(dir);
		} else {
			cli_warn(c, "no cache for generated tests (%s)", err);
			free(err);
		}
	}
	const char *slash = strrchr(path, '/');
	struct judge_opts o = {
	    .mode = mode,
	    .custom_args = custom,
	    .filename = slash ? slash + 1 : path,
	    .cache_dir = c->cache_dir,
	    .progress = progress ? progress_cb : NULL,
	    .progress_ctx = c,
	};
	judge_run(p, src, len, &o, r);
	if (source_out)
		*source_out = src;
	else
		free(src);
	return 0;
}
