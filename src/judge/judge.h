/*
 * judge.h - judging a candidate's source against a problem's tests.
 *
 * The judge resolves the test cases (generated inputs and their expected
 * values come from gen.py and solution.py, run in their own sandboxes and
 * cached), runs the candidate's code in a sandbox (sandbox.h) with a fresh
 * interpreter state per test, and compares every value with the expected
 * one in this process: expected values never enter the process that runs
 * the candidate's code. Custom checkers run in a sandbox of their own.
 *
 * Faults of ace (internal_error) are kept apart from faults of the
 * submission: the verdict never blames the candidate for ace's failure.
 */
#ifndef ACE_JUDGE_JUDGE_H
#define ACE_JUDGE_JUDGE_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "bank/bank.h"
#include "judge/verdict.h"
#include "store/store.h"

/* The largest candidate source ace accepts. */
#define JUDGE_MAX_SOURCE (256u * 1024)

enum judge_mode {
	JUDGE_SUBMIT,   /* every test, visible and hidden */
	JUDGE_EXAMPLES, /* the visible tests only (ace test) */
	JUDGE_CUSTOM,   /* one run on custom arguments (ace run) */
	JUDGE_TRUSTED,  /* like SUBMIT, for the pack's own solutions (bank check): hidden data shown */
};

/* One test case's outcome. A passed test has status V_ACCEPTED. */
struct judge_test {
	char *name;
	bool visible; /* data may be shown */
	enum verdict status;
	double cpu_ms, wall_ms;
	long peak_kb;
	json_t *input;    /* the arguments (or calls); NULL when not to be shown */
	json_t *expected; /* NULL when not to be shown or unknown */
	json_t *got;      /* the candidate's value; NULL when none or not to be shown */
	bool got_clipped; /* got was too large to keep: it is now a string, its start */
	char *message;    /* one line for people: why it failed; NULL when passed */
	json_t *error;    /* {type, message, line, traceback:[{line,name,text}]} or NULL */
	char *out;        /* the candidate's stdout (capped), NULL when empty */
	char *err;        /* the candidate's stderr (capped), NULL when empty */
	bool out_truncated, err_truncated;
};

struct judge_result {
	enum verdict verdict;
	int passed, total;
	double cpu_ms, wall_ms; /* sums over the tests run */
	long peak_kb;           /* the largest of the tests' peaks */
	struct judge_test *tests;
	size_t ntests;
	int first_failure;    /* index into tests, -1 when none */
	char *error;          /* whole-submission failure (compile error, load error, internal), or NULL */
	int error_line;       /* its line in the source, 0 when none */
	json_t *error_detail; /* its {type, message, line, traceback}, or NULL */
	json_t *review;       /* [{line, rule, message}] from judge_review(), or NULL when not run */
	json_t *complexity;   /* cx_report_json() (judge/complexity.h) or {"error": why}; NULL: not run */
};

struct judge_opts {
	enum judge_mode mode;
	const json_t *custom_args; /* JUDGE_CUSTOM: the argument list (or calls for a class) */
	const char *filename;      /* the candidate's file name, for messages; default "solution.py" */
	const char *cache_dir;     /* where generated cases are cached; NULL: no cache */
	bool stop_on_failure;      /* stop at the first failing test */
	/* Called after each test (and once with done == 0 before the first). */
	void (*progress)(void *ctx, size_t done, size_t total);
	void *progress_ctx;
};

/*
 * Judge len bytes of source against p (whose tests must be loaded). Fills r
 * (release with judge_result_release). Returns 0 when a verdict was reached
 * (which may be internal_error, with r->error saying why).
 */
int judge_run(const struct problem *p, const char *source, size_t len, const struct judge_opts *o,
              struct judge_result *r);
void judge_result_release(struct judge_result *r);

/*
 * The result as the JSON document of `ace submit --json`: problem, verdict,
 * passed, total, cpu_ms, wall_ms, peak_kb, tests[], stdout, stderr, error,
 * and review and complexity when they are set.
 * Caller decrefs.
 */
json_t *judge_result_json(const struct problem *p, const struct judge_result *r);

/*
 * Add the Pythonic review of source to r (r->review), for code that compiled
 * (nothing to do after compile_error or internal_error). Returns 0, or -1
 * with *err (caller frees): the review failing never changes the verdict.
 */
int judge_add_review(struct judge_result *r, const char *source, size_t len, char **err);

/*
 * The document of `ace run --json` for r, a JUDGE_CUSTOM result on args:
 * judge_result_json() plus input, output, reference (the pack's solution run
 * on args, or null) and matches_reference (or null). When the reference gave
 * no answer, *ref_err says why (caller frees), else it is NULL. Caller decrefs.
 */
json_t *judge_custom_json(const struct problem *p, const struct judge_result *r, const json_t *args,
                          char **ref_err);

/*
 * Record a judged submission in st from its result document doc (as
 * judge_result_json() made it; stored whole as result_json): kind is
 * "submit" or "test", code the source. Returns 0 with *id set, or -1
 * (store_errmsg(st) says why).
 */
int judge_record(store_t *st, const char *kind, const char *code, const json_t *doc, int64_t *id);

/*
 * Compute (or read from cache_dir) the arguments and expected value of every
 * generate case of p, and the expected value of every test_solution.py case
 * (what the test returned on the reference solution.py; its args stay NULL).
 * Used by judge_run; exposed for bank check. On failure returns -1 with *err
 * (caller frees).
 */
int judge_prepare_generated(const struct problem *p, const char *cache_dir, json_t **args_out,
                            json_t **expected_out, char **err);

/*
 * Compare a candidate's value with the expected one under mode (tolerance
 * for CMP_FLOAT). CMP_CHECKER is not handled here. Returns true when equal.
 */
bool judge_compare(const json_t *expected, const json_t *got, enum compare_mode mode, double tolerance);

/* A canonical one-line rendering of a value (sorted keys; integral floats as integers). Caller frees. */
char *judge_canonical(const json_t *v, bool sort_lists);

/* Check that source is valid to judge: not empty, not too large, UTF-8, no NUL. Returns NULL or a message (caller frees), with *line set. */
char *judge_check_source(const char *source, size_t len, int *line);

/*
 * The Pythonic review of len bytes of source (python/review.py, run in the
 * sandbox): [{line, rule, message}] sorted by line (caller decrefs), or NULL
 * with *err.
 */
json_t *judge_review(const char *source, size_t len, char **err);

/*
 * Call entry(*args) of one of ace's embedded Python analyses (file, e.g.
 * "python/review.py") in a fresh sandbox with cpu_ms of CPU; args is
 * consumed. Returns the value (caller decrefs), or NULL with *err.
 */
json_t *judge_tool_call(const char *file, const char *entry, json_t *args, int cpu_ms, char **err);

/*
 * Run each of n Python snippets (codes) as a script in the sandbox (2 s of
 * CPU, 256 MiB) and collect what it prints: outputs[i] is its stdout (caller
 * frees), or NULL with errors[i] saying why it did not finish (an exception
 * and its line, a limit). Returns 0, or -1 with *err when no sandbox starts.
 */
int judge_snippets(const char *const *codes, size_t n, char **outputs, char **errors, char **err);

#endif
