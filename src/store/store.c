/*
 * store.c - the parts of the store that do not depend on the database:
 * releasing what the store hands out, and time as the store writes it
 * (see store_int.h). A PostgreSQL backend links against these unchanged.
 */
#include "store/store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_int.h"

void store_submission_release(struct store_submission *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->ntests; i++) {
		free(s->tests[i].name);
		free(s->tests[i].status);
		free(s->tests[i].message);
	}
	free(s->tests);
	free(s->problem);
	free(s->kind);
	free(s->created_at);
	free(s->code);
	free(s->verdict);
	free(s->result_json);
	memset(s, 0, sizeof(*s));
}

void store_submissions_free(struct store_submission *arr, size_t n)
{
	for (size_t i = 0; i < n; i++)
		store_submission_release(&arr[i]);
	free(arr);
}

void store_progress_free(struct store_progress *arr, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(arr[i].problem);
		free(arr[i].last_at);
		free(arr[i].solved_at);
	}
	free(arr);
}

/* The value of n decimal digits at s (already checked to be digits). */
static int digits(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

int store_time_parse(const char *s, time_t *t)
{
	static const char shape[] = "dddd-dd-ddTdd:dd:ddZ";
	struct tm want = {0}, tm, back;
	time_t v;

	if (!s || strnlen(s, STORE_TIME_LEN + 1) != STORE_TIME_LEN)
		return -1;
	for (int i = 0; i < STORE_TIME_LEN; i++) {
		if (shape[i] == 'd' ? s[i] < '0' || s[i] > '9' : s[i] != shape[i])
			return -1;
	}
	want.tm_year = digits(s, 4) - 1900;
	want.tm_mon = digits(s + 5, 2) - 1;
	want.tm_mday = digits(s + 8, 2);
	want.tm_hour = digits(s + 11, 2);
	want.tm_min = digits(s + 14, 2);
	want.tm_sec = digits(s + 17, 2);
	/*
	 * timegm() normalises out-of-range fields (Feb 30 becomes Mar 2), so
	 * the only way to know the text named a real time is a round trip.
	 */
	tm = want;
	v = timegm(&tm);
	if (!gmtime_r(&v, &back))
		return -1;
	if (back.tm_year != want.tm_year || back.tm_mon != want.tm_mon || back.tm_mday != want.tm_mday ||
	    back.tm_hour != want.tm_hour || back.tm_min != want.tm_min || back.tm_sec != want.tm_sec)
		return -1;
	if (t)
		*t = v;
	return 0;
}

int store_time_format(time_t t, char out[STORE_TIME_LEN + 1])
{
	struct tm tm;

	if (!gmtime_r(&t, &tm) || tm.tm_year < -1900 || tm.tm_year > 9999 - 1900)
		return -1;
	/* snprintf rather than strftime: %Y does not pad years below 1000. */
	if (snprintf(out, STORE_TIME_LEN + 1, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900,
	             tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec) != STORE_TIME_LEN)
		return -1;
	return 0;
}

int store_time_day(time_t t, char out[STORE_DAY_LEN + 1])
{
	char full[STORE_TIME_LEN + 1];

	if (store_time_format(t, full))
		return -1;
	memcpy(out, full, STORE_DAY_LEN);
	out[STORE_DAY_LEN] = '\0';
	return 0;
}

int store_time_now(char out[STORE_TIME_LEN + 1], time_t *t)
{
	const char *env = getenv(STORE_NOW_ENV);
	time_t v;

	if (env) {
		if (store_time_parse(env, &v))
			return -1;
		memcpy(out, env, STORE_TIME_LEN + 1);
	} else {
		v = time(NULL);
		if (store_time_format(v, out))
			return -1;
	}
	if (t)
		*t = v;
	return 0;
}
