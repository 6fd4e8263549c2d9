/*
 * knowledge_view.c - see knowledge_view.h.
 */
#include "cli/knowledge_view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bank/topics.h"
#include "render/render.h"
#include "util/xalloc.h"

static const char *str(const json_t *item, const char *key)
{
	const char *s = json_string_value(json_object_get(item, key));
	return s ? s : "";
}

/* Markdown, rendered for the terminal, indented by `indent` spaces. */
static void md(struct cli *c, const char *text, int indent)
{
	char *out = render_markdown_term(text, strlen(text), c->width - indent, c->color);
	size_t n = strlen(out);
	while (n && out[n - 1] == '\n')
		out[--n] = '\0';
	for (char *line = out; line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		printf("%*s%s\n", *line ? indent : 0, "", line);
		line = nl ? nl + 1 : NULL;
	}
	free(out);
}

/* Text as it is (code, program output), indented. */
static void verbatim(const char *text, int indent)
{
	for (const char *line = text; *line;) {
		const char *nl = strchr(line, '\n');
		int len = nl ? (int)(nl - line) : (int)strlen(line);
		printf("%*s%.*s\n", len ? indent : 0, "", len, line);
		if (!nl)
			break;
		line = nl + 1;
	}
}

/* One "  - text" item, text rendered as Markdown and wrapped under itself. */
static void bullet(struct cli *c, const char *text)
{
	printf("  - ");
	char *out = render_markdown_term(text, strlen(text), c->width - 4, c->color);
	size_t n = strlen(out);
	while (n && out[n - 1] == '\n')
		out[--n] = '\0';
	for (char *p = out; *p; p++) {
		putchar(*p);
		if (*p == '\n')
			fputs("    ", stdout);
	}
	putchar('\n');
	free(out);
}

static void bullets(struct cli *c, const char *title, const json_t *list)
{
	if (!json_array_size(list))
		return;
	printf("\n%s%s%s\n", sty(c, "bold"), title, sty(c, "reset"));
	size_t i;
	json_t *s;
	json_array_foreach(list, i, s)
		bullet(c, json_string_value(s));
}

static void header(struct cli *c, const struct kitem *it, const char *title)
{
	const char *diff = str(it->data, "difficulty");
	printf("%s%s%s", sty(c, "bold"), title, sty(c, "reset"));
	if (*diff)
		printf("  %s%s%s",
		       !strcmp(diff, "easy")     ? sty(c, "green")
		       : !strcmp(diff, "medium") ? sty(c, "yellow")
		                                 : sty(c, "red"),
		       diff, sty(c, "reset"));
	json_t *tops = json_object_get(it->data, "topics");
	if (json_array_size(tops)) {
		printf("  %s", sty(c, "dim"));
		size_t i;
		json_t *t;
		json_array_foreach(tops, i, t)
			printf("%s%s", i ? ", " : "", json_string_value(t));
		printf("%s", sty(c, "reset"));
	}
	printf("\n%s%s%s\n", sty(c, "dim"), it->id, sty(c, "reset"));
}

static void show_card(struct cli *c, const struct kitem *it)
{
	header(c, it, str(it->data, "question"));
	printf("\n");
	md(c, str(it->data, "answer"), 0);
	printf("\n%sKey points%s (what a good answer says)\n", sty(c, "bold"), sty(c, "reset"));
	size_t i;
	json_t *kp;
	json_array_foreach(json_object_get(it->data, "key_points"), i, kp)
		printf("  %zu. %s\n", i + 1, str(kp, "point"));
	json_t *ex;
	json_array_foreach(json_object_get(it->data, "examples"), i, ex) {
		printf("\n%sExample%s\n", sty(c, "bold"), sty(c, "reset"));
		verbatim(str(ex, "code"), 4);
		printf("  %sprints:%s\n", sty(c, "dim"), sty(c, "reset"));
		verbatim(str(ex, "output"), 4);
	}
	bullets(c, "Follow-ups", json_object_get(it->data, "follow_ups"));
}

