/*
 * mutants.h - how strong a problem's tests are: mutation testing.
 *
 * Small bugs of the kinds interviewers' tests are meant to catch (a wrong
 * comparison, an off-by-one, a missing edge case, a swapped operator, ...)
 * are planted one at a time in the reference solution by python/mutate.py,
 * which runs in the judge's sandbox. Each mutant is then judged against the
 * problem's tests like a submission: rejected means killed. A surviving
 * mutant points at a gap in the tests, or is an equivalent mutant (a change
 * that does not alter behaviour); the report names its line and change so
 * that an author can tell which.
 */
#ifndef ACE_JUDGE_MUTANTS_H
#define ACE_JUDGE_MUTANTS_H

#include <stdbool.h>
#include <stddef.h>

#include "bank/bank.h"
#include "judge/verdict.h"

struct mutant {
	char *kind;        /* compare, off_by_one, edge_case, arith, logic, return */
	int line;          /* in solution.py */
	char *description; /* "line 7: < became <=" */
	enum verdict verdict;
	bool killed; /* the tests rejected it */
	char *test;  /* the first test it failed, or NULL */
};

struct mutant_report {
	struct mutant *v;
	size_t n;
	size_t killed;
};

/* The most mutants judge_mutants makes per problem. */
#define MUTANTS_MAX 32

/*
 * Make up to limit (1..MUTANTS_MAX) mutants of the reference source (len
 * bytes) and judge each against p's tests, stopping each at its first
 * failing test. cache_dir as in judge_opts. Returns 0 and fills out
 * (release with mutants_release), or -1 with *err (caller frees).
 */
int judge_mutants(const struct problem *p, const char *source, size_t len, int limit, const char *cache_dir,
                  struct mutant_report *out, char **err);
void mutants_release(struct mutant_report *r);

#endif
