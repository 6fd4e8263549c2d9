/*
 * progress.c - see progress.h.
 */
#include "progress/progress.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "bank/topics.h"
#include "util/xalloc.h"

enum store_status progress_status_of(const struct store_progress *pr, size_t n, const char *slug)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(pr[i].problem, slug))
			return pr[i].status;
	return STORE_TODO;
}

const char *progress_status_name(enum store_status s, bool web)
{
	if (s == STORE_SOLVED)
		return "solved";
	if (s == STORE_ATTEMPTED)
		return "attempted";
	return web ? "new" : "todo";
}

char *progress_filter_check(const struct progress_filter *f, bool web)
{
	if (f->difficulty && difficulty_from_name(f->difficulty) < 0)
		return xasprintf("difficulty '%s' is not one of easy, medium, hard", f->difficulty);
	if (f->status && strcmp(f->status, "todo") && strcmp(f->status, "new") &&
	    strcmp(f->status, "attempted") && strcmp(f->status, "solved"))
		return xasprintf("status '%s' is not one of %s, attempted, solved", f->status,
		                 web ? "new" : "todo");
	if (f->topic && !topic_known(f->topic))
		return xasprintf("topic '%s' is not a topic ID or prefix (`ace topics` lists them)",
		                 f->topic);
	return NULL;
}

/* Case-insensitive substring search (ASCII case; other bytes compare exactly). */
static bool contains_nocase(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (; *hay; hay++)
		if (!strncasecmp(hay, needle, n))
			return true;
	return n == 0;
}

bool progress_filter_match(const struct progress_filter *f, const struct problem *p, enum store_status s)
{
	if (f->difficulty && strcmp(difficulty_name(p->difficulty), f->difficulty))
		return false;
	if (f->topic) {
		bool hit = false;
		for (size_t k = 0; k < p->topics.n && !hit; k++)
			hit = topic_matches(p->topics.v[k], f->topic);
		if (!hit)
			return false;
	}
	if (f->status) {
		enum store_status want = !strcmp(f->status, "solved")      ? STORE_SOLVED
		                         : !strcmp(f->status, "attempted") ? STORE_ATTEMPTED
		                                                           : STORE_TODO;
		if (s != want)
			return false;
	}
	if (f->q && !contains_nocase(p->title, f->q) && !contains_nocase(p->slug, f->q))
		return false;
	return true;
}

json_t *progress_problem_json(const struct problem *p, enum store_status s, bool web)
{
	json_t *tops = json_array();
	for (size_t k = 0; k < p->topics.n; k++)
		json_array_append_new(tops, json_string(p->topics.v[k]));
	return json_pack("{s:s, s:s, s:s, s:o, s:s}", "slug", p->slug, "title", p->title, "difficulty",
	                 difficulty_name(p->difficulty), "topics", tops, "status",
	                 progress_status_name(s, web));
}

struct tally {
	int total, attempted, solved;
};

static void count(struct tally *t, enum store_status s)
{
	t->total++;
	t->attempted += s != STORE_TODO;
	t->solved += s == STORE_SOLVED;
}

static json_t *tally_json(const struct tally *t)
{
	return json_pack("{s:i, s:i, s:i}", "total", t->total, "attempted", t->attempted, "solved",
	                 t->solved);
}

json_t *progress_stats(bank_t *b, store_t *st, int days, char **err)
{
	if (days < 1 || days > PROGRESS_MAX_DAYS) {
		*err = xasprintf("the activity window is 1 to %d days, not %d", PROGRESS_MAX_DAYS, days);
		return NULL;
	}
	struct store_progress *pr = NULL;
	size_t npr = 0;
	if (store_list_progress(st, &pr, &npr) < 0) {
		*err = xasprintf("cannot read progress: %s", store_errmsg(st));
		return NULL;
	}
	struct store_day *act = NULL;
	size_t nact = 0;
	if (store_activity(st, days, &act, &nact) < 0) {
		*err = xasprintf("cannot read activity: %s", store_errmsg(st));
		store_progress_free(pr, npr);
		return NULL;
	}
	size_t ntopics = 0;
	while (topics[ntopics].id)
		ntopics++;
	struct tally diff[3] = {{0}}, all = {0};
	struct tally *bytopic = xcalloc(ntopics, sizeof(*bytopic));
	int attempts = 0;
	for (size_t i = 0; i < npr; i++)
		if (bank_find(b, pr[i].problem))
			attempts += pr[i].attempts;
	for (size_t i = 0; i < bank_count(b); i++) {
		struct problem *p = bank_get(b, i);
		enum store_status s = progress_status_of(pr, npr, p->slug);
		count(&diff[p->difficulty], s);
		count(&all, s);
		for (size_t t = 0; t < ntopics; t++)
			for (size_t k = 0; k < p->topics.n; k++)
				if (!strcmp(p->topics.v[k], topics[t].id))
					count(&bytopic[t], s);
	}
	json_t *jd = json_object(), *jt = json_object(), *ja = json_array();
	for (int d = 0; d < 3; d++)
		json_object_set_new(jd, difficulty_name((enum difficulty)d), tally_json(&diff[d]));
	for (size_t t = 0; t < ntopics; t++)
		if (bytopic[t].total)
			json_object_set_new(jt, topics[t].id, tally_json(&bytopic[t]));
	for (size_t i = 0; i < nact; i++)
		json_array_append_new(ja, json_pack("{s:s, s:i, s:i}", "day", act[i].day, "submissions",
		                                    act[i].submissions, "accepted", act[i].accepted));
	free(bytopic);
	free(act);
	store_progress_free(pr, npr);
	return json_pack("{s:o, s:i, s:o, s:o, s:o}", "overall", tally_json(&all), "submissions", attempts,
	                 "by_difficulty", jd, "by_topic", jt, "activity", ja);
}
