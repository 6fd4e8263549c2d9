#include "bank/yj.h"

#include <errno.h>
#include <strings.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "util/buf.h"
#include "util/xalloc.h"

#define MAX_DEPTH 200

struct ctx {
	yaml_parser_t parser;
	struct yj_doc *doc;
	int err_line;
	char *err;
	int depth;
};

static void record(struct yj_doc *doc, const char *path, int line)
{
	if (doc->n == doc->cap) {
		doc->cap = doc->cap ? doc->cap * 2 : 64;
		doc->paths = xreallocarray(doc->paths, doc->cap, sizeof(*doc->paths));
		doc->lines = xreallocarray(doc->lines, doc->cap, sizeof(*doc->lines));
	}
	doc->paths[doc->n] = xstrdup(path);
	doc->lines[doc->n] = line;
	doc->n++;
}

static int fail(struct ctx *c, int line, char *msg)
{
	if (!c->err) {
		c->err = msg;
		c->err_line = line;
	} else {
		free(msg);
	}
	return -1;
}

/* Core-schema number syntax, checked by hand: regcomp per scalar is too slow for test data. */
static bool is_decimal_int(const char *s)
{
	if (*s == '-' || *s == '+')
		s++;
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

static bool is_prefixed_int(const char *s, const char *prefix, const char *digits)
{
	size_t n = strlen(prefix);
	if (strncmp(s, prefix, n) != 0 || !s[n])
		return false;
	return strspn(s + n, digits) == strlen(s + n);
}

static bool is_float(const char *s)
{
	if (*s == '-' || *s == '+')
		s++;
	size_t intd = strspn(s, "0123456789");
	s += intd;
	size_t fracd = 0;
	if (*s == '.') {
		s++;
		fracd = strspn(s, "0123456789");
		s += fracd;
	}
	if (intd == 0 && fracd == 0)
		return false;
	if (*s == 'e' || *s == 'E') {
		s++;
		if (*s == '-' || *s == '+')
			s++;
		size_t expd = strspn(s, "0123456789");
		if (!expd)
			return false;
		s += expd;
	}
	return *s == '\0';
}

/* Resolve a scalar by the YAML 1.2 core schema. */
static int scalar(struct ctx *c, const yaml_event_t *ev, json_t **out)
{
	const char *s = (const char *)ev->data.scalar.value;
	size_t len = ev->data.scalar.length;
	int line = (int)ev->start_mark.line + 1;

	if (strlen(s) != len)
		return fail(c, line, xstrdup("a string contains a NUL character"));
	if (ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE) {
		*out = json_stringn(s, len);
		return *out ? 0 : fail(c, line, xstrdup("a string is not valid UTF-8"));
	}
	if (!strcmp(s, "") || !strcmp(s, "~") || !strcmp(s, "null") || !strcmp(s, "Null") ||
	    !strcmp(s, "NULL")) {
		*out = json_null();
		return 0;
	}
	if (!strcmp(s, "true") || !strcmp(s, "True") || !strcmp(s, "TRUE")) {
		*out = json_true();
		return 0;
	}
	if (!strcmp(s, "false") || !strcmp(s, "False") || !strcmp(s, "FALSE")) {
		*out = json_false();
		return 0;
	}
	if (is_decimal_int(s) || is_prefixed_int(s, "0x", "0123456789abcdefABCDEF") ||
	    is_prefixed_int(s, "0o", "01234567")) {
		errno = 0;
		char *end;
		long long v;
		if (s[0] == '0' && s[1] == 'o')
			v = strtoll(s + 2, &end, 8);
		else
			v = strtoll(s, &end, 0 == strncmp(s, "0x", 2) ? 16 : 10);
		if (errno == ERANGE)
			return fail(
			    c, line,
			    xasprintf("integer %s does not fit in 64 bits; write it as {$bigint: \"%s\"}", s,
			              s));
		*out = json_integer(v);
		return 0;
	}
	if (is_float(s)) {
		*out = json_real(strtod(s, NULL));
		if (!*out)
			return fail(c, line, xasprintf("number %s is out of range", s));
		return 0;
	}
	const char *u = (*s == '-' || *s == '+') ? s + 1 : s;
	if (!strcasecmp(u, ".inf") || !strcasecmp(s, ".nan"))
		return fail(c, line,
		            xasprintf("%s: JSON has no infinities or NaN; write {$float: \"inf\"}", s));
	*out = json_stringn(s, len);
	return *out ? 0 : fail(c, line, xstrdup("a string is not valid UTF-8"));
}

static int next(struct ctx *c, yaml_event_t *ev)
{
	if (!yaml_parser_parse(&c->parser, ev)) {
		int line = (int)c->parser.problem_mark.line + 1;
		const char *problem = c->parser.problem ? c->parser.problem : "syntax error";
		const char *ctx = c->parser.context;
		return fail(c, line, ctx ? xasprintf("%s %s", problem, ctx) : xstrdup(problem));
	}
	return 0;
}

static int node(struct ctx *c, yaml_event_t *ev, const char *path, json_t **out);

static int sequence(struct ctx *c, const char *path, json_t **out)
{
	json_t *arr = json_array();
	for (size_t i = 0;; i++) {
		yaml_event_t ev;
		if (next(c, &ev) < 0)
			goto fail;
		if (ev.type == YAML_SEQUENCE_END_EVENT) {
			yaml_event_delete(&ev);
			break;
		}
		char *sub = xasprintf("%s[%zu]", path, i);
		record(c->doc, sub, (int)ev.start_mark.line + 1);
		json_t *v = NULL;
		int rc = node(c, &ev, sub, &v);
		free(sub);
		if (rc < 0)
			goto fail;
		json_array_append_new(arr, v);
	}
	*out = arr;
	return 0;
fail:
	json_decref(arr);
	return -1;
}

static int mapping(struct ctx *c, const char *path, json_t **out)
{
	json_t *obj = json_object();
	for (;;) {
		yaml_event_t kev;
		if (next(c, &kev) < 0)
			goto fail;
		if (kev.type == YAML_MAPPING_END_EVENT) {
			yaml_event_delete(&kev);
			break;
		}
		int line = (int)kev.start_mark.line + 1;
		if (kev.type != YAML_SCALAR_EVENT) {
			yaml_event_delete(&kev);
			fail(c, line, xstrdup("a mapping key must be a plain string"));
			goto fail;
		}
		char *key = xstrndup((const char *)kev.data.scalar.value, kev.data.scalar.length);
		yaml_event_delete(&kev);
		if (json_object_get(obj, key)) {
			fail(c, line, xasprintf("duplicate key '%s'", key));
			free(key);
			goto fail;
		}
		char *sub = *path ? xasprintf("%s.%s", path, key) : xstrdup(key);
		record(c->doc, sub, line);
		yaml_event_t vev;
		json_t *v = NULL;
		int rc = next(c, &vev);
		if (rc == 0)
			rc = node(c, &vev, sub, &v);
		free(sub);
		if (rc < 0) {
			free(key);
			goto fail;
		}
		if (json_object_set_new(obj, key, v) < 0) {
			fail(c, line, xasprintf("key '%s' is not valid UTF-8", key));
			free(key);
			goto fail;
		}
		free(key);
	}
	*out = obj;
	return 0;
fail:
	json_decref(obj);
	return -1;
}

/* Consumes ev (deletes it). */
static int node(struct ctx *c, yaml_event_t *ev, const char *path, json_t **out)
{
	int line = (int)ev->start_mark.line + 1;
	int rc = -1;
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		rc = scalar(c, ev, out);
		break;
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		if (++c->depth > MAX_DEPTH) {
			rc = fail(c, line, xasprintf("nested more than %d levels deep", MAX_DEPTH));
			break;
		}
		rc = ev->type == YAML_SEQUENCE_START_EVENT ? sequence(c, path, out) : mapping(c, path, out);
		c->depth--;
		break;
	case YAML_ALIAS_EVENT:
		rc = fail(c, line, xstrdup("aliases (*name) are not allowed in packs; write the value out"));
		break;
	default:
		rc = fail(c, line, xstrdup("unexpected YAML structure"));
		break;
	}
	yaml_event_delete(ev);
	return rc;
}

