/*
 * knowledge.c - loading and validating knowledge content (see knowledge.h).
 *
 * Each kind has a schema: a table of fields with a type and, for lists, how
 * many entries it needs. One generic validator walks the table, so that the
 * five kinds are checked the same way and the doc (docs/PACK_FORMAT.md) and
 * the tables below can be read side by side.
 */
#include "bank/knowledge.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "bank/bank.h"
#include "bank/topics.h"
#include "bank/yj.h"
#include "util/fs.h"
#include "util/xalloc.h"

enum ftype {
	F_ID,         /* lowercase kebab-case, at most 64 characters */
	F_STR,        /* a non-empty string */
	F_STRV,       /* a list of non-empty strings, min..max entries */
	F_DIFFICULTY, /* easy | medium | hard */
	F_TOPICS,     /* a list of topic IDs of TOPICS.md */
	F_KEYPOINTS,  /* [{point, phrasings: [2+ strings]}] */
	F_EXAMPLES,   /* [{code, output}] */
	F_COMPONENTS, /* [{name, role}] */
	F_STAR,       /* {situation, task, action, result} */
	F_COMPETENCY, /* one of COMPETENCIES */
	F_ROUNDS,     /* [{kind, minutes, count?, notes?}] */
	F_WEIGHTS,    /* {topic ID or prefix: positive number} */
};

struct field {
	const char *key;
	enum ftype type;
	bool required;
	int min, max; /* list lengths */
};

static const struct field CARD[] = {
    {"id", F_ID, true, 0, 0},
    {"topics", F_TOPICS, true, 1, 6},
    {"difficulty", F_DIFFICULTY, true, 0, 0},
    {"question", F_STR, true, 0, 0},
    {"answer", F_STR, true, 0, 0},
    {"key_points", F_KEYPOINTS, true, 3, 6},
    {"follow_ups", F_STRV, true, 1, 2},
    {"examples", F_EXAMPLES, false, 1, 4},
    {NULL, F_STR, false, 0, 0},
};

static const struct field DESIGN[] = {
    {"slug", F_ID, true, 0, 0},
    {"title", F_STR, true, 0, 0},
    {"difficulty", F_DIFFICULTY, true, 0, 0},
    {"topics", F_TOPICS, true, 1, 8},
    {"prompt", F_STR, true, 0, 0},
    {"clarifying_questions", F_STRV, true, 4, 20},
    {"scale", F_STRV, true, 3, 20},
    {"estimates", F_STRV, true, 3, 20},
    {"components", F_COMPONENTS, true, 4, 30},
    {"bottlenecks", F_STRV, true, 2, 20},
    {"trade_offs", F_STRV, true, 2, 20},
    {"python_notes", F_STRV, true, 2, 20},
    {"rubric", F_STRV, true, 6, 30},
    {"follow_ups", F_STRV, true, 1, 3},
    {NULL, F_STR, false, 0, 0},
};

static const struct field BEHAVIORAL[] = {
    {"id", F_ID, true, 0, 0},
    {"competency", F_COMPETENCY, true, 0, 0},
    {"topics", F_TOPICS, true, 1, 4},
    {"question", F_STR, true, 0, 0},
    {"probing", F_STR, true, 0, 0},
    {"star", F_STAR, true, 0, 0},
    {"strong_signals", F_STRV, true, 3, 12},
    {"red_flags", F_STRV, true, 3, 12},
    {"follow_ups", F_STRV, true, 1, 3},
    {NULL, F_STR, false, 0, 0},
};

static const struct field TRACK[] = {
    {"slug", F_ID, true, 0, 0},         {"title", F_STR, true, 0, 0},
    {"description", F_STR, true, 0, 0}, {"topic_weights", F_WEIGHTS, true, 1, 60},
    {NULL, F_STR, false, 0, 0},
};

static const struct field LOOP[] = {
    {"slug", F_ID, true, 0, 0},
    {"title", F_STR, true, 0, 0},
    {"description", F_STR, true, 0, 0},
    {"rounds", F_ROUNDS, true, 1, 12},
    {"topic_weights", F_WEIGHTS, false, 1, 60},
    {NULL, F_STR, false, 0, 0},
};

