/* ace analyze SLUG FILE [--json] [--budget MS]: the measured complexity of a solution. */
#include <stdio.h>
#include <stdlib.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "judge/complexity.h"

void cli_cx_progress(void *ctx, double fraction)
{
	/* Under 1, at most 99 of 100: 100 of 100 is what erases the line (cli_progress). */
	int pct = fraction >= 1 ? 100 : fraction <= 0 ? 0 : (int)(fraction * 100);
	cli_progress(ctx, "measuring complexity", (size_t)pct, 100);
}

void cli_print_complexity(struct cli *c, const struct problem *p, const struct cx_report *r)
{
	char *summary = cx_summary(r, p);
	printf("%sComplexity%s  %s%s%s: %s\n", sty(c, "bold"), sty(c, "reset"),
	       r->cls > r->optimal && r->optimal != CX_NONE ? sty(c, "yellow") : sty(c, "green"),
	       r->per_call ? cx_name(cx_per_call(r->cls)) : cx_name(r->cls), sty(c, "reset"), summary);
	free(summary);
	printf("  confidence %.2f over %zu sizes (n = %ld .. %ld) in %.1f s", r->confidence, r->npoints,
	       r->npoints ? r->points[0].n : 0, r->npoints ? r->points[r->npoints - 1].n : 0,
	       r->elapsed_ms / 1e3);
	if (r->cls == CX_EXP)
		printf("; grows about %.2fx per step of n", r->time.exp_base);
	printf("\n");
	if (r->memo)
		printf("  the solution caches across calls: each size's first call was timed\n");
	if (r->space != CX_NONE)
		printf("  memory allocated during a call grows as %s%s%s\n", cx_name(r->space),
		       p->space_complexity ? "; the reference needs " : "",
		       p->space_complexity ? p->space_complexity : "");
}

int cmd_analyze(struct cli *c, int argc, char **argv)
{
	const char *slug = NULL, *file = NULL, *budget_s = NULL;
	bool json = false, points = false;
	for (int i = 1; i < argc; i++) {
		int o;
		if (cli_is(argv[i], "--json", NULL))
			json = true;
		else if (cli_is(argv[i], "--points", NULL))
			points = true;
		else if ((o = cli_opt(c, argc, argv, &i, "--budget", NULL, &budget_s)) != 0) {
			if (o < 0)
				return EXIT_USAGE;
		} else if (argv[i][0] == '-' && argv[i][1])
			return cli_unknown_option(c, "analyze", argv[i]);
		else if (!slug)
			slug = argv[i];
		else if (!file)
			file = argv[i];
		else
			return cli_error(c, "too many arguments: ace analyze SLUG FILE");
	}
	if (!slug || !file)
		return cli_usage(c, "analyze");
	struct cx_opts o = {.space = true, .filename = file};
	if (budget_s) {
		char *end;
		double ms = strtod(budget_s, &end);
		if (*end || !(ms >= 200 && ms <= 600000))
			return cli_error(
			    c, "--budget: '%s' is not a number of milliseconds from 200 to 600000", budget_s);
		o.budget_ms = ms;
	}
	struct problem *p = cli_problem(c, slug, false);
	if (!p)
		return EXIT_USAGE;
	if (!p->has_gen)
		return cli_error(
		    c,
		    "'%s' has no gen.py, so its inputs cannot be grown and its complexity cannot be "
		    "measured",
		    slug);
	size_t len;
	char *src = cli_read_source(c, file, &len);
	if (!src)
		return EXIT_USAGE;
	if (!json) {
		o.progress = cli_cx_progress;
		o.progress_ctx = c;
	}
	struct cx_report r;
	char *err = NULL;
	int rc = cx_analyze(p, src, len, &o, &r, &err);
	free(src);
	if (!json)
		cli_cx_progress(c, 1);
	if (rc < 0) {
		cli_error(c, "%s: %s", file, err);
		free(err);
		return EXIT_NEGATIVE;
	}
	if (json) {
		cli_print_json(cx_report_json(&r, p));
	} else {
		cli_print_complexity(c, p, &r);
		if (points) {
			printf("  by CPU time: %s (%.2f); by work counted: %s\n", cx_name(r.time.cls),
			       r.time.confidence,
			       r.lines.cls == CX_NONE ? "not counted" : cx_name(r.lines.cls));
			printf("  %8s  %12s  %12s  %12s\n", "n", "cpu µs", "work", "bytes");
			for (size_t i = 0; i < r.npoints; i++)
				printf("  %8ld  %12.3f  %12.0f  %12.0f\n", r.points[i].n, r.points[i].cpu_us,
				       r.points[i].lines, r.points[i].space);
		}
	}
	cx_report_release(&r);
	return EXIT_OK;
}
