/* ace topics [--json]: the topic IDs and how many problems each has. */
#include <stdio.h>
#include <string.h>

#include "bank/topics.h"
#include "cli/cli.h"
#include "cli/commands.h"

int cmd_topics(struct cli *c, int argc, char **argv)
{
	bool json = false;
	for (int i = 1; i < argc; i++) {
		if (cli_is(argv[i], "--json", NULL))
			json = true;
		else
			return cli_unknown_option(c, "topics", argv[i]);
	}
	bank_t *b = cli_bank(c);
	json_t *arr = json_array();
	for (const struct topic *t = topics; t->id; t++) {
		int n = 0;
		for (size_t i = 0; b && i < bank_count(b); i++) {
			struct problem *p = bank_get(b, i);
			for (size_t k = 0; k < p->topics.n; k++)
				n += !strcmp(p->topics.v[k], t->id);
		}
		if (json)
			json_array_append_new(
			    arr, json_pack("{s:s, s:s, s:i}", "id", t->id, "about", t->about, "problems", n));
		else
			printf("  %-28s %3d  %s%s%s\n", t->id, n, sty(c, "dim"), t->about, sty(c, "reset"));
	}
	if (json)
		cli_print_json(json_pack("{s:o}", "topics", arr));
	else
		json_decref(arr);
	return EXIT_OK;
}