static const struct {
	const char *name, *dir;
	const struct field *schema;
	bool list;          /* a file holds a list of items (else one item) */
	const char *id_key; /* "id" or "slug" */
} KINDS[K_NKINDS] = {
    [K_CARD] = {"card", "cards", CARD, true, "id"},
    [K_DESIGN] = {"design prompt", "design", DESIGN, false, "slug"},
    [K_BEHAVIORAL] = {"behavioral prompt", "behavioral", BEHAVIORAL, true, "id"},
    [K_TRACK] = {"track", "tracks", TRACK, false, "slug"},
    [K_LOOP] = {"loop", "loops", LOOP, false, "slug"},
};

static const char *const COMPETENCIES[] = {
    "failure",   "conflict",  "disagreement", "challenging-project", "leadership",
    "ownership", "ambiguity", "feedback",     "experience-honesty",  NULL,
};
static const char *const ROUND_KINDS[] = {"coding", "concepts", "system_design", "behavioral", NULL};
static const char *const STAR_PARTS[] = {"situation", "task", "action", "result", NULL};

const char *kkind_name(enum kkind kind)
{
	return kind < K_NKINDS ? KINDS[kind].name : "?";
}

const char *kkind_dir(enum kkind kind)
{
	return kind < K_NKINDS ? KINDS[kind].dir : "?";
}

struct vctx {
	const char *file;
	const struct yj_doc *doc;
	struct diags *d;
	const char *prefix; /* "[3]." for an item of a list file, "" otherwise */
};

static void err(struct vctx *v, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void err(struct vctx *v, const char *field, const char *fmt, ...)
{
	char msg[1024], path[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	snprintf(path, sizeof(path), "%s%s", v->prefix, field);
	/* A missing field has no line: walk up to the nearest parent that has one. */
	int line = 0;
	char *p = xstrdup(path);
	while (!(line = yj_line(v->doc, p))) {
		char *cut = strrchr(p, '.');
		char *br = strrchr(p, '[');
		char *at = cut > br ? cut : br;
		if (!at || at == p)
			break;
		*at = '\0';
	}
	free(p);
	if (!line && *v->prefix) {
		char item[64];
		snprintf(item, sizeof(item), "%.*s", (int)strlen(v->prefix) - 1, v->prefix);
		line = yj_line(v->doc, item);
	}
	if (!line && !*v->prefix)
		line = 1; /* a file that is one item: the mapping starts at the top */
	diags_add(v->d, v->file, line, path, "%s", msg);
}

static bool in_list(const char *s, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (!strcmp(s, list[i]))
			return true;
	return false;
}

static char *joined(const char *const *list)
{
	struct buf b;
	buf_init(&b, BUF_NOLIMIT);
	for (size_t i = 0; list[i]; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", list[i]);
	char *s = xstrdup(b.data ? b.data : "");
	buf_release(&b);
	return s;
}

static bool valid_id(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > 64 || s[0] == '-' || s[n - 1] == '-')
		return false;
	for (const char *p = s; *p; p++)
		if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '-') ||
		    (p[0] == '-' && p[1] == '-'))
			return false;
	return true;
}

static bool want_str(struct vctx *v, const json_t *j, const char *field)
{
	if (!json_is_string(j) || !*json_string_value(j)) {
		err(v, field, "expected a non-empty string, found %s",
		    json_is_string(j) ? "\"\"" : yj_type_name(j));
		return false;
	}
	return true;
}

/* A list of min..max entries; checks each with fn(v, entry, "field[i]"). */
static void want_list(struct vctx *v, const json_t *j, const char *field, int min, int max,
                      void (*fn)(struct vctx *, const json_t *, const char *))
{
	if (!json_is_array(j)) {
		err(v, field, "expected a list, found %s", yj_type_name(j));
		return;
	}
	size_t n = json_array_size(j);
	if ((int)n < min || (int)n > max) {
		if (min == max)
			err(v, field, "has %zu entries; give %d", n, min);
		else
			err(v, field, "has %zu entr%s; give %d to %d", n, n == 1 ? "y" : "ies", min, max);
	}
	size_t i;
	json_t *e;
	json_array_foreach(j, i, e) {
		char sub[256];
		snprintf(sub, sizeof(sub), "%s[%zu]", field, i);
		fn(v, e, sub);
	}
}

