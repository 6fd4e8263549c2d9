/*
 * judge_int.h - the judge's building blocks, shared by the modules of
 * src/judge (the complexity analysis uses them); not a public API.
 */
#ifndef ACE_JUDGE_JUDGE_INT_H
#define ACE_JUDGE_JUDGE_INT_H

#include <jansson.h>

#include "bank/bank.h"
#include "sandbox/sandbox.h"

/* The pack file name of p (gen.py, solution.py, ...) as a string, or NULL with *err. Caller frees. */
char *judge_read_pack_file(const struct problem *p, const char *name, char **err);

/* The "limits" object of a request: CPU (ms; wall is twice that plus 1 s), memory (MiB), output (KiB). */
json_t *judge_limits_json(int cpu_ms, int mem_mb, int out_kb);

/*
 * Start a runner with source loaded as kind ("function", "class",
 * "generator", ...) and entry point name; filename names it in messages.
 * Returns the runner, or NULL with *err (caller frees).
 */
sandbox_t *judge_start_loaded(const struct problem *p, const char *source, const char *filename,
                              const char *kind, const char *name, char **err);

/* judge_start_loaded with test_solution.py's source, for the "asserts" kind (else tests_src NULL). */
sandbox_t *judge_start_loaded_tests(const struct problem *p, const char *source, const char *filename,
                                    const char *kind, const char *name, const char *tests_src, char **err);

/*
 * One call of a trusted module's entry point (gen.py, solution.py) with args
 * (borrowed) and cpu_ms of CPU; what names it in *err. Returns the value
 * (caller decrefs), or NULL with *err.
 */
json_t *judge_trusted_call(sandbox_t *sb, json_t *args, int cpu_ms, const char *what, char **err);

#endif
