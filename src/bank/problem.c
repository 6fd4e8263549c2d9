/*
 * problem.c - loading and validating one problem directory.
 *
 * Every check reports file, line and field through diags and goes on, so an
 * author sees all of a file's problems at once. The format is described for
 * authors in docs/PACK_FORMAT.md; keep the two in step.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bank/bank.h"
#include "bank/topics.h"
#include "bank/yj.h"
#include "judge/verdict.h"
#include "util/fs.h"
#include "util/xalloc.h"

struct vctx {
	const char *file; /* path shown in diagnostics */
	struct yj_doc *doc;
	struct diags *d;
};

static void err(struct vctx *v, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void err(struct vctx *v, const char *field, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	int line = v->doc ? yj_line(v->doc, field) : 0;
	/* A missing field has no line: point at its parent. */
	if (!line && v->doc && strchr(field, '.')) {
		char *parent = xstrdup(field);
		*strrchr(parent, '.') = '\0';
		line = yj_line(v->doc, parent);
		free(parent);
	}
	diags_add(v->d, v->file, line, field, "%s", msg);
}

/* A required (or optional) non-empty string field; returns a copy or NULL. */
static char *get_str(struct vctx *v, json_t *obj, const char *key, const char *field, bool required)
{
	json_t *j = json_object_get(obj, key);
	if (!j || json_is_null(j)) {
		if (required)
			err(v, field, "missing; add a string value");
		return NULL;
	}
	if (!json_is_string(j)) {
		err(v, field, "expected a string, found %s", yj_type_name(j));
		return NULL;
	}
	const char *s = json_string_value(j);
	if (!*s) {
		err(v, field, "must not be empty");
		return NULL;
	}
	return xstrdup(s);
}

static int get_int(struct vctx *v, json_t *obj, const char *key, const char *field, int def, int lo, int hi)
{
	json_t *j = json_object_get(obj, key);
	if (!j)
		return def;
	if (!json_is_integer(j)) {
		err(v, field, "expected an integer, found %s", yj_type_name(j));
		return def;
	}
	json_int_t x = json_integer_value(j);
	if (x < lo || x > hi) {
		err(v, field, "%lld is out of range (%d to %d)", (long long)x, lo, hi);
		return def;
	}
	return (int)x;
}

static void get_strv(struct vctx *v, json_t *obj, const char *key, const char *field, bool required,
                     struct strv *out)
{
	json_t *j = json_object_get(obj, key);
	out->v = NULL;
	out->n = 0;
	if (!j || json_is_null(j)) {
		if (required)
			err(v, field, "missing; add a list of strings");
		return;
	}
	if (!json_is_array(j)) {
		err(v, field, "expected a list of strings, found %s", yj_type_name(j));
		return;
	}
	out->v = xcalloc(json_array_size(j) + 1, sizeof(char *));
	size_t i;
	json_t *e;
	json_array_foreach(j, i, e) {
		char sub[256];
		snprintf(sub, sizeof(sub), "%s[%zu]", field, i);
		if (!json_is_string(e) || !*json_string_value(e)) {
			err(v, sub, "expected a non-empty string, found %s",
			    json_is_string(e) ? "\"\"" : yj_type_name(e));
			continue;
		}
		out->v[out->n++] = xstrdup(json_string_value(e));
	}
	if (required && json_array_size(j) == 0)
		err(v, field, "must list at least one entry");
}

static void strv_free(struct strv *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
	s->v = NULL;
	s->n = 0;
}

static bool valid_slug(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > 64 || s[0] == '-' || s[n - 1] == '-')
		return false;
	for (const char *p = s; *p; p++) {
		if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '-'))
			return false;
		if (p[0] == '-' && p[1] == '-')
			return false;
	}
	return true;
}

static bool valid_identifier(const char *s)
{
	if (!(isalpha((unsigned char)*s) || *s == '_'))
		return false;
	for (; *s; s++)
		if (!(isalnum((unsigned char)*s) || *s == '_'))
			return false;
	return true;
}