/* Only the keys in allowed[]; each listed one present when required[] says so. */
static void want_keys(struct vctx *v, const json_t *j, const char *field, const char *const *keys)
{
	if (!json_is_object(j)) {
		err(v, field, "expected a mapping (%s), found %s", keys[0], yj_type_name(j));
		return;
	}
	const char *k;
	json_t *val;
	json_object_foreach((json_t *)j, k, val) {
		if (!in_list(k, keys)) {
			char *all = joined(keys);
			char sub[256];
			snprintf(sub, sizeof(sub), "%s.%s", field, k);
			err(v, sub, "unknown field; expected %s", all);
			free(all);
		}
	}
}

static void check_str(struct vctx *v, const json_t *j, const char *field)
{
	want_str(v, j, field);
}

static void check_topic(struct vctx *v, const json_t *j, const char *field)
{
	if (want_str(v, j, field) && !topic_find(json_string_value(j)))
		err(v, field, "unknown topic '%s' (`ace topics` lists them)", json_string_value(j));
}

static void check_phrasing(struct vctx *v, const json_t *j, const char *field)
{
	if (!want_str(v, j, field))
		return;
	for (const char *p = json_string_value(j); *p; p++)
		if (isupper((unsigned char)*p)) {
			err(v, field, "phrasings are lowercase (the grader ignores case)");
			return;
		}
}

static void check_keypoint(struct vctx *v, const json_t *j, const char *field)
{
	static const char *const keys[] = {"point", "phrasings", NULL};
	want_keys(v, j, field, keys);
	if (!json_is_object(j))
		return;
	char sub[256];
	snprintf(sub, sizeof(sub), "%s.point", field);
	want_str(v, json_object_get(j, "point"), sub);
	snprintf(sub, sizeof(sub), "%s.phrasings", field);
	want_list(v, json_object_get(j, "phrasings"), sub, 2, 12, check_phrasing);
}

static void check_example(struct vctx *v, const json_t *j, const char *field)
{
	static const char *const keys[] = {"code", "output", NULL};
	want_keys(v, j, field, keys);
	if (!json_is_object(j))
		return;
	char sub[256];
	snprintf(sub, sizeof(sub), "%s.code", field);
	want_str(v, json_object_get(j, "code"), sub);
	snprintf(sub, sizeof(sub), "%s.output", field);
	json_t *out = json_object_get(j, "output");
	if (!json_is_string(out)) /* may be empty: code that prints nothing */
		err(v, sub, "expected a string (what the code prints), found %s",
		    out ? yj_type_name(out) : "nothing");
}

static void check_component(struct vctx *v, const json_t *j, const char *field)
{
	static const char *const keys[] = {"name", "role", NULL};
	want_keys(v, j, field, keys);
	if (!json_is_object(j))
		return;
	char sub[256];
	snprintf(sub, sizeof(sub), "%s.name", field);
	want_str(v, json_object_get(j, "name"), sub);
	snprintf(sub, sizeof(sub), "%s.role", field);
	want_str(v, json_object_get(j, "role"), sub);
}

