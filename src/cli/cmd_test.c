/* ace test SLUG FILE [--json]: the visible examples only; nothing recorded. */
#include <stdio.h>

#include "cli/cli.h"
#include "cli/commands.h"

int cmd_test(struct cli *c, int argc, char **argv)
{
	const char *slug = NULL, *file = NULL;
	bool json = false;
	for (int i = 1; i < argc; i++) {
		if (cli_is(argv[i], "--json", NULL))
			json = true;
		else if (argv[i][0] == '-' && argv[i][1])
			return cli_unknown_option(c, "test", argv[i]);
		else if (!slug)
			slug = argv[i];
		else if (!file)
			file = argv[i];
		else
			return cli_error(c, "too many arguments: ace test SLUG FILE");
	}
	if (!slug || !file)
		return cli_usage(c, "test");
	struct problem *p = cli_problem(c, slug, true);
	if (!p)
		return EXIT_USAGE;
	if (problem_visible_count(p) == 0)
		return cli_error(c, "'%s' has no visible examples; use `ace submit` or `ace run --input`",
		                 slug);
	struct judge_result r;
	if (cli_judge(c, p, file, JUDGE_EXAMPLES, NULL, !json, NULL, &r) < 0)
		return EXIT_USAGE;
	if (json)
		cli_print_json(judge_result_json(p, &r));
	else
		cli_print_result(c, p, &r, true);
	int rc = r.verdict == V_ACCEPTED ? EXIT_OK : EXIT_NEGATIVE;
	judge_result_release(&r);
	return rc;
}