/* "O(...)", optionally followed by words: "O(1) per call". */
static bool valid_complexity(const char *s)
{
	const char *close = strchr(s, ')');
	return s[0] == 'O' && s[1] == '(' && close && close > s + 2;
}

static const char *const KNOWN_KEYS[] = {
    "slug",       "title", "difficulty", "topics", "entry", "limits", "compare", "float_tolerance",
    "complexity", "hints", "follow_ups", "naive",  NULL,
};

static bool in_list(const char *s, const char *const *list)
{
	for (; *list; list++)
		if (!strcmp(s, *list))
			return true;
	return false;
}

static char *file_in(const char *dir, const char *name)
{
	return fs_join(dir, name);
}

static bool exists_in(const char *dir, const char *name)
{
	char *p = file_in(dir, name);
	bool ok = fs_is_file(p);
	free(p);
	return ok;
}

static void validate_meta(struct problem *p, struct vctx *v, json_t *root, const char *dirname)
{
	const char *key;
	json_t *val;
	json_object_foreach(root, key, val) {
		if (!in_list(key, KNOWN_KEYS))
			err(v, key,
			    "unknown field (known: slug, title, difficulty, topics, entry, limits, compare, float_tolerance, complexity, hints, follow_ups, naive)");
	}
	p->slug = get_str(v, root, "slug", "slug", true);
	if (p->slug && !valid_slug(p->slug))
		err(v, "slug", "'%s' is not a valid slug: use lowercase letters, digits and single '-'",
		    p->slug);
	if (p->slug && dirname && strcmp(p->slug, dirname) != 0)
		err(v, "slug", "'%s' does not match the directory name '%s'", p->slug, dirname);
	p->title = get_str(v, root, "title", "title", true);

	char *diff = get_str(v, root, "difficulty", "difficulty", true);
	if (diff) {
		int d = difficulty_from_name(diff);
		if (d < 0)
			err(v, "difficulty", "'%s' is not one of easy, medium, hard", diff);
		else
			p->difficulty = (enum difficulty)d;
		free(diff);
	}

	get_strv(v, root, "topics", "topics", true, &p->topics);
	/* Indexed by the YAML list: p->topics leaves out entries that are not strings. */
	size_t ti;
	json_t *te;
	json_array_foreach(json_object_get(root, "topics"), ti, te) {
		const char *t = json_string_value(te);
		if (t && *t && !topic_find(t)) {
			char sub[64];
			snprintf(sub, sizeof(sub), "topics[%zu]", ti);
			err(v, sub, "unknown topic '%s' (run `ace topics` for the list)", t);
		}
	}

	json_t *entry = json_object_get(root, "entry");
	if (!entry) {
		err(v, "entry", "missing; add entry: {kind, name, signature}");
	} else if (!json_is_object(entry)) {
		err(v, "entry", "expected a mapping with kind, name and signature, found %s",
		    yj_type_name(entry));
	} else {
		json_object_foreach(entry, key, val) {
			if (!in_list(key, (const char *const[]){"kind", "name", "signature", "arg_types",
			                                        "return_type", NULL})) {
				char sub[128];
				snprintf(sub, sizeof(sub), "entry.%s", key);
				err(v, sub,
				    "unknown field (known: kind, name, signature, arg_types, return_type)");
			}
		}
		char *kind = get_str(v, entry, "kind", "entry.kind", false);
		if (kind && !strcmp(kind, "class"))
			p->kind = ENTRY_CLASS;
		else if (kind && strcmp(kind, "function"))
			err(v, "entry.kind", "'%s' is not one of function, class", kind);
		free(kind);
		p->entry_name = get_str(v, entry, "name", "entry.name", true);
		if (p->entry_name && !valid_identifier(p->entry_name))
			err(v, "entry.name", "'%s' is not a Python identifier", p->entry_name);
		p->signature = get_str(v, entry, "signature", "entry.signature", true);
		if (p->signature && p->entry_name && p->kind == ENTRY_FUNCTION) {
			char *want = xasprintf("def %s(", p->entry_name);
			if (!strstr(p->signature, want))
				err(v, "entry.signature", "should start with \"%s...\" to match entry.name",
				    want);
			free(want);
		}
		get_strv(v, entry, "arg_types", "entry.arg_types", false, &p->arg_types);
		size_t ai;
		json_t *ae;
		json_array_foreach(json_object_get(entry, "arg_types"), ai, ae) {
			const char *t = json_string_value(ae);
			if (t && *t && strcmp(t, "json") && strcmp(t, "list_node") &&
			    strcmp(t, "tree_node")) {
				char sub[64];
				snprintf(sub, sizeof(sub), "entry.arg_types[%zu]", ai);
				err(v, sub, "'%s' is not one of json, list_node, tree_node", t);
			}
		}
		p->return_type = get_str(v, entry, "return_type", "entry.return_type", false);
		if (p->return_type && strcmp(p->return_type, "json") && strcmp(p->return_type, "list_node") &&
		    strcmp(p->return_type, "tree_node"))
			err(v, "entry.return_type", "'%s' is not one of json, list_node, tree_node",
			    p->return_type);
	}
	if (!p->return_type)
		p->return_type = xstrdup("json");

	p->time_ms = 2000;
	p->memory_mb = 256;
	p->output_kb = 64;
	json_t *limits = json_object_get(root, "limits");
	if (limits && !json_is_object(limits)) {
		err(v, "limits", "expected a mapping of time_ms, memory_mb, output_kb, found %s",
		    yj_type_name(limits));
	} else if (limits) {
		json_object_foreach(limits, key, val) {
			if (!in_list(key, (const char *const[]){"time_ms", "memory_mb", "output_kb", NULL})) {
				char sub[128];
				snprintf(sub, sizeof(sub), "limits.%s", key);
				err(v, sub, "unknown field (known: time_ms, memory_mb, output_kb)");
			}
		}
		p->time_ms = get_int(v, limits, "time_ms", "limits.time_ms", 2000, 10, 60000);
		p->memory_mb = get_int(v, limits, "memory_mb", "limits.memory_mb", 256, 16, 4096);
		p->output_kb = get_int(v, limits, "output_kb", "limits.output_kb", 64, 1, 16384);
	}

	char *cmp = get_str(v, root, "compare", "compare", false);
	if (cmp) {
		static const char *const modes[] = {"exact", "unordered", "unordered_deep",
		                                    "float", "checker",   NULL};
		int m = -1;
		for (int i = 0; modes[i]; i++)
			if (!strcmp(cmp, modes[i]))
				m = i;
		if (m < 0)
			err(v, "compare",
			    "'%s' is not one of exact, unordered, unordered_deep, float, checker", cmp);
		else
			p->compare = (enum compare_mode)m;
		free(cmp);
	}
	p->float_tolerance = 1e-6;
	json_t *tol = json_object_get(root, "float_tolerance");
	if (tol) {
		if (!json_is_number(tol) || json_number_value(tol) <= 0 || json_number_value(tol) >= 1)
			err(v, "float_tolerance", "expected a number between 0 and 1, e.g. 1.0e-6");
		else
			p->float_tolerance = json_number_value(tol);
	}

	json_t *cx = json_object_get(root, "complexity");
	if (!cx) {
		err(v, "complexity", "missing; add complexity: {time: O(...), space: O(...)}");
	} else if (!json_is_object(cx)) {
		err(v, "complexity", "expected a mapping with time and space, found %s", yj_type_name(cx));
	} else {
		p->time_complexity = get_str(v, cx, "time", "complexity.time", true);
		p->space_complexity = get_str(v, cx, "space", "complexity.space", true);
		if (p->time_complexity && !valid_complexity(p->time_complexity))
			err(v, "complexity.time", "'%s' is not in big-O form, e.g. O(n log n)",
			    p->time_complexity);
		if (p->space_complexity && !valid_complexity(p->space_complexity))
			err(v, "complexity.space", "'%s' is not in big-O form, e.g. O(1)",
			    p->space_complexity);
	}
	get_strv(v, root, "hints", "hints", true, &p->hints);
	get_strv(v, root, "follow_ups", "follow_ups", false, &p->follow_ups);

	json_t *naive = json_object_get(root, "naive");
	if (naive && !json_is_object(naive)) {
		err(v, "naive", "expected a mapping {file, verdict}, found %s", yj_type_name(naive));
	} else if (naive) {
		p->naive_file = get_str(v, naive, "file", "naive.file", true);
		char *verdict = get_str(v, naive, "verdict", "naive.verdict", true);
		if (verdict) {
			int vd = verdict_from_name(verdict);
			if (vd < 0 || vd == V_INTERNAL_ERROR)
				err(v, "naive.verdict",
				    "'%s' is not a verdict (accepted, wrong_answer, runtime_error, time_limit, memory_limit, output_limit, compile_error)",
				    verdict);
			else
				p->naive_verdict = vd;
			free(verdict);
		}
		if (p->naive_file && (strchr(p->naive_file, '/') || p->naive_file[0] == '.'))
			err(v, "naive.file", "'%s' must be a file name in the problem directory",
			    p->naive_file);
		else if (p->naive_file && !exists_in(p->dir, p->naive_file))
			err(v, "naive.file", "%s does not exist in %s", p->naive_file, p->dir);
	}
}

