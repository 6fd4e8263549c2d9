/* ace history [SLUG] [--limit N] [--id ID] [--json] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"

static int show_one(struct cli *c, store_t *st, long long id, bool json)
{
	struct store_submission s;
	if (store_get_submission(st, id, &s) < 0)
		return cli_error(c, "%s", store_errmsg(st));
	if (json) {
		json_error_t jerr;
		json_t *result = s.result_json ? json_loads(s.result_json, 0, &jerr) : NULL;
		json_t *tests = json_array();
		for (size_t i = 0; i < s.ntests; i++) {
			struct store_test *t = &s.tests[i];
			json_array_append_new(tests,
			                      json_pack("{s:s, s:s, s:I, s:I, s:I, s:s?}", "name", t->name,
			                                "status", t->status, "cpu_ms", (json_int_t)t->cpu_ms,
			                                "wall_ms", (json_int_t)t->wall_ms, "peak_kb",
			                                (json_int_t)t->peak_kb, "message", t->message));
		}
		cli_print_json(json_pack("{s:I, s:s, s:s, s:s, s:s, s:i, s:i, s:I, s:I, s:I, s:s, s:o, s:o}",
		                         "id", (json_int_t)s.id, "problem", s.problem, "kind", s.kind,
		                         "created_at", s.created_at, "verdict", s.verdict, "passed", s.passed,
		                         "total", s.total, "cpu_ms", (json_int_t)s.cpu_ms, "wall_ms",
		                         (json_int_t)s.wall_ms, "peak_kb", (json_int_t)s.peak_kb, "code",
		                         s.code, "tests", tests, "result", result ? result : json_null()));
	} else {
		printf("%sSubmission %lld%s  %s  %s  %s  %d/%d  %lld ms CPU\n\n", sty(c, "bold"),
		       (long long)s.id, sty(c, "reset"), s.problem, s.created_at, s.verdict, s.passed,
		       s.total, (long long)s.cpu_ms);
		for (size_t i = 0; i < s.ntests; i++)
			printf("  %-10s %s%s%s\n", s.tests[i].status, s.tests[i].name,
			       s.tests[i].message ? ": " : "", s.tests[i].message ? s.tests[i].message : "");
		printf("\n%s", s.code);
		if (s.code[0] && s.code[strlen(s.code) - 1] != '\n')
			printf("\n");
	}
	store_submission_release(&s);
	return EXIT_OK;
}

int cmd_history(struct cli *c, int argc, char **argv)
{
	const char *slug = NULL, *limit_s = NULL, *id_s = NULL;
	bool json = false;
	for (int i = 1; i < argc; i++) {
		int r;
		if (cli_is(argv[i], "--json", NULL))
			json = true;
		else if ((r = cli_opt(c, argc, argv, &i, "--limit", "-n", &limit_s)) ||
		         (r = cli_opt(c, argc, argv, &i, "--id", NULL, &id_s))) {
			if (r < 0)
				return cli_usage(c, "history");
		} else if (argv[i][0] == '-' && argv[i][1])
			return cli_unknown_option(c, "history", argv[i]);
		else if (!slug)
			slug = argv[i];
		else
			return cli_error(c, "too many arguments: ace history [SLUG]");
	}
	long limit = 20;
	if (limit_s) {
		char *end;
		limit = strtol(limit_s, &end, 10);
		if (*end || limit < 0)
			return cli_error(c, "--limit takes a number (0 for all), got '%s'", limit_s);
	}
	store_t *st = cli_store(c);
	if (!st)
		return EXIT_USAGE;
	if (id_s) {
		char *end;
		long long id = strtoll(id_s, &end, 10);
		if (*end || id <= 0)
			return cli_error(c, "--id takes a submission number, got '%s'", id_s);
		return show_one(c, st, id, json);
	}
	if (slug && !cli_problem(c, slug, false))
		return EXIT_USAGE;
	struct store_submission *subs = NULL;
	size_t n = 0;
	if (store_list_submissions(st, slug, (size_t)limit, &subs, &n) < 0)
		return cli_error(c, "cannot read history: %s", store_errmsg(st));
	if (json) {
		json_t *arr = json_array();
		for (size_t i = 0; i < n; i++) {
			struct store_submission *s = &subs[i];
			json_array_append_new(
			    arr,
			    json_pack("{s:I, s:s, s:s, s:s, s:s, s:i, s:i, s:I, s:I, s:I}", "id",
			              (json_int_t)s->id, "problem", s->problem, "kind", s->kind, "created_at",
			              s->created_at, "verdict", s->verdict, "passed", s->passed, "total",
			              s->total, "cpu_ms", (json_int_t)s->cpu_ms, "wall_ms",
			              (json_int_t)s->wall_ms, "peak_kb", (json_int_t)s->peak_kb));
		}
		cli_print_json(json_pack("{s:o}", "submissions", arr));
	} else if (n == 0) {
		printf("No submissions%s%s yet. `ace submit SLUG FILE` records one.\n", slug ? " for " : "",
		       slug ? slug : "");
	} else {
		printf("%s%5s  %-20s  %-28s  %-14s  %7s  %8s%s\n", sty(c, "bold"), "ID", "WHEN (UTC)",
		       "PROBLEM", "VERDICT", "TESTS", "CPU ms", sty(c, "reset"));
		for (size_t i = 0; i < n; i++) {
			struct store_submission *s = &subs[i];
			bool ok = !strcmp(s->verdict, "accepted");
			char tests[32];
			snprintf(tests, sizeof(tests), "%d/%d", s->passed, s->total);
			printf("%5lld  %-20s  %-28s  %s%-14s%s  %7s  %8lld\n", (long long)s->id,
			       s->created_at, s->problem, ok ? sty(c, "green") : sty(c, "red"), s->verdict,
			       sty(c, "reset"), tests, (long long)s->cpu_ms);
		}
		printf("\n`ace history --id ID` shows one with its code.\n");
	}
	store_submissions_free(subs, n);
	return EXIT_OK;
}
