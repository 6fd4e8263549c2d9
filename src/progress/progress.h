/*
 * progress.h - the user's progress over the bank: each problem's status, the
 * filters of a problem list, and the stats of `ace stats`.
 *
 * It joins the two sources that know nothing of each other: the bank (what
 * problems there are) and the store (what the user submitted). The CLI and
 * the web server both build their lists and stats here, so that they agree.
 */
#ifndef ACE_PROGRESS_PROGRESS_H
#define ACE_PROGRESS_PROGRESS_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "bank/bank.h"
#include "store/store.h"

/* The longest activity window progress_stats() accepts, in days. */
#define PROGRESS_MAX_DAYS 365

/* A problem's status in pr (from store_list_progress); STORE_TODO when it is not there. */
enum store_status progress_status_of(const struct store_progress *pr, size_t n, const char *slug);

/*
 * The status names. The CLI says "todo" for a problem never submitted, the
 * web API "new"; both are accepted by progress_filter_check().
 */
const char *progress_status_name(enum store_status s, bool web);

/* A problem list's filters; NULL fields do not filter. */
struct progress_filter {
	const char *topic;      /* a topic ID or a prefix of one (topic_matches) */
	const char *difficulty; /* easy, medium, hard */
	const char *status;     /* solved, attempted, todo or new */
	const char *q;          /* a case-insensitive substring of the title or the slug */
};

/*
 * Check the filters' values. Returns NULL, or a message that starts with the
 * bad one's name and says what it may be (caller frees), e.g. "difficulty
 * 'x' is not one of easy, medium, hard". web words the statuses the web's way.
 */
char *progress_filter_check(const struct progress_filter *f, bool web);
/* Whether problem p, with status s, passes the (checked) filters. */
bool progress_filter_match(const struct progress_filter *f, const struct problem *p, enum store_status s);

/* {slug, title, difficulty, topics, status} of p, as the lists show it. Caller decrefs. */
json_t *progress_problem_json(const struct problem *p, enum store_status s, bool web);

/*
 * The document of `ace stats --json` over the last `days` days (1 to
 * PROGRESS_MAX_DAYS): overall {total, attempted, solved}, submissions,
 * by_difficulty, by_topic (topics with problems), activity [{day,
 * submissions, accepted}]. Returns it (caller decrefs), or NULL with *err
 * (caller frees) when the store fails.
 */
json_t *progress_stats(bank_t *b, store_t *st, int days, char **err);

#endif