struct problem *problem_load(const char *dir, const char *pack, bool with_tests, struct diags *diags)
{
	struct problem *p = xcalloc(1, sizeof(*p));
	p->dir = xstrdup(dir);
	p->pack = xstrdup(pack ? pack : dir);
	size_t errors_before = diags->errors;

	char *path = file_in(dir, "problem.yaml");
	struct buf text;
	buf_init(&text, BUF_NOLIMIT);
	struct yj_doc doc = {0};
	struct vctx v = {.file = path, .doc = NULL, .d = diags};

	int rc = fs_read_file(path, BANK_MAX_YAML, &text);
	if (rc == -2) {
		diags_add(diags, path, 0, NULL, "file is larger than %u bytes", BANK_MAX_YAML);
		goto fail;
	} else if (rc < 0) {
		diags_add(diags, path, 0, NULL, "cannot read: %s", strerror(errno));
		goto fail;
	}
	int line;
	char *msg;
	if (yj_parse(text.data, text.len, &doc, &line, &msg) < 0) {
		diags_add(diags, path, line, NULL, "YAML: %s", msg);
		free(msg);
		goto fail;
	}
	if (!doc.root || !json_is_object(doc.root)) {
		diags_add(diags, path, 1, NULL, "expected a mapping of fields (slug, title, ...), found %s",
		          doc.root ? yj_type_name(doc.root) : "an empty file");
		goto fail;
	}
	v.doc = &doc;
	/* The last component of dir, also for "." or "problems/two-sum/". */
	char *dircopy = realpath(dir, NULL);
	if (!dircopy)
		dircopy = xstrdup(dir);
	size_t dl = strlen(dircopy);
	while (dl > 1 && dircopy[dl - 1] == '/')
		dircopy[--dl] = '\0';
	const char *base = strrchr(dircopy, '/');
	base = base ? base + 1 : dircopy;
	validate_meta(p, &v, doc.root, *base ? base : NULL);
	free(dircopy);

