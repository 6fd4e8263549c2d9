/* ace stats [--json]: progress by difficulty and topic, and recent activity. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "progress/progress.h"

static void bar(struct cli *c, int solved, int total)
{
	int width = 20, filled = total ? solved * width / total : 0;
	printf("%s", sty(c, "green"));
	for (int i = 0; i < filled; i++)
		printf("█");
	printf("%s%s", sty(c, "reset"), sty(c, "dim"));
	for (int i = filled; i < width; i++)
		printf("·");
	printf("%s", sty(c, "reset"));
}

static int num(const json_t *o, const char *key)
{
	return (int)json_integer_value(json_object_get(o, key));
}

int cmd_stats(struct cli *c, int argc, char **argv)
{
	bool json = false;
	for (int i = 1; i < argc; i++) {
		if (cli_is(argv[i], "--json", NULL))
			json = true;
		else if (argv[i][0] == '-')
			return cli_unknown_option(c, "stats", argv[i]);
		else
			return cli_error(c, "`ace stats` takes no arguments");
	}
	bank_t *b = cli_bank(c);
	store_t *st = b ? cli_store(c) : NULL;
	if (!st)
		return EXIT_USAGE;
	char *err = NULL;
	json_t *doc = progress_stats(b, st, 30, &err);
	if (!doc) {
		cli_error(c, "%s", err);
		free(err);
		return EXIT_USAGE;
	}
	if (json) {
		cli_print_json(doc);
		return EXIT_OK;
	}
	const json_t *all = json_object_get(doc, "overall");
	printf("%sSolved %d of %d problems%s (%d attempted, %d submissions)\n\n", sty(c, "bold"),
	       num(all, "solved"), num(all, "total"), sty(c, "reset"), num(all, "attempted"),
	       num(doc, "submissions"));
	const char *key;
	json_t *t;
	json_object_foreach(json_object_get(doc, "by_difficulty"), key, t) {
		printf("  %-8s ", key);
		bar(c, num(t, "solved"), num(t, "total"));
		printf(" %d/%d\n", num(t, "solved"), num(t, "total"));
	}
	printf("\n%sBy topic%s\n", sty(c, "bold"), sty(c, "reset"));
	json_object_foreach(json_object_get(doc, "by_topic"), key, t) {
		printf("  %-28s ", key);
		bar(c, num(t, "solved"), num(t, "total"));
		printf(" %d/%d%s\n", num(t, "solved"), num(t, "total"),
		       num(t, "attempted") > num(t, "solved") ? " (in progress)" : "");
	}
	printf("\n%sLast 30 days%s\n", sty(c, "bold"), sty(c, "reset"));
	const json_t *days = json_object_get(doc, "activity");
	if (!json_array_size(days))
		printf("  no submissions yet\n");
	size_t i;
	json_array_foreach(days, i, t) {
		int n = num(t, "submissions");
		printf("  %s  %3d submission%s, %d accepted\n", json_string_value(json_object_get(t, "day")),
		       n, n == 1 ? " " : "s", num(t, "accepted"));
	}
	json_decref(doc);
	return EXIT_OK;
}
