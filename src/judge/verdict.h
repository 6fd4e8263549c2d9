/*
 * verdict.h - the verdicts of the judge, and the statuses of single tests.
 *
 * internal_error is ace's own fault (the harness could not start, a protocol
 * violation by ace's side); it is never given for anything the candidate's
 * code did. See docs/JUDGE.md.
 */
#ifndef ACE_JUDGE_VERDICT_H
#define ACE_JUDGE_VERDICT_H

enum verdict {
	V_ACCEPTED = 0,
	V_WRONG_ANSWER,
	V_RUNTIME_ERROR,
	V_TIME_LIMIT,
	V_MEMORY_LIMIT,
	V_OUTPUT_LIMIT,
	V_COMPILE_ERROR,
	V_FORBIDDEN,
	V_INTERNAL_ERROR,
	V_COUNT
};

/* "accepted", "wrong_answer", ... */
const char *verdict_name(enum verdict v);
/* "Accepted", "Wrong answer", ... for people. */
const char *verdict_title(enum verdict v);
/* The verdict with this name, or -1. */
int verdict_from_name(const char *name);

#endif