	p->has_gen = exists_in(dir, "gen.py");
	p->has_checker = exists_in(dir, "checker.py");
	p->has_asserts = exists_in(dir, "test_solution.py");
	p->has_starter = exists_in(dir, "starter.py");
	p->has_tests_yaml = exists_in(dir, "tests.yaml");
	if (!exists_in(dir, "statement.md"))
		diags_add(diags, dir, 0, NULL,
		          "statement.md is missing: write the problem statement in Markdown");
	if (!exists_in(dir, "solution.py"))
		diags_add(diags, dir, 0, NULL,
		          "solution.py is missing: every problem needs a reference solution");
	if (!p->has_tests_yaml && !p->has_asserts)
		diags_add(diags, dir, 0, NULL, "no tests: add tests.yaml (or test_solution.py)");
	if (p->has_tests_yaml && p->has_asserts)
		diags_add(diags, dir, 0, NULL,
		          "both tests.yaml and test_solution.py: a problem uses one or the other");
	if (p->compare == CMP_CHECKER && !p->has_checker)
		diags_add(diags, path, yj_line(&doc, "compare"), "compare",
		          "is 'checker' but checker.py is missing");
	if (p->kind == ENTRY_CLASS && !p->has_starter)
		diags_add(diags, dir, 0, NULL, "starter.py is missing: kind 'class' problems need one");

