/* ace stats [--json]: progress by difficulty and topic, and recent activity. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bank/topics.h"
#include "cli/cli.h"
#include "cli/commands.h"

struct tally {
	int total, attempted, solved;
};

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
	struct store_progress *pr = NULL;
	size_t npr = 0;
	if (store_list_progress(st, &pr, &npr) < 0)
		return cli_error(c, "cannot read progress: %s", store_errmsg(st));
	struct store_day *days = NULL;
	size_t ndays = 0;
	if (store_activity(st, 30, &days, &ndays) < 0) {
		store_progress_free(pr, npr);
		return cli_error(c, "cannot read activity: %s", store_errmsg(st));
	}

	struct tally diff[3] = {{0}}, all = {0};
	size_t ntopics = 0;
	while (topics[ntopics].id)
		ntopics++;
	struct tally *bytopic = calloc(ntopics, sizeof(*bytopic));
	int attempts = 0;
	for (size_t i = 0; i < bank_count(b); i++) {
		struct problem *p = bank_get(b, i);
		enum store_status s = STORE_TODO;
		for (size_t k = 0; k < npr; k++)
			if (!strcmp(pr[k].problem, p->slug)) {
				s = pr[k].status;
				attempts += pr[k].attempts;
			}
		struct tally *ts[2] = {&diff[p->difficulty], &all};
		for (int k = 0; k < 2; k++) {
			ts[k]->total++;
			ts[k]->attempted += s != STORE_TODO;
			ts[k]->solved += s == STORE_SOLVED;
		}
		for (size_t t = 0; t < ntopics; t++)
			for (size_t k = 0; k < p->topics.n; k++)
				if (!strcmp(p->topics.v[k], topics[t].id)) {
					bytopic[t].total++;
					bytopic[t].attempted += s != STORE_TODO;
					bytopic[t].solved += s == STORE_SOLVED;
				}
	}
	if (json) {
		json_t *jd = json_object(), *jt = json_object(), *ja = json_array();
		for (int d = 0; d < 3; d++)
			json_object_set_new(jd, difficulty_name((enum difficulty)d),
			                    json_pack("{s:i, s:i, s:i}", "total", diff[d].total, "attempted",
			                              diff[d].attempted, "solved", diff[d].solved));
		for (size_t t = 0; t < ntopics; t++)
			if (bytopic[t].total)
				json_object_set_new(jt, topics[t].id,
				                    json_pack("{s:i, s:i, s:i}", "total", bytopic[t].total,
				                              "attempted", bytopic[t].attempted, "solved",
				                              bytopic[t].solved));
		for (size_t i = 0; i < ndays; i++)
			json_array_append_new(ja,
			                      json_pack("{s:s, s:i, s:i}", "day", days[i].day, "submissions",
			                                days[i].submissions, "accepted", days[i].accepted));
		cli_print_json(json_pack("{s:{s:i, s:i, s:i}, s:i, s:o, s:o, s:o}", "overall", "total",
		                         all.total, "attempted", all.attempted, "solved", all.solved,
		                         "submissions", attempts, "by_difficulty", jd, "by_topic", jt,
		                         "activity", ja));
	} else {
		printf("%sSolved %d of %d problems%s (%d attempted, %d submissions)\n\n", sty(c, "bold"),
		       all.solved, all.total, sty(c, "reset"), all.attempted, attempts);
		for (int d = 0; d < 3; d++) {
			printf("  %-8s ", difficulty_name((enum difficulty)d));
			bar(c, diff[d].solved, diff[d].total);
			printf(" %d/%d\n", diff[d].solved, diff[d].total);
		}
		printf("\n%sBy topic%s\n", sty(c, "bold"), sty(c, "reset"));
		for (size_t t = 0; t < ntopics; t++) {
			if (!bytopic[t].total)
				continue;
			printf("  %-28s ", topics[t].id);
			bar(c, bytopic[t].solved, bytopic[t].total);
			printf(" %d/%d%s\n", bytopic[t].solved, bytopic[t].total,
			       bytopic[t].attempted > bytopic[t].solved ? " (in progress)" : "");
		}
		printf("\n%sLast 30 days%s\n", sty(c, "bold"), sty(c, "reset"));
		if (!ndays)
			printf("  no submissions yet\n");
		for (size_t i = 0; i < ndays; i++)
			printf("  %s  %3d submission%s, %d accepted\n", days[i].day, days[i].submissions,
			       days[i].submissions == 1 ? " " : "s", days[i].accepted);
	}
	free(bytopic);
	free(days);
	store_progress_free(pr, npr);
	return EXIT_OK;
}
