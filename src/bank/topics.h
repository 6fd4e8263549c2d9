/*
 * topics.h - the stable topic IDs that content is tagged with (../shared/TOPICS.md).
 */
#ifndef ACE_BANK_TOPICS_H
#define ACE_BANK_TOPICS_H

#include <stdbool.h>

struct topic {
	const char *id;    /* "dsa.graphs" */
	const char *about; /* a short description, may be "" */
};

/* All topics, in TOPICS.md order, terminated by an entry whose id is NULL. */
extern const struct topic topics[];

/* The topic with this exact id, or NULL. */
const struct topic *topic_find(const char *id);

/* Whether some topic falls under query: a topic ID, or a family or prefix of one ("dsa"). */
bool topic_known(const char *query);
/* Whether topic id falls under query: "dsa" and "dsa.graphs" both match "dsa.graphs". */
bool topic_matches(const char *id, const char *query);

#endif
