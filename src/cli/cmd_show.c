/* ace show SLUG [--hint N] [--json] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "render/render.h"
#include "util/xalloc.h"

int cmd_show(struct cli *c, int argc, char **argv)
{
	const char *slug = NULL, *hint_s = NULL;
	bool json = false;
	for (int i = 1; i < argc; i++) {
		int r;
		if (cli_is(argv[i], "--json", NULL))
			json = true;
		else if ((r = cli_opt(c, argc, argv, &i, "--hint", NULL, &hint_s))) {
			if (r < 0)
				return cli_usage(c, "show");
		} else if (argv[i][0] == '-')
			return cli_unknown_option(c, "show", argv[i]);
		else if (!slug)
			slug = argv[i];
		else
			return cli_error(c, "`ace show` takes one problem, got '%s' too", argv[i]);
	}
	if (!slug)
		return cli_usage(c, "show");
	long hints = 0;
	if (hint_s) {
		char *end;
		hints = strtol(hint_s, &end, 10);
		if (*end || hints < 1)
			return cli_error(c, "--hint takes a number from 1 up, got '%s'", hint_s);
	}
	struct problem *p = cli_problem(c, slug, true);
	if (!p)
		return EXIT_USAGE;
	if ((size_t)hints > p->hints.n)
		return cli_error(c, "'%s' has %zu hint%s; --hint %ld is past the last one", slug, p->hints.n,
		                 p->hints.n == 1 ? "" : "s", hints);
	struct buf md;
	buf_init(&md, BUF_NOLIMIT);
	char *err = NULL;
	if (problem_read(p, "statement.md", BANK_MAX_YAML, &md, &err) < 0) {
		cli_error(c, "%s", err);
		free(err);
		buf_release(&md);
		return EXIT_USAGE;
	}
	if (json) {
		json_t *tops = json_array(), *h = json_array(), *fu = json_array();
		for (size_t i = 0; i < p->topics.n; i++)
			json_array_append_new(tops, json_string(p->topics.v[i]));
		for (long i = 0; i < hints; i++)
			json_array_append_new(h, json_string(p->hints.v[i]));
		for (size_t i = 0; i < p->follow_ups.n; i++)
			json_array_append_new(fu, json_string(p->follow_ups.v[i]));
		json_t *examples = json_array();
		for (size_t i = 0; i < p->ntests; i++) {
			const struct test_case *t = &p->tests[i];
			if (!t->visible || !t->args)
				continue;
			json_array_append_new(examples,
			                      json_pack("{s:s, s:O, s:O}", "name", t->name, "args", t->args,
			                                "expected", t->expected ? t->expected : json_null()));
		}
		cli_print_json(json_pack(
		    "{s:s, s:s, s:s, s:o, s:s, s:s, s:s, s:{s:s, s:s}, s:{s:i, s:i}, s:s, s:o, s:I, s:o, s:o, s:I}",
		    "slug", p->slug, "title", p->title, "difficulty", difficulty_name(p->difficulty),
		    "topics", tops, "kind", p->kind == ENTRY_CLASS ? "class" : "function", "signature",
		    p->signature, "statement", md.data, "complexity", "time", p->time_complexity, "space",
		    p->space_complexity, "limits", "time_ms", p->time_ms, "memory_mb", p->memory_mb,
		    "compare", compare_name(p->compare), "hints", h, "hints_total", (json_int_t)p->hints.n,
		    "follow_ups", fu, "examples", examples, "tests_total", (json_int_t)p->ntests));
		buf_release(&md);
		return EXIT_OK;
	}
	const char *dcol = p->difficulty == DIFF_EASY     ? sty(c, "green")
	                   : p->difficulty == DIFF_MEDIUM ? sty(c, "yellow")
	                                                  : sty(c, "red");
	printf("%s%s%s  %s%s%s", sty(c, "bold"), p->title, sty(c, "reset"), dcol,
	       difficulty_name(p->difficulty), sty(c, "reset"));
	printf("  %s", sty(c, "dim"));
	for (size_t i = 0; i < p->topics.n; i++)
		printf("%s%s", i ? ", " : "", p->topics.v[i]);
	printf("%s\n\n", sty(c, "reset"));
	char *text = render_markdown_term(md.data, md.len, c->width, c->color);
	fputs(text, stdout);
	free(text);
	buf_release(&md);
	printf("\n%sSignature:%s %s\n", sty(c, "bold"), sty(c, "reset"), p->signature);
	printf("%sLimits:%s %d ms CPU per test, %d MiB memory; %zu tests (%zu visible).\n", sty(c, "bold"),
	       sty(c, "reset"), p->time_ms, p->memory_mb, p->ntests, problem_visible_count(p));
	for (long i = 0; i < hints; i++) {
		char *h = render_markdown_term(p->hints.v[i], strlen(p->hints.v[i]), c->width - 9, c->color);
		size_t hl = strlen(h);
		while (hl && h[hl - 1] == '\n')
			h[--hl] = '\0';
		printf("\n%sHint %ld/%zu:%s %s\n", sty(c, "yellow"), i + 1, p->hints.n, sty(c, "reset"), h);
		free(h);
	}
	if (hints == 0 && p->hints.n)
		printf("\nStuck? `ace show %s --hint 1` (%zu hint%s, each gives away more).\n", p->slug,
		       p->hints.n, p->hints.n == 1 ? "" : "s");
	else if ((size_t)hints < p->hints.n)
		printf("\nNext hint: `ace show %s --hint %ld`.\n", p->slug, hints + 1);
	printf("Start: `ace start %s`, then `ace test %s FILE` and `ace submit %s FILE`.\n", p->slug, p->slug,
	       p->slug);
	return EXIT_OK;
}