static void check_round(struct vctx *v, const json_t *j, const char *field)
{
	static const char *const keys[] = {"kind", "minutes", "count", "notes", NULL};
	want_keys(v, j, field, keys);
	if (!json_is_object(j))
		return;
	char sub[256];
	snprintf(sub, sizeof(sub), "%s.kind", field);
	json_t *kind = json_object_get(j, "kind");
	if (want_str(v, kind, sub) && !in_list(json_string_value(kind), ROUND_KINDS)) {
		char *all = joined(ROUND_KINDS);
		err(v, sub, "'%s' is not a round kind; use one of %s", json_string_value(kind), all);
		free(all);
	}
	snprintf(sub, sizeof(sub), "%s.minutes", field);
	json_t *m = json_object_get(j, "minutes");
	if (!json_is_integer(m) || json_integer_value(m) < 5 || json_integer_value(m) > 240)
		err(v, sub, "expected whole minutes from 5 to 240");
	json_t *c = json_object_get(j, "count");
	snprintf(sub, sizeof(sub), "%s.count", field);
	if (c && (!json_is_integer(c) || json_integer_value(c) < 1 || json_integer_value(c) > 10))
		err(v, sub, "expected a count from 1 to 10");
	json_t *notes = json_object_get(j, "notes");
	snprintf(sub, sizeof(sub), "%s.notes", field);
	if (notes)
		want_str(v, notes, sub);
}

static void check_field(struct vctx *v, const struct field *f, const json_t *j)
{
	const char *field = f->key;
	switch (f->type) {
	case F_ID:
		if (want_str(v, j, field) && !valid_id(json_string_value(j)))
			err(v, field, "'%s' must be lowercase kebab-case ([a-z0-9-], at most 64 characters)",
			    json_string_value(j));
		break;
	case F_STR:
		want_str(v, j, field);
		break;
	case F_STRV:
		want_list(v, j, field, f->min, f->max, check_str);
		break;
	case F_DIFFICULTY:
		if (want_str(v, j, field) && difficulty_from_name(json_string_value(j)) < 0)
			err(v, field, "'%s' is not a difficulty; use easy, medium or hard",
			    json_string_value(j));
		break;
	case F_TOPICS:
		want_list(v, j, field, f->min, f->max, check_topic);
		break;
	case F_KEYPOINTS:
		want_list(v, j, field, f->min, f->max, check_keypoint);
		break;
	case F_EXAMPLES:
		want_list(v, j, field, f->min, f->max, check_example);
		break;
	case F_COMPONENTS:
		want_list(v, j, field, f->min, f->max, check_component);
		break;
	case F_ROUNDS:
		want_list(v, j, field, f->min, f->max, check_round);
		break;
	case F_STAR: {
		want_keys(v, j, field, STAR_PARTS);
		if (!json_is_object(j))
			break;
		for (size_t i = 0; STAR_PARTS[i]; i++) {
			char sub[64];
			snprintf(sub, sizeof(sub), "%s.%s", field, STAR_PARTS[i]);
			want_str(v, json_object_get(j, STAR_PARTS[i]), sub);
		}
		break;
	}
	case F_COMPETENCY:
		if (want_str(v, j, field) && !in_list(json_string_value(j), COMPETENCIES)) {
			char *all = joined(COMPETENCIES);
			err(v, field, "'%s' is not a competency; use one of %s", json_string_value(j), all);
			free(all);
		}
		break;
	case F_WEIGHTS: {
		if (!json_is_object(j) || json_object_size(j) == 0) {
			err(v, field, "expected a mapping of topic IDs or families to weights, found %s",
			    json_is_object(j) ? "an empty mapping" : yj_type_name(j));
			break;
		}
		const char *k;
		json_t *w;
		json_object_foreach((json_t *)j, k, w) {
			char sub[256];
			snprintf(sub, sizeof(sub), "%s.%s", field, k);
			if (!topic_known(k))
				err(v, sub,
				    "'%s' is neither a topic ID nor a family of topics (`ace topics`)", k);
			if (!json_is_number(w) || json_number_value(w) <= 0)
				err(v, sub, "expected a positive number, found %s",
				    json_is_number(w) ? "a number <= 0" : yj_type_name(w));
		}
		break;
	}
	}
}

