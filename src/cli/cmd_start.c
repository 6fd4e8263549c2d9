/* ace start SLUG [DIR]: write a starter file, never over existing work. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "render/render.h"
#include "util/fs.h"
#include "util/xalloc.h"

/* A JSON value as a Python literal: None/True/False, lists, dicts, strings. */
static void py_literal(struct buf *b, const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_NULL:
		buf_adds(b, "None");
		break;
	case JSON_TRUE:
		buf_adds(b, "True");
		break;
	case JSON_FALSE:
		buf_adds(b, "False");
		break;
	case JSON_ARRAY: {
		buf_addc(b, '[');
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e) {
			if (i)
				buf_adds(b, ", ");
			py_literal(b, e);
		}
		buf_addc(b, ']');
		break;
	}
	case JSON_OBJECT: {
		if (json_object_size(v) == 1 && json_is_string(json_object_get(v, "$bigint"))) {
			buf_adds(b, json_string_value(json_object_get(v, "$bigint")));
			break;
		}
		buf_addc(b, '{');
		const char *k;
		json_t *e;
		bool first = true;
		json_object_foreach((json_t *)v, k, e) {
			if (!first)
				buf_adds(b, ", ");
			first = false;
			json_t *ks = json_string(k);
			py_literal(b, ks);
			json_decref(ks);
			buf_adds(b, ": ");
			py_literal(b, e);
		}
		buf_addc(b, '}');
		break;
	}
	default: {
		/* JSON numbers and strings are valid Python literals. */
		char *s = json_dumps(v, JSON_ENCODE_ANY);
		buf_adds(b, s ? s : "None");
		free(s);
	}
	}
}

static char *first_paragraph(const struct problem *p)
{
	struct buf md;
	buf_init(&md, BUF_NOLIMIT);
	char *err = NULL;
	if (problem_read(p, "statement.md", BANK_MAX_YAML, &md, &err) < 0) {
		free(err);
		buf_release(&md);
		return xstrdup(p->title);
	}
	const char *s = md.data;
	while (*s == '\n' || *s == '#')
		s = *s == '#' ? strchr(s, '\n') ? strchr(s, '\n') + 1 : s + strlen(s) : s + 1;
	const char *end = strstr(s, "\n\n");
	size_t len = end ? (size_t)(end - s) : strlen(s);
	char *text = render_markdown_term(s, len, 72, false);
	buf_release(&md);
	/* Keep the docstring well-formed whatever the statement says. */
	struct buf out;
	buf_init(&out, BUF_NOLIMIT);
	for (const char *t = text; *t; t++) {
		if (*t == '\\')
			buf_adds(&out, "\\\\");
		else if (t[0] == '"' && t[1] == '"' && t[2] == '"') {
			buf_adds(&out, "\\\"\"\"");
			t += 2;
		} else
			buf_addc(&out, *t);
	}
	free(text);
	while (out.len && out.data[out.len - 1] == '\n')
		out.data[--out.len] = '\0';
	return buf_detach(&out, NULL);
}

int cmd_start(struct cli *c, int argc, char **argv)
{
	const char *slug = NULL, *dir = ".";
	int pos = 0;
	for (int i = 1; i < argc; i++) {
		if (argv[i][0] == '-' && argv[i][1])
			return cli_unknown_option(c, "start", argv[i]);
		if (pos == 0)
			slug = argv[i];
		else if (pos == 1)
			dir = argv[i];
		else
			return cli_error(c, "too many arguments: ace start SLUG [DIR]");
		pos++;
	}
	if (!slug)
		return cli_usage(c, "start");
	struct problem *p = cli_problem(c, slug, true);
	if (!p)
		return EXIT_USAGE;
	if (!fs_is_dir(dir) && fs_mkdir_p(dir, 0755) < 0)
		return cli_error(c, "cannot create directory %s: %s", dir, strerror(errno));

	char *base = xstrdup(p->slug);
	for (char *s = base; *s; s++)
		if (*s == '-')
			*s = '_';
	char *name = xasprintf("%s.py", base);
	char *path = fs_join(dir, name);
	free(base);
	free(name);

	struct buf f;
	buf_init(&f, BUF_NOLIMIT);
	buf_printf(&f, "# %s (%s)\n", p->title, difficulty_name(p->difficulty));
	buf_printf(&f, "#\n# Read:   ace show %s\n# Test:   ace test %s %s\n# Submit: ace submit %s %s\n",
	           p->slug, p->slug, path, p->slug, path);
	bool any = false;
	for (size_t i = 0; i < p->ntests; i++) {
		const struct test_case *t = &p->tests[i];
		if (!t->visible || !t->args || !t->expected || t->kind != CASE_ARGS)
			continue;
		if (!any)
			buf_adds(&f, "#\n# Examples:\n");
		any = true;
		struct buf call;
		buf_init(&call, BUF_NOLIMIT);
		size_t k;
		json_t *a;
		json_array_foreach(t->args, k, a) {
			if (k)
				buf_adds(&call, ", ");
			py_literal(&call, a);
		}
		struct buf exp;
		buf_init(&exp, BUF_NOLIMIT);
		py_literal(&exp, t->expected);
		if (call.len + exp.len < 400)
			buf_printf(&f, "#   %s(%s) -> %s\n", p->entry_name, call.data, exp.data);
		buf_release(&call);
		buf_release(&exp);
	}
	buf_adds(&f, "\n");
	if (p->has_starter) {
		struct buf s;
		buf_init(&s, BUF_NOLIMIT);
		char *err = NULL;
		if (problem_read(p, "starter.py", BANK_MAX_SOURCE, &s, &err) < 0) {
			cli_error(c, "%s", err);
			free(err);
			buf_release(&s);
			buf_release(&f);
			free(path);
			return EXIT_USAGE;
		}
		buf_add(&f, s.data, s.len);
		buf_release(&s);
	} else {
		char *doc = first_paragraph(p);
		buf_printf(&f, "%s\n", p->signature);
		buf_adds(&f, "    \"\"\"");
		for (const char *s = doc; *s; s++) {
			buf_addc(&f, *s);
			if (*s == '\n' && s[1] != '\n')
				buf_adds(&f, "    ");
		}
		buf_adds(&f, "\n    \"\"\"\n    raise NotImplementedError\n");
		free(doc);
	}
	if (fs_create_new(path, f.data, f.len, 0644) < 0) {
		int e = errno;
		buf_release(&f);
		if (e == EEXIST) {
			cli_error(
			    c,
			    "%s already exists; your work is kept. Choose another directory: ace start %s DIR",
			    path, p->slug);
		} else {
			cli_error(c, "cannot write %s: %s", path, strerror(e));
		}
		free(path);
		return EXIT_USAGE;
	}
	buf_release(&f);
	printf("Wrote %s\nNext: edit it, then `ace test %s %s`.\n", path, p->slug, path);
	free(path);
	return EXIT_OK;
}
