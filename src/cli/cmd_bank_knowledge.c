/*
 * The knowledge part of `ace bank check`: cards, design and behavioral
 * prompts, tracks and loops are validated (bank/knowledge.h), the cards'
 * code examples are run in the sandbox and must print what they claim, and
 * a table shows how every topic of TOPICS.md is covered by content.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bank/knowledge.h"
#include "bank/topics.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "judge/judge.h"
#include "util/xalloc.h"

/* A short, one-line rendering of text for a message. */
static char *shown(const char *s)
{
	struct buf b;
	buf_init(&b, BUF_NOLIMIT);
	buf_add(&b, "\"", 1);
	size_t n = 0;
	for (const char *p = s; *p && n < 60; p++, n++) {
		if (*p == '\n')
			buf_add(&b, "\\n", 2);
		else
			buf_add(&b, p, 1);
	}
	buf_add(&b, *s && strlen(s) > 60 ? "...\"" : "\"", strlen(s) > 60 ? 4 : 1);
	char *r = xstrdup(b.data);
	buf_release(&b);
	return r;
}

static void run_examples(struct knowledge *k, struct diags *d)
{
	size_t n = 0;
	for (size_t i = 0; i < k->n; i++)
		if (k->v[i].kind == K_CARD)
			n += json_array_size(json_object_get(k->v[i].data, "examples"));
	if (!n)
		return;
	const char **codes = xcalloc(n, sizeof(char *));
	const char **want = xcalloc(n, sizeof(char *));
	const struct kitem **owner = xcalloc(n, sizeof(*owner));
	size_t *index = xcalloc(n, sizeof(size_t));
	size_t m = 0;
	for (size_t i = 0; i < k->n; i++) {
		if (k->v[i].kind != K_CARD)
			continue;
		size_t j;
		json_t *ex;
		json_array_foreach(json_object_get(k->v[i].data, "examples"), j, ex) {
			codes[m] = json_string_value(json_object_get(ex, "code"));
			want[m] = json_string_value(json_object_get(ex, "output"));
			owner[m] = &k->v[i];
			index[m++] = j;
		}
	}
	char **outs = xcalloc(n, sizeof(char *)), **errs = xcalloc(n, sizeof(char *));
	char *err = NULL;
	if (judge_snippets(codes, n, outs, errs, &err) < 0) {
		diags_add(d, "cards", 0, NULL, "cannot run the code examples: %s", err);
		free(err);
	} else {
		for (size_t i = 0; i < n; i++) {
			char field[96];
			snprintf(field, sizeof(field), "%s: examples[%zu]", owner[i]->id, index[i]);
			if (errs[i]) {
				diags_add(d, owner[i]->file, owner[i]->line, field,
				          "the code does not finish: %s", errs[i]);
			} else if (strcmp(outs[i], want[i]) != 0) {
				char *got = shown(outs[i]), *exp = shown(want[i]);
				diags_add(d, owner[i]->file, owner[i]->line, field,
				          "the code prints %s, but output says %s", got, exp);
				free(got);
				free(exp);
			}
			free(outs[i]);
			free(errs[i]);
		}
	}
	free(outs);
	free(errs);
	free(codes);
	free(want);
	free(owner);
	free(index);
}

size_t bank_check_knowledge(struct cli *c, const char *const *packs, const size_t *pcounts, bool strict,
                            bool json, json_t **out)
{
	struct knowledge k = {0};
	struct diags d = {0};
	knowledge_load(packs, &k, &d);
	run_examples(&k, &d);

	size_t per_kind[K_NKINDS] = {0};
	for (size_t i = 0; i < k.n; i++)
		per_kind[k.v[i].kind]++;
	/* Coverage: every topic item, by problems and by each kind of content. */
	json_t *cov = json_array();
	size_t uncovered = 0;
	if (!json)
		printf("\n%-28s %8s %6s %7s %11s\n", "topic", "problems", "cards", "design", "behavioral");
	size_t ti = 0;
	for (const struct topic *t = topics; t->id; t++, ti++) {
		size_t cnt[K_NKINDS] = {0};
		for (size_t i = 0; i < k.n; i++)
			if ((k.v[i].kind == K_CARD || k.v[i].kind == K_DESIGN ||
			     k.v[i].kind == K_BEHAVIORAL) &&
			    kitem_has_topic(&k.v[i], t->id))
				cnt[k.v[i].kind]++;
		size_t total = pcounts[ti] + cnt[K_CARD] + cnt[K_DESIGN] + cnt[K_BEHAVIORAL];
		uncovered += total == 0;
		json_array_append_new(
		    cov, json_pack("{s:s, s:I, s:I, s:I, s:I}", "topic", t->id, "problems",
		                   (json_int_t)pcounts[ti], "cards", (json_int_t)cnt[K_CARD], "design",
		                   (json_int_t)cnt[K_DESIGN], "behavioral", (json_int_t)cnt[K_BEHAVIORAL]));
		if (!json)
			printf("%s%-28s %8zu %6zu %7zu %11zu%s\n", total ? "" : sty(c, "bad"), t->id,
			       pcounts[ti], cnt[K_CARD], cnt[K_DESIGN], cnt[K_BEHAVIORAL],
			       total ? "" : sty(c, "reset"));
		if (strict && !total)
			diags_add(&d, "TOPICS.md", 0, t->id, "no problem, card or prompt covers this topic");
	}
	if (!json) {
		printf("\n%zu cards, %zu design prompts, %zu behavioral prompts, %zu tracks, %zu loops; "
		       "%zu topic%s uncovered\n",
		       per_kind[K_CARD], per_kind[K_DESIGN], per_kind[K_BEHAVIORAL], per_kind[K_TRACK],
		       per_kind[K_LOOP], uncovered, uncovered == 1 ? "" : "s");
		diags_print(&d, stdout);
	}
	json_t *errs = json_array();
	for (size_t e = 0; e < d.n; e++) {
		const struct diag *g = &d.v[e];
		json_array_append_new(errs, json_pack("{s:s, s:i, s:s?, s:s}", "file", g->file, "line",
		                                      g->line, "field", g->field, "message", g->message));
	}
	*out = json_pack("{s:I, s:I, s:I, s:I, s:I, s:I, s:o, s:o}", "cards", (json_int_t)per_kind[K_CARD],
	                 "design", (json_int_t)per_kind[K_DESIGN], "behavioral",
	                 (json_int_t)per_kind[K_BEHAVIORAL], "tracks", (json_int_t)per_kind[K_TRACK], "loops",
	                 (json_int_t)per_kind[K_LOOP], "uncovered", (json_int_t)uncovered, "coverage", cov,
	                 "errors", errs);
	size_t nerr = d.errors;
	diags_release(&d);
	knowledge_free(&k);
	return nerr;
}
