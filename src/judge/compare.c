/*
 * compare.c - comparing values outside the candidate's process.
 *
 * Values are JSON (see python/harness.py for how Python values map). Exact,
 * unordered and unordered_deep comparisons compare canonical renderings:
 * object keys sorted, integral floats written as integers (so 1 == 1.0, as
 * in Python), and for the unordered modes lists sorted by their canonical
 * rendering. Float comparison walks both values with a tolerance.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "judge/judge.h"
#include "util/buf.h"
#include "util/xalloc.h"

static void canon(struct buf *b, const json_t *v, int sort_depth);

static int cmp_strp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void canon_number(struct buf *b, double d)
{
	if (d == 0)
		d = 0; /* -0.0 == 0 in Python: render both as "0" */
	if (d == floor(d) && fabs(d) < 9007199254740992.0)
		buf_printf(b, "%.0f", d);
	else
		buf_printf(b, "%.17g", d);
}

/* sort_depth: how many list levels (from this one) are compared without order; -1: all. */
static void canon(struct buf *b, const json_t *v, int sort_depth)
{
	switch (json_typeof(v)) {
	case JSON_NULL:
		buf_adds(b, "null");
		break;
	case JSON_TRUE:
		buf_adds(b, "true");
		break;
	case JSON_FALSE:
		buf_adds(b, "false");
		break;
	case JSON_INTEGER:
		buf_printf(b, "%lld", (long long)json_integer_value(v));
		break;
	case JSON_REAL:
		canon_number(b, json_real_value(v));
		break;
	case JSON_STRING: {
		char *s = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
		buf_adds(b, s ? s : "\"\"");
		free(s);
		break;
	}
	case JSON_ARRAY: {
		size_t n = json_array_size(v);
		char **items = xcalloc(n + 1, sizeof(char *));
		int sub = sort_depth < 0 ? -1 : (sort_depth > 0 ? sort_depth - 1 : 0);
		for (size_t i = 0; i < n; i++) {
			struct buf e;
			buf_init(&e, BUF_NOLIMIT);
			canon(&e, json_array_get(v, i), sub);
			items[i] = buf_detach(&e, NULL);
		}
		if (sort_depth != 0)
			qsort(items, n, sizeof(char *), cmp_strp);
		buf_addc(b, '[');
		for (size_t i = 0; i < n; i++) {
			if (i)
				buf_adds(b, ", ");
			buf_adds(b, items[i]);
			free(items[i]);
		}
		buf_addc(b, ']');
		free(items);
		break;
	}
	case JSON_OBJECT: {
		size_t n = json_object_size(v);
		const char **keys = xcalloc(n + 1, sizeof(char *));
		size_t i = 0;
		const char *k;
		json_t *val;
		json_object_foreach((json_t *)v, k, val)
			keys[i++] = k;
		qsort(keys, n, sizeof(char *), cmp_strp);
		buf_addc(b, '{');
		for (i = 0; i < n; i++) {
			if (i)
				buf_adds(b, ", ");
			json_t *ks = json_string(keys[i]);
			char *s = json_dumps(ks, JSON_ENCODE_ANY);
			buf_adds(b, s ? s : "\"\"");
			free(s);
			json_decref(ks);
			buf_adds(b, ": ");
			/* Lists inside objects keep the unordered depth of their container. */
			canon(b, json_object_get(v, keys[i]), sort_depth < 0 ? -1 : 0);
		}
		buf_addc(b, '}');
		free(keys);
		break;
	}
	}
}

char *judge_canonical(const json_t *v, bool sort_lists)
{
	struct buf b;
	buf_init(&b, BUF_NOLIMIT);
	if (v)
		canon(&b, v, sort_lists ? -1 : 0);
	else
		buf_adds(&b, "None");
	return buf_detach(&b, NULL);
}

static bool near(double a, double b, double tol)
{
	if (a == b)
		return true;
	if (isnan(a) || isnan(b))
		return false;
	double diff = fabs(a - b);
	return diff <= tol || diff <= tol * fmax(fabs(a), fabs(b));
}

static bool float_equal(const json_t *e, const json_t *g, double tol)
{
	if (json_is_number(e) && json_is_number(g))
		return near(json_number_value(e), json_number_value(g), tol);
	if (json_is_array(e) && json_is_array(g)) {
		if (json_array_size(e) != json_array_size(g))
			return false;
		for (size_t i = 0; i < json_array_size(e); i++)
			if (!float_equal(json_array_get(e, i), json_array_get(g, i), tol))
				return false;
		return true;
	}
	if (json_is_object(e) && json_is_object(g)) {
		if (json_object_size(e) != json_object_size(g))
			return false;
		const char *k;
		json_t *ev;
		json_object_foreach((json_t *)e, k, ev) {
			json_t *gv = json_object_get(g, k);
			if (!gv || !float_equal(ev, gv, tol))
				return false;
		}
		return true;
	}
	return json_equal((json_t *)e, (json_t *)g);
}

bool judge_compare(const json_t *expected, const json_t *got, enum compare_mode mode, double tolerance)
{
	if (!expected || !got)
		return false;
	if (mode == CMP_FLOAT)
		return float_equal(expected, got, tolerance);
	int depth = mode == CMP_UNORDERED ? 1 : mode == CMP_UNORDERED_DEEP ? -1 : 0;
	struct buf a, b;
	buf_init(&a, BUF_NOLIMIT);
	buf_init(&b, BUF_NOLIMIT);
	canon(&a, expected, depth);
	canon(&b, got, depth);
	bool eq = a.len == b.len && memcmp(a.data, b.data, a.len) == 0;
	buf_release(&a);
	buf_release(&b);
	return eq;
}