int yj_parse(const char *text, size_t len, struct yj_doc *doc, int *line, char **msg)
{
	struct ctx c = {.doc = doc};
	memset(doc, 0, sizeof(*doc));
	*line = 0;
	*msg = NULL;
	if (!yaml_parser_initialize(&c.parser)) {
		*msg = xstrdup("cannot initialise the YAML parser");
		return -1;
	}
	yaml_parser_set_input_string(&c.parser, (const unsigned char *)text, len);
	yaml_parser_set_encoding(&c.parser, YAML_UTF8_ENCODING);
	yaml_event_t ev;
	int docs = 0;
	for (;;) {
		if (next(&c, &ev) < 0)
			goto fail;
		yaml_event_type_t t = ev.type;
		if (t == YAML_STREAM_END_EVENT) {
			yaml_event_delete(&ev);
			break;
		}
		if (t == YAML_DOCUMENT_START_EVENT) {
			if (++docs > 1) {
				fail(&c, (int)ev.start_mark.line + 1,
				     xstrdup("only one YAML document per file"));
				yaml_event_delete(&ev);
				goto fail;
			}
			yaml_event_delete(&ev);
			if (next(&c, &ev) < 0)
				goto fail;
			if (ev.type == YAML_DOCUMENT_END_EVENT) {
				yaml_event_delete(&ev);
				continue;
			}
			if (node(&c, &ev, "", &doc->root) < 0)
				goto fail;
			continue;
		}
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&c.parser);
	return 0;
fail:
	yaml_parser_delete(&c.parser);
	yj_release(doc);
	*line = c.err_line;
	*msg = c.err ? c.err : xstrdup("invalid YAML");
	return -1;
}

void yj_release(struct yj_doc *doc)
{
	json_decref(doc->root);
	for (size_t i = 0; i < doc->n; i++)
		free(doc->paths[i]);
	free(doc->paths);
	free(doc->lines);
	memset(doc, 0, sizeof(*doc));
}

int yj_line(const struct yj_doc *doc, const char *path)
{
	for (size_t i = 0; i < doc->n; i++)
		if (strcmp(doc->paths[i], path) == 0)
			return doc->lines[i];
	return 0;
}

const char *yj_type_name(const json_t *j)
{
	switch (json_typeof(j)) {
	case JSON_OBJECT:
		return "a mapping";
	case JSON_ARRAY:
		return "a list";
	case JSON_STRING:
		return "a string";
	case JSON_INTEGER:
		return "an integer";
	case JSON_REAL:
		return "a number";
	case JSON_TRUE:
	case JSON_FALSE:
		return "a boolean";
	default:
		return "null";
	}
}