	if (diags->errors > errors_before)
		goto fail;
	if (with_tests && problem_load_tests(p, diags) < 0)
		goto fail;
	yj_release(&doc);
	buf_release(&text);
	free(path);
	return p;
fail:
	yj_release(&doc);
	buf_release(&text);
	free(path);
	problem_free(p);
	return NULL;
}

/* "def test_name(" at the start of a line: the assert-style tests, in file order. */
static void scan_assert_tests(struct problem *p, const char *src, struct test_case **tests, size_t *n,
                              size_t *cap)
{
	for (const char *s = src; s && *s; s = strchr(s, '\n'), s = s ? s + 1 : NULL) {
		if (strncmp(s, "def test_", 9) != 0)
			continue;
		const char *name = s + 4;
		size_t len = strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
		if (name[len] != '(')
			continue;
		if (*n == *cap) {
			*cap = *cap ? *cap * 2 : 16;
			*tests = xreallocarray(*tests, *cap, sizeof(**tests));
		}
		struct test_case *t = &(*tests)[(*n)++];
		memset(t, 0, sizeof(*t));
		t->name = xstrndup(name, len);
		t->kind = CASE_ASSERT;
		t->visible = strncmp(name, "test_example", 12) == 0;
	}
	(void)p;
}

static bool valid_args_list(const json_t *args)
{
	return json_is_array(args);
}

