/* ace list [--topic T] [--difficulty D] [--status S] [--json] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bank/topics.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "progress/progress.h"
#include "util/xalloc.h"

int cmd_list(struct cli *c, int argc, char **argv)
{
	const char *topic = NULL, *difficulty = NULL, *status = NULL;
	bool json = false;
	for (int i = 1; i < argc; i++) {
		int r;
		if (cli_is(argv[i], "--json", NULL))
			json = true;
		else if ((r = cli_opt(c, argc, argv, &i, "--topic", "-t", &topic)) ||
		         (r = cli_opt(c, argc, argv, &i, "--difficulty", "-d", &difficulty)) ||
		         (r = cli_opt(c, argc, argv, &i, "--status", "-s", &status))) {
			if (r < 0)
				return cli_usage(c, "list");
		} else if (argv[i][0] == '-')
			return cli_unknown_option(c, "list", argv[i]);
		else
			return cli_error(
			    c,
			    "`ace list` takes no argument '%s' (filters are --topic, --difficulty, --status)",
			    argv[i]);
	}
	struct progress_filter f = {.topic = topic, .difficulty = difficulty, .status = status};
	char *bad = progress_filter_check(&f, false);
	if (bad) {
		cli_error(c, "--%s", bad);
		free(bad);
		return EXIT_USAGE;
	}
	bank_t *b = cli_bank(c);
	if (!b)
		return EXIT_USAGE;
	store_t *st = cli_store(c);
	if (!st)
		return EXIT_USAGE;
	struct store_progress *pr = NULL;
	size_t npr = 0;
	if (store_list_progress(st, &pr, &npr) < 0)
		return cli_error(c, "cannot read progress: %s", store_errmsg(st));

	json_t *arr = json_array();
	size_t shown = 0;
	for (size_t i = 0; i < bank_count(b); i++) {
		struct problem *p = bank_get(b, i);
		enum store_status s = progress_status_of(pr, npr, p->slug);
		if (!progress_filter_match(&f, p, s))
			continue;
		json_array_append_new(arr, progress_problem_json(p, s, false));
		shown++;
	}
	store_progress_free(pr, npr);
	if (json) {
		cli_print_json(json_pack("{s:o, s:I}", "problems", arr, "count", (json_int_t)shown));
		return EXIT_OK;
	}
	if (shown == 0) {
		printf("No problems match these filters.\n");
		json_decref(arr);
		return EXIT_OK;
	}
	int wslug = 4, wtitle = 5;
	size_t i;
	json_t *row;
	json_array_foreach(arr, i, row) {
		int a = (int)strlen(json_string_value(json_object_get(row, "slug")));
		int t = (int)strlen(json_string_value(json_object_get(row, "title")));
		wslug = a > wslug ? a : wslug;
		wtitle = t > wtitle ? t : wtitle;
	}
	if (wtitle > 40)
		wtitle = 40;
	printf("%s  %-*s  %-*s  %-6s  %-9s  %s%s\n", sty(c, "bold"), wslug, "SLUG", wtitle, "TITLE", "LEVEL",
	       "STATUS", "TOPICS", sty(c, "reset"));
	json_array_foreach(arr, i, row) {
		const char *st_name = json_string_value(json_object_get(row, "status"));
		const char *mark = !strcmp(st_name, "solved")      ? "✓"
		                   : !strcmp(st_name, "attempted") ? "~"
		                                                   : " ";
		const char *col = !strcmp(st_name, "solved")      ? sty(c, "green")
		                  : !strcmp(st_name, "attempted") ? sty(c, "yellow")
		                                                  : "";
		const char *diff = json_string_value(json_object_get(row, "difficulty"));
		const char *dcol = !strcmp(diff, "easy")     ? sty(c, "green")
		                   : !strcmp(diff, "medium") ? sty(c, "yellow")
		                                             : sty(c, "red");
		char topics_s[256] = "";
		size_t k;
		json_t *tp;
		json_array_foreach(json_object_get(row, "topics"), k, tp) {
			size_t len = strlen(topics_s);
			snprintf(topics_s + len, sizeof(topics_s) - len, "%s%s", k ? ", " : "",
			         json_string_value(tp));
		}
		printf("%s%s%s %-*s  %-*.*s  %s%-6s%s  %s%-9s%s  %s\n", col, mark, sty(c, "reset"), wslug,
		       json_string_value(json_object_get(row, "slug")), wtitle, wtitle,
		       json_string_value(json_object_get(row, "title")), dcol, diff, sty(c, "reset"), col,
		       st_name, sty(c, "reset"), topics_s);
	}
	printf("\n%zu problem%s. `ace show SLUG` to read one.\n", shown, shown == 1 ? "" : "s");
	json_decref(arr);
	return EXIT_OK;
}
