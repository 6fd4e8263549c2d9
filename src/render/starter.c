/*
 * starter.c - the starter file of a problem (what `ace start` writes and the
 * web editor opens with): a header, the examples as Python calls, and the
 * pack's starter.py or the signature with the statement's first paragraph
 * as its docstring.
 */
#include <stdlib.h>
#include <string.h>

#include "render/render.h"
#include "util/buf.h"
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

char *render_starter(const struct problem *p, const char *path, char **err)
{
	struct buf f;
	buf_init(&f, BUF_NOLIMIT);
	buf_printf(&f, "# %s (%s)\n", p->title, difficulty_name(p->difficulty));
	if (path)
		buf_printf(&f,
		           "#\n# Read:   ace show %s\n# Test:   ace test %s %s\n# Submit: ace submit %s %s\n",
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
		if (problem_read(p, "starter.py", BANK_MAX_SOURCE, &s, err) < 0) {
			buf_release(&s);
			buf_release(&f);
			return NULL;
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
	return buf_detach(&f, NULL);
}