int problem_load_tests(struct problem *p, struct diags *diags)
{
	if (p->tests_loaded)
		return 0;
	size_t errors_before = diags->errors;
	struct test_case *tests = NULL;
	size_t n = 0, cap = 0;
	struct buf text;
	buf_init(&text, BUF_NOLIMIT);
	struct yj_doc doc = {0};
	char *path = file_in(p->dir, "tests.yaml");
	struct vctx v = {.file = path, .doc = NULL, .d = diags};

	if (p->has_tests_yaml) {
		int rc = fs_read_file(path, BANK_MAX_TESTS, &text);
		if (rc < 0) {
			if (rc == -2)
				diags_add(diags, path, 0, NULL, "file is larger than %u bytes",
				          BANK_MAX_TESTS);
			else
				diags_add(diags, path, 0, NULL, "cannot read: %s", strerror(errno));
			goto out;
		}
		int line;
		char *msg;
		if (yj_parse(text.data, text.len, &doc, &line, &msg) < 0) {
			diags_add(diags, path, line, NULL, "YAML: %s", msg);
			free(msg);
			goto out;
		}
		v.doc = &doc;
		if (!doc.root || !json_is_array(doc.root)) {
			diags_add(diags, path, 1, NULL, "expected a list of test cases, found %s",
			          doc.root ? yj_type_name(doc.root) : "an empty file");
			goto out;
		}
		size_t i;
		json_t *c;
		cap = json_array_size(doc.root) + 1;
		tests = xcalloc(cap, sizeof(*tests));
		json_array_foreach(doc.root, i, c) {
			char f[64];
			snprintf(f, sizeof(f), "[%zu]", i);
			if (!json_is_object(c)) {
				err(&v, f, "a test case must be a mapping {name, args, expected}, found %s",
				    yj_type_name(c));
				continue;
			}
			const char *key;
			json_t *val;
			json_object_foreach(c, key, val) {
				if (!in_list(key, (const char *const[]){"name", "visible", "args", "calls",
				                                        "expected", "generate", "time_ms",
				                                        NULL})) {
					char sub[128];
					snprintf(sub, sizeof(sub), "[%zu].%s", i, key);
					err(&v, sub,
					    "unknown field (known: name, visible, args, calls, expected, generate, time_ms)");
				}
			}
			struct test_case t = {0};
			t.line = yj_line(&doc, f);
			char sub[96];
			snprintf(sub, sizeof(sub), "[%zu].name", i);
			t.name = get_str(&v, c, "name", sub, true);
			for (size_t k = 0; t.name && k < n; k++)
				if (!strcmp(tests[k].name, t.name))
					err(&v, sub, "duplicate test name '%s' (also case %zu)", t.name, k);
			json_t *vis = json_object_get(c, "visible");
			snprintf(sub, sizeof(sub), "[%zu].visible", i);
			if (vis && !json_is_boolean(vis))
				err(&v, sub, "expected true or false");
			t.visible = vis && json_is_true(vis);
			snprintf(sub, sizeof(sub), "[%zu].time_ms", i);
			t.time_ms = get_int(&v, c, "time_ms", sub, 0, 10, 60000);

			json_t *args = json_object_get(c, "args");
			json_t *calls = json_object_get(c, "calls");
			json_t *gen = json_object_get(c, "generate");
			json_t *exp = json_object_get(c, "expected");
			int forms = !!args + !!calls + !!gen;
			if (forms != 1) {
				err(&v, f,
				    forms ? "give only one of args, calls, generate"
				          : "missing args (or calls, or generate)");
			} else if (args) {
				snprintf(sub, sizeof(sub), "[%zu].args", i);
				if (p->kind == ENTRY_CLASS)
					err(&v, sub,
					    "this is a class problem: write calls: [[ClassName, ...], [method, ...]]");
				else if (!valid_args_list(args))
					err(&v, sub,
					    "expected the list of positional arguments (a one-argument function takes [x]), found %s",
					    yj_type_name(args));
				t.kind = CASE_ARGS;
				t.args = json_incref(args);
			} else if (calls) {
				snprintf(sub, sizeof(sub), "[%zu].calls", i);
				t.kind = CASE_CALLS;
				t.args = json_incref(calls);
				if (p->kind != ENTRY_CLASS) {
					err(&v, sub, "calls are for kind: class problems; use args");
				} else if (!json_is_array(calls) || json_array_size(calls) == 0) {
					err(&v, sub,
					    "expected a non-empty list of calls, the first constructing the object");
				} else {
					size_t k;
					json_t *call;
					json_array_foreach(calls, k, call) {
						char csub[128];
						snprintf(csub, sizeof(csub), "[%zu].calls[%zu]", i, k);
						if (!json_is_array(call) || !json_array_size(call) ||
						    !json_is_string(json_array_get(call, 0))) {
							err(&v, csub,
							    "each call is a list: [method_name, arg, ...]");
							break;
						}
						if (k == 0 && p->entry_name &&
						    strcmp(json_string_value(json_array_get(call, 0)),
						           p->entry_name))
							err(&v, csub, "the first call must construct %s",
							    p->entry_name);
					}
					if (exp && (!json_is_array(exp) ||
					            json_array_size(exp) != json_array_size(calls))) {
						snprintf(sub, sizeof(sub), "[%zu].expected", i);
						err(&v, sub, "expected a list with one result per call (%zu)",
						    json_array_size(calls));
					}
				}
			} else {
				snprintf(sub, sizeof(sub), "[%zu].generate", i);
				t.kind = CASE_GENERATE;
				if (!json_is_object(gen)) {
					err(&v, sub, "expected {size: N, seed: S}");
				} else {
					json_t *sz = json_object_get(gen, "size"),
					       *sd = json_object_get(gen, "seed");
					if (!json_is_integer(sz) || json_integer_value(sz) < 0)
						err(&v, sub, "size must be a non-negative integer");
					if (!json_is_integer(sd))
						err(&v, sub, "seed must be an integer");
					t.size = json_integer_value(sz);
					t.seed = json_integer_value(sd);
				}
				if (!p->has_gen)
					err(&v, sub, "generate needs gen.py with def generate(n, rng) in %s",
					    p->dir);
				if (exp) {
					snprintf(sub, sizeof(sub), "[%zu].expected", i);
					err(&v, sub,
					    "leave expected out of a generate case: it is computed by solution.py");
				}
			}
			if (exp)
				t.expected = json_incref(exp);
			else if (t.kind != CASE_GENERATE && p->compare != CMP_CHECKER) {
				snprintf(sub, sizeof(sub), "[%zu].expected", i);
				err(&v, sub, "missing: what should the function return?");
			}
			if (!t.name)
				t.name = xasprintf("case %zu", i + 1);
			tests[n++] = t;
		}
	}
	if (p->has_asserts) {
		char *tpath = file_in(p->dir, "test_solution.py");
		struct buf src;
		buf_init(&src, BUF_NOLIMIT);
		if (fs_read_file(tpath, BANK_MAX_SOURCE, &src) < 0) {
			diags_add(diags, tpath, 0, NULL, "cannot read (or larger than %u bytes)",
			          BANK_MAX_SOURCE);
		} else {
			size_t before = n;
			scan_assert_tests(p, src.data, &tests, &n, &cap);
			if (n == before)
				diags_add(diags, tpath, 0, NULL,
				          "defines no top-level def test_*() functions");
		}
		buf_release(&src);
		free(tpath);
	}
	if (n == 0 && diags->errors == errors_before)
		diags_add(diags, path, 0, NULL, "no test cases");
out:
	yj_release(&doc);
	buf_release(&text);
	free(path);
	if (diags->errors > errors_before) {
		for (size_t i = 0; i < n; i++) {
			free(tests[i].name);
			json_decref(tests[i].args);
			json_decref(tests[i].expected);
		}
		free(tests);
		return -1;
	}
	p->tests = tests;
	p->ntests = n;
	p->tests_loaded = true;
	return 0;
}