static void show_design(struct cli *c, const struct kitem *it)
{
	header(c, it, str(it->data, "title"));
	printf("\n");
	md(c, str(it->data, "prompt"), 0);
	bullets(c, "Clarifying questions to ask", json_object_get(it->data, "clarifying_questions"));
	bullets(c, "Scale", json_object_get(it->data, "scale"));
	bullets(c, "Back of the envelope", json_object_get(it->data, "estimates"));
	printf("\n%sA reference design%s\n", sty(c, "bold"), sty(c, "reset"));
	size_t i;
	json_t *comp;
	json_array_foreach(json_object_get(it->data, "components"), i, comp) {
		char *text = xasprintf("**%s**: %s", str(comp, "name"), str(comp, "role"));
		bullet(c, text);
		free(text);
	}
	bullets(c, "Bottlenecks", json_object_get(it->data, "bottlenecks"));
	bullets(c, "Trade-offs", json_object_get(it->data, "trade_offs"));
	bullets(c, "In Python", json_object_get(it->data, "python_notes"));
	bullets(c, "What a strong answer covers", json_object_get(it->data, "rubric"));
	bullets(c, "Follow-ups", json_object_get(it->data, "follow_ups"));
}

static void show_behavioral(struct cli *c, const struct kitem *it)
{
	header(c, it, str(it->data, "question"));
	printf("\n%sWhat the interviewer is probing%s\n", sty(c, "bold"), sty(c, "reset"));
	md(c, str(it->data, "probing"), 2);
	printf("\n%sA STAR answer%s\n", sty(c, "bold"), sty(c, "reset"));
	static const char *const parts[] = {"situation", "task", "action", "result"};
	json_t *star = json_object_get(it->data, "star");
	for (size_t i = 0; i < 4; i++) {
		printf("  %s%c%s%s\n", sty(c, "bold"), parts[i][0] - 32, parts[i] + 1, sty(c, "reset"));
		md(c, str(star, parts[i]), 4);
	}
	bullets(c, "Strong signals", json_object_get(it->data, "strong_signals"));
	bullets(c, "Red flags", json_object_get(it->data, "red_flags"));
	bullets(c, "Follow-ups", json_object_get(it->data, "follow_ups"));
}

static void show_weights(struct cli *c, const json_t *w)
{
	if (!w)
		return;
	printf("\n%sTopic weights%s\n", sty(c, "bold"), sty(c, "reset"));
	double total = 0;
	const char *k;
	json_t *v;
	json_object_foreach((json_t *)w, k, v)
		total += json_number_value(v);
	json_object_foreach((json_t *)w, k, v)
		printf("  %-24s %5.1f%%\n", k, total > 0 ? 100 * json_number_value(v) / total : 0);
}

static void show_track(struct cli *c, const struct kitem *it)
{
	header(c, it, str(it->data, "title"));
	printf("\n");
	md(c, str(it->data, "description"), 0);
	json_t *rounds = json_object_get(it->data, "rounds");
	if (rounds) {
		printf("\n%sRounds%s\n", sty(c, "bold"), sty(c, "reset"));
		size_t i;
		json_t *r;
		json_array_foreach(rounds, i, r) {
			json_int_t count = json_integer_value(json_object_get(r, "count"));
			printf("  %zu. %s, %lld min", i + 1, str(r, "kind"),
			       (long long)json_integer_value(json_object_get(r, "minutes")));
			if (count > 1)
				printf(", %lld rounds", (long long)count);
			printf("\n");
			if (*str(r, "notes"))
				md(c, str(r, "notes"), 5);
		}
	}
	show_weights(c, json_object_get(it->data, "topic_weights"));
}

static void show(struct cli *c, const struct kitem *it)
{
	switch (it->kind) {
	case K_CARD:
		show_card(c, it);
		break;
	case K_DESIGN:
		show_design(c, it);
		break;
	case K_BEHAVIORAL:
		show_behavioral(c, it);
		break;
	default:
		show_track(c, it);
	}
}

/* One line per item for a list. */
static const char *summary(const struct kitem *it)
{
	switch (it->kind) {
	case K_CARD:
	case K_BEHAVIORAL:
		return str(it->data, "question");
	default:
		return str(it->data, "title");
	}
}

