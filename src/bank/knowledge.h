/*
 * knowledge.h - the knowledge content of packs: concept cards, system-design
 * prompts, behavioral prompts, role tracks and interview-loop profiles.
 *
 * Each kind lives in a folder of a pack (cards/, design/, behavioral/,
 * tracks/, loops/; docs/PACK_FORMAT.md is the format, for authors). Loading
 * validates every file against the kind's schema and reports problems as
 * file:line: field: message; an item with errors is left out. Valid items
 * are kept as the JSON values they were read as, so that the CLI, the web
 * API and the drills read one representation, whose shape this module
 * guarantees.
 *
 * Ownership: a struct knowledge owns its items and their values until
 * knowledge_free().
 */
#ifndef ACE_BANK_KNOWLEDGE_H
#define ACE_BANK_KNOWLEDGE_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "util/diag.h"

enum kkind { K_CARD = 0, K_DESIGN, K_BEHAVIORAL, K_TRACK, K_LOOP, K_NKINDS };

struct kitem {
	enum kkind kind;
	const char *id; /* the card's or prompt's id, or the slug; points into data */
	json_t *data;   /* the validated item */
	char *file;     /* where it was read */
	int line;       /* its first line there */
};

struct knowledge {
	struct kitem *v;
	size_t n, cap;
};

/*
 * Load the knowledge folders of each pack in packs (NULL-terminated), in
 * order, appending to k (zero it first). Errors go to d; a pack without such
 * folders adds nothing. When two items of one kind share an id, the first
 * pack's wins and the clash is reported as an error.
 */
void knowledge_load(const char *const *packs, struct knowledge *k, struct diags *d);
void knowledge_free(struct knowledge *k);

/* "card", "design prompt", ... for people; "cards", "design", ... as folder names. */
const char *kkind_name(enum kkind kind);
const char *kkind_dir(enum kkind kind);

/* The item of this kind and id, or NULL. */
const struct kitem *knowledge_find(const struct knowledge *k, enum kkind kind, const char *id);

/* Whether the item is tagged with a topic under query ("py" matches "py.gil-concurrency"). */
bool kitem_has_topic(const struct kitem *it, const char *query);

#endif