void problem_free(struct problem *p)
{
	if (!p)
		return;
	free(p->slug);
	free(p->title);
	free(p->dir);
	free(p->pack);
	strv_free(&p->topics);
	free(p->entry_name);
	free(p->signature);
	strv_free(&p->arg_types);
	free(p->return_type);
	free(p->time_complexity);
	free(p->space_complexity);
	strv_free(&p->hints);
	strv_free(&p->follow_ups);
	free(p->naive_file);
	for (size_t i = 0; i < p->ntests; i++) {
		free(p->tests[i].name);
		json_decref(p->tests[i].args);
		json_decref(p->tests[i].expected);
	}
	free(p->tests);
	free(p);
}

int problem_read(const struct problem *p, const char *name, size_t max, struct buf *out, char **errmsg)
{
	char *path = file_in(p->dir, name);
	int rc = fs_read_file(path, max, out);
	if (rc == -2)
		*errmsg = xasprintf("%s is larger than %zu bytes", path, max);
	else if (rc < 0)
		*errmsg = xasprintf("cannot read %s: %s", path, strerror(errno));
	free(path);
	return rc < 0 ? -1 : 0;
}

size_t problem_visible_count(const struct problem *p)
{
	size_t k = 0;
	for (size_t i = 0; i < p->ntests; i++)
		k += p->tests[i].visible;
	return k;
}

const char *difficulty_name(enum difficulty d)
{
	static const char *const names[] = {"easy", "medium", "hard"};
	return (unsigned)d < 3 ? names[d] : "?";
}

int difficulty_from_name(const char *s)
{
	if (!strcmp(s, "easy"))
		return DIFF_EASY;
	if (!strcmp(s, "medium"))
		return DIFF_MEDIUM;
	if (!strcmp(s, "hard"))
		return DIFF_HARD;
	return -1;
}

const char *compare_name(enum compare_mode m)
{
	static const char *const names[] = {"exact", "unordered", "unordered_deep", "float", "checker"};
	return (unsigned)m < 5 ? names[m] : "?";
}