int knowledge_command(struct cli *c, const char *name, enum kkind kind, int argc, char **argv)
{
	const char *topic = NULL, *difficulty = NULL, *id = NULL;
	bool json = false, showing = false;
	int i = 1;
	if (i < argc && !strcmp(argv[i], "list"))
		i++;
	else if (i < argc && !strcmp(argv[i], "show"))
		showing = true, i++;
	for (; i < argc; i++) {
		int r;
		if (cli_is(argv[i], "--json", NULL)) {
			json = true;
		} else if ((r = cli_opt(c, argc, argv, &i, "--topic", NULL, &topic))) {
			if (r < 0)
				return cli_usage(c, name);
		} else if ((r = cli_opt(c, argc, argv, &i, "--difficulty", NULL, &difficulty))) {
			if (r < 0)
				return cli_usage(c, name);
		} else if (argv[i][0] == '-') {
			return cli_unknown_option(c, name, argv[i]);
		} else if (showing && !id) {
			id = argv[i];
		} else {
			return cli_error(
			    c, "unexpected '%s': use `ace %s [list] [--topic T]` or `ace %s show ID`",
			    argv[i], name, name);
		}
	}
	if (showing && !id)
		return cli_error(c, "`ace %s show` needs an id: `ace %s` lists them", name, name);
	if (topic && !topic_known(topic))
		return cli_error(c, "--topic '%s' is not a topic ID or prefix; `ace topics` lists them",
		                 topic);
	if (difficulty && difficulty_from_name(difficulty) < 0)
		return cli_error(c, "--difficulty is easy, medium or hard, not '%s'", difficulty);

	char **dirs = bank_default_dirs((const char *const *)c->bank_extra);
	struct knowledge k = {0};
	struct diags d = {0};
	knowledge_load((const char *const *)dirs, &k, &d);
	bank_dirs_free(dirs);
	if (d.errors)
		cli_warn(c, "%zu error%s in the knowledge content were skipped (`ace bank check` shows them)",
		         d.errors, d.errors == 1 ? "" : "s");
	diags_release(&d);
	int rc = EXIT_OK;
	if (showing) {
		const struct kitem *it = knowledge_find(&k, kind, id);
		if (!it && kind == K_TRACK)
			it = knowledge_find(&k, K_LOOP, id);
		if (!it) {
			rc = cli_error(c, "no %s '%s': `ace %s` lists them", kkind_name(kind), id, name);
		} else if (json) {
			json_t *j = json_deep_copy(it->data);
			json_object_set_new(j, "kind", json_string(kkind_name(it->kind)));
			cli_print_json(j);
		} else {
			show(c, it);
		}
		knowledge_free(&k);
		return rc;
	}
	json_t *arr = json_array();
	size_t shown = 0;
	for (size_t n = 0; n < k.n; n++) {
		const struct kitem *it = &k.v[n];
		if (it->kind != kind && !(kind == K_TRACK && it->kind == K_LOOP))
			continue;
		if (topic && !kitem_has_topic(it, topic))
			continue;
		if (difficulty && strcmp(str(it->data, "difficulty"), difficulty) != 0)
			continue;
		shown++;
		if (json) {
			json_t *j = json_deep_copy(it->data);
			json_object_set_new(j, "kind", json_string(kkind_name(it->kind)));
			json_array_append_new(arr, j);
			continue;
		}
		const char *diff = str(it->data, "difficulty");
		if (kind == K_TRACK)
			diff = it->kind == K_TRACK ? "track" : "loop";
		else if (kind == K_BEHAVIORAL)
			diff = str(it->data, "competency");
		printf("%-40s %-19s %s\n", it->id, diff, summary(it));
	}
	if (json) {
		cli_print_json(json_pack("{s:s, s:I, s:o}", "kind", kkind_name(kind), "count",
		                         (json_int_t)shown, "items", arr));
	} else {
		json_decref(arr);
		printf("\n%zu %s%s. `ace %s show ID` shows one.\n", shown, kkind_name(kind),
		       shown == 1 ? "" : "s", name);
	}
	knowledge_free(&k);
	return rc;
}
