/* ace run SLUG FILE --input JSON [--json]: custom input, like a playground. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "util/xalloc.h"

int cmd_run(struct cli *c, int argc, char **argv)
{
	const char *slug = NULL, *file = NULL, *input = NULL;
	bool json = false;
	for (int i = 1; i < argc; i++) {
		int r;
		if (cli_is(argv[i], "--json", NULL))
			json = true;
		else if ((r = cli_opt(c, argc, argv, &i, "--input", "-i", &input))) {
			if (r < 0)
				return cli_usage(c, "run");
		} else if (argv[i][0] == '-' && argv[i][1])
			return cli_unknown_option(c, "run", argv[i]);
		else if (!slug)
			slug = argv[i];
		else if (!file)
			file = argv[i];
		else
			return cli_error(c, "too many arguments: ace run SLUG FILE --input JSON");
	}
	if (!slug || !file || !input)
		return cli_usage(c, "run");
	struct problem *p = cli_problem(c, slug, true);
	if (!p)
		return EXIT_USAGE;
	json_error_t jerr;
	json_t *args = json_loads(input, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES, &jerr);
	if (!args)
		return cli_error(
		    c, "--input is not valid JSON (column %d: %s); e.g. --input '[[4, 9, 2, 15], 13]'",
		    jerr.column, jerr.text);
	if (!json_is_array(args)) {
		json_decref(args);
		return cli_error(
		    c, "--input must be the list of arguments, e.g. '[[1, 2, 3]]' for one list argument");
	}
	if (p->kind == ENTRY_CLASS) {
		json_t *first = json_array_get(args, 0);
		if (!json_is_array(first) || !json_is_string(json_array_get(first, 0))) {
			json_decref(args);
			return cli_error(
			    c,
			    "'%s' is a class problem: --input is a call list, e.g. '[[\"%s\", 2], [\"method\", 1]]'",
			    slug, p->entry_name);
		}
	}
	struct judge_result r;
	if (cli_judge(c, p, file, JUDGE_CUSTOM, args, false, NULL, &r) < 0) {
		json_decref(args);
		return EXIT_USAGE;
	}
	char *ref_err = NULL;
	json_t *doc = judge_custom_json(p, &r, args, &ref_err);
	const struct judge_test *t = r.ntests ? &r.tests[0] : NULL;
	const json_t *ref = json_object_get(doc, "reference");
	bool matches = json_is_true(json_object_get(doc, "matches_reference"));
	if (json) {
		cli_print_json(json_incref(doc));
	} else if (r.error || !t || t->status != V_ACCEPTED) {
		cli_print_result(c, p, &r, true);
	} else {
		char *got = judge_canonical(t->got, false);
		printf("%sOutput:%s    %s\n", sty(c, "bold"), sty(c, "reset"), got);
		free(got);
		if (!json_is_null(ref)) {
			char *rs = judge_canonical(ref, false);
			printf("%sReference:%s %s  %s%s%s\n", sty(c, "bold"), sty(c, "reset"), rs,
			       matches ? sty(c, "green") : sty(c, "red"), matches ? "(matches)" : "(differs)",
			       sty(c, "reset"));
			free(rs);
		} else if (ref_err) {
			printf("%sReference:%s %s\n", sty(c, "bold"), sty(c, "reset"), ref_err);
		}
		printf("%sTime:%s      %.1f ms CPU, %.1f MiB peak\n", sty(c, "bold"), sty(c, "reset"),
		       t->cpu_ms, t->peak_kb / 1024.0);
		if (t->out)
			printf("%sstdout:%s\n%s%s", sty(c, "bold"), sty(c, "reset"), t->out,
			       t->out[strlen(t->out) - 1] == '\n' ? "" : "\n");
		if (t->err)
			printf("%sstderr:%s\n%s%s", sty(c, "bold"), sty(c, "reset"), t->err,
			       t->err[strlen(t->err) - 1] == '\n' ? "" : "\n");
	}
	int rc = r.verdict == V_ACCEPTED ? EXIT_OK : EXIT_NEGATIVE;
	judge_result_release(&r);
	json_decref(doc);
	json_decref(args);
	free(ref_err);
	return rc;
}
