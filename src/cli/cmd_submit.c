/* ace submit SLUG FILE [--json]: every test, recorded. Exit 0 only when accepted. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "judge/complexity.h"

/* The measured complexity (cx_add_to_result); *rep is filled when it worked. */
static bool measure(struct cli *c, const struct problem *p, const char *file, const char *src, bool progress,
                    struct judge_result *r, struct cx_report *rep)
{
	struct cx_opts o = {.space = true, .filename = file};
	if (progress) {
		o.progress = cli_cx_progress;
		o.progress_ctx = c;
	}
	char *err = NULL;
	int rc = cx_add_to_result(r, p, src, strlen(src), &o, rep, &err);
	if (progress && rc != 0)
		cli_cx_progress(c, 1);
	if (rc < 0) {
		cli_warn(c, "no complexity measurement this time: %s", err);
		free(err);
	}
	return rc > 0;
}

int cmd_submit(struct cli *c, int argc, char **argv)
{
	const char *slug = NULL, *file = NULL;
	bool json = false, complexity = true;
	for (int i = 1; i < argc; i++) {
		if (cli_is(argv[i], "--json", NULL))
			json = true;
		else if (cli_is(argv[i], "--no-complexity", NULL))
			complexity = false;
		else if (argv[i][0] == '-' && argv[i][1])
			return cli_unknown_option(c, "submit", argv[i]);
		else if (!slug)
			slug = argv[i];
		else if (!file)
			file = argv[i];
		else
			return cli_error(c, "too many arguments: ace submit SLUG FILE");
	}
	if (!slug || !file)
		return cli_usage(c, "submit");
	struct problem *p = cli_problem(c, slug, true);
	if (!p)
		return EXIT_USAGE;
	/* Open the store before judging: a broken database should not cost a judge run. */
	if (!cli_store(c))
		return EXIT_USAGE;
	struct judge_result r;
	char *src = NULL;
	if (cli_judge(c, p, file, JUDGE_SUBMIT, NULL, !json, &src, &r) < 0)
		return EXIT_USAGE;
	/* The Pythonic review, for any code that compiles; its failure never costs the verdict. */
	char *err = NULL;
	if (judge_add_review(&r, src, strlen(src), &err) < 0) {
		cli_warn(c, "no code review this time: %s", err);
		free(err);
	}
	struct cx_report rep;
	bool measured = false;
	if (complexity)
		measured = measure(c, p, file, src, !json, &r, &rep);
	long long id = cli_record(c, p, "submit", src, &r);
	if (json) {
		json_t *doc = judge_result_json(p, &r);
		json_object_set_new(doc, "submission", id >= 0 ? json_integer(id) : json_null());
		cli_print_json(doc);
	} else {
		cli_print_result(c, p, &r, false);
		if (measured)
			cli_print_complexity(c, p, &rep);
		if (id >= 0)
			printf("%sSaved as submission %lld (`ace history %s`).%s\n", sty(c, "dim"), id,
			       p->slug, sty(c, "reset"));
	}
	int rc = r.verdict == V_ACCEPTED ? EXIT_OK : EXIT_NEGATIVE;
	if (measured)
		cx_report_release(&rep);
	judge_result_release(&r);
	free(src);
	return rc;
}