/* Validate one item against kind's schema; true when it has no errors. */
static bool validate(struct vctx *v, enum kkind kind, const json_t *item)
{
	size_t before = v->d->errors;
	const struct field *schema = KINDS[kind].schema;
	if (!json_is_object(item)) {
		err(v, "", "expected a mapping of fields (%s, ...), found %s", schema[0].key,
		    yj_type_name(item));
		return false;
	}
	const char *k;
	json_t *val;
	json_object_foreach((json_t *)item, k, val) {
		bool known = false;
		for (const struct field *f = schema; f->key; f++)
			known = known || !strcmp(f->key, k);
		if (!known) {
			struct buf b;
			buf_init(&b, BUF_NOLIMIT);
			for (const struct field *f = schema; f->key; f++)
				buf_printf(&b, "%s%s", f == schema ? "" : ", ", f->key);
			err(v, k, "unknown field; a %s has %s", KINDS[kind].name, b.data);
			buf_release(&b);
		}
	}
	for (const struct field *f = schema; f->key; f++) {
		json_t *j = json_object_get(item, f->key);
		if (!j || json_is_null(j)) {
			if (f->required)
				err(v, f->key, "missing");
			continue;
		}
		check_field(v, f, j);
	}
	/* Behavioral prompts are tagged with their competency. */
	if (kind == K_BEHAVIORAL && v->d->errors == before) {
		char want[64];
		snprintf(want, sizeof(want), "beh.%s",
		         json_string_value(json_object_get(item, "competency")));
		bool tagged = false;
		size_t i;
		json_t *t;
		json_array_foreach(json_object_get(item, "topics"), i, t)
			tagged = tagged || !strcmp(json_string_value(t), want);
		if (!tagged)
			err(v, "topics", "must include %s, the prompt's competency", want);
	}
	return v->d->errors == before;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_item(struct knowledge *k, enum kkind kind, json_t *data, const char *file, int line,
                     struct diags *d)
{
	const char *id = json_string_value(json_object_get(data, KINDS[kind].id_key));
	const struct kitem *prev = knowledge_find(k, kind, id);
	if (prev) {
		diags_add(d, file, line, KINDS[kind].id_key,
		          "'%s' is also the %s of a %s in %s:%d; ids must be unique", id, KINDS[kind].id_key,
		          KINDS[kind].name, prev->file, prev->line);
		json_decref(data);
		return;
	}
	/* The same question (or title) twice is a duplicate too, whatever its id. */
	const char *text_key = kind == K_CARD || kind == K_BEHAVIORAL ? "question" : "title";
	const char *text = json_string_value(json_object_get(data, text_key));
	for (size_t i = 0; text && i < k->n; i++) {
		const char *other = json_string_value(json_object_get(k->v[i].data, text_key));
		if (k->v[i].kind == kind && other && !strcasecmp(other, text)) {
			diags_add(d, file, line, text_key, "the same %s as %s '%s' (%s:%d)", text_key,
			          KINDS[kind].name, k->v[i].id, k->v[i].file, k->v[i].line);
			json_decref(data);
			return;
		}
	}
	if (k->n == k->cap) {
		k->cap = k->cap ? k->cap * 2 : 256;
		k->v = xreallocarray(k->v, k->cap, sizeof(*k->v));
	}
	struct kitem *it = &k->v[k->n++];
	it->kind = kind;
	it->data = data;
	it->id = json_string_value(json_object_get(data, KINDS[kind].id_key));
	it->file = xstrdup(file);
	it->line = line;
}

static void load_file(struct knowledge *k, enum kkind kind, const char *path, struct diags *d)
{
	struct buf text;
	buf_init(&text, BUF_NOLIMIT);
	int rc = fs_read_file(path, BANK_MAX_YAML, &text);
	if (rc < 0) {
		if (rc == -2)
			diags_add(d, path, 0, NULL, "file is larger than %u bytes", BANK_MAX_YAML);
		else
			diags_add(d, path, 0, NULL, "cannot read: %s", strerror(errno));
		buf_release(&text);
		return;
	}
	struct yj_doc doc = {0};
	int line;
	char *msg;
	if (yj_parse(text.data, text.len, &doc, &line, &msg) < 0) {
		diags_add(d, path, line, NULL, "YAML: %s", msg);
		free(msg);
		buf_release(&text);
		return;
	}
	struct vctx v = {.file = path, .doc = &doc, .d = d, .prefix = ""};
	if (KINDS[kind].list) {
		if (!doc.root || !json_is_array(doc.root)) {
			diags_add(d, path, 1, NULL, "expected a list of %ss (- %s: ...), found %s",
			          KINDS[kind].name, KINDS[kind].id_key,
			          doc.root ? yj_type_name(doc.root) : "an empty file");
		} else {
			size_t i;
			json_t *item;
			json_array_foreach(doc.root, i, item) {
				char prefix[32], self[32];
				snprintf(prefix, sizeof(prefix), "[%zu].", i);
				snprintf(self, sizeof(self), "[%zu]", i);
				v.prefix = prefix;
				if (validate(&v, kind, item))
					add_item(k, kind, json_incref(item), path, yj_line(&doc, self), d);
			}
		}
	} else if (validate(&v, kind, doc.root)) {
		add_item(k, kind, json_incref(doc.root), path, 1, d);
	}
	yj_release(&doc);
	buf_release(&text);
}

void knowledge_load(const char *const *packs, struct knowledge *k, struct diags *d)
{
	for (size_t p = 0; packs[p]; p++) {
		for (int kind = 0; kind < K_NKINDS; kind++) {
			char *dir = fs_join(packs[p], KINDS[kind].dir);
			DIR *dh = opendir(dir);
			if (!dh) {
				if (errno != ENOENT)
					diags_add(d, dir, 0, NULL, "cannot read: %s", strerror(errno));
				free(dir);
				continue;
			}
			char **names = NULL;
			size_t n = 0, cap = 0;
			struct dirent *e;
			while ((e = readdir(dh))) {
				size_t len = strlen(e->d_name);
				if (e->d_name[0] == '.' || len < 6 ||
				    strcmp(e->d_name + len - 5, ".yaml") != 0)
					continue;
				if (n == cap) {
					cap = cap ? cap * 2 : 32;
					names = xreallocarray(names, cap, sizeof(char *));
				}
				names[n++] = xstrdup(e->d_name);
			}
			closedir(dh);
			qsort(names, n, sizeof(char *), cmp_str);
			for (size_t i = 0; i < n; i++) {
				char *path = fs_join(dir, names[i]);
				load_file(k, (enum kkind)kind, path, d);
				/* One item per file for design, tracks and loops: the file is named after it. */
				if (!KINDS[kind].list && k->n && k->v[k->n - 1].kind == (enum kkind)kind &&
				    !strcmp(k->v[k->n - 1].file, path)) {
					size_t len = strlen(names[i]) - 5;
					const char *id = k->v[k->n - 1].id;
					if (strlen(id) != len || strncmp(id, names[i], len) != 0)
						diags_add(d, path, 1, KINDS[kind].id_key,
						          "'%s' does not match the file name %s", id,
						          names[i]);
				}
				free(path);
				free(names[i]);
			}
			free(names);
			free(dir);
		}
	}
}

void knowledge_free(struct knowledge *k)
{
	for (size_t i = 0; i < k->n; i++) {
		json_decref(k->v[i].data);
		free(k->v[i].file);
	}
	free(k->v);
	memset(k, 0, sizeof(*k));
}

const struct kitem *knowledge_find(const struct knowledge *k, enum kkind kind, const char *id)
{
	if (!id)
		return NULL;
	for (size_t i = 0; i < k->n; i++)
		if (k->v[i].kind == kind && !strcmp(k->v[i].id, id))
			return &k->v[i];
	return NULL;
}

bool kitem_has_topic(const struct kitem *it, const char *query)
{
	size_t i;
	json_t *t;
	json_array_foreach(json_object_get(it->data, "topics"), i, t) {
		if (topic_matches(json_string_value(t), query))
			return true;
	}
	/* Tracks and loops have weights rather than topics. */
	const char *key;
	json_t *w;
	json_object_foreach(json_object_get(it->data, "topic_weights"), key, w) {
		if (topic_matches(key, query) || topic_matches(query, key))
			return true;
	}
	return false;
}
