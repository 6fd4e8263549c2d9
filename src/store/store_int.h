/*
 * store_int.h - what the store's backends share and its callers never see.
 *
 * Times in the store are UTC text of one fixed shape, "YYYY-MM-DDTHH:MM:SSZ".
 * Fixed width makes text order time order, so SQLite and PostgreSQL alike can
 * compare, sort and index them as plain TEXT, and the first ten characters
 * are the day. Anything a caller hands in is checked against that shape
 * before it is stored, or the ordering would silently break.
 *
 * "Now" is the system clock, unless the environment variable ACE_NOW holds a
 * time of that shape: then that is now, so tests (and demos) get the same
 * timestamps and the same activity windows on every run.
 */
#ifndef ACE_STORE_STORE_INT_H
#define ACE_STORE_STORE_INT_H

#include <time.h>

#define STORE_NOW_ENV  "ACE_NOW"
#define STORE_TIME_LEN 20 /* strlen("2026-11-25T12:00:00Z") */
#define STORE_DAY_LEN  10 /* strlen("2026-11-25") */

/*
 * 0 if s is exactly a valid time of the shape above (no Feb 30, no 24:00),
 * and then *t (if t is not NULL) gets it; -1 otherwise.
 */
int store_time_parse(const char *s, time_t *t);
/* Format t; -1 if its year is outside 0000..9999, which the shape cannot hold. */
int store_time_format(time_t t, char out[STORE_TIME_LEN + 1]);
/* The day of t, "YYYY-MM-DD"; -1 if its year is outside 0000..9999. */
int store_time_day(time_t t, char out[STORE_DAY_LEN + 1]);
/*
 * Now (ACE_NOW-aware) into out, and into *t if t is not NULL. -1 if ACE_NOW
 * is set but is not a valid time, or the clock is beyond year 9999.
 */
int store_time_now(char out[STORE_TIME_LEN + 1], time_t *t);

#endif
