/*
 * bank.c - the ordered list of packs and the problems they hold.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "bank/bank.h"
#include "util/fs.h"
#include "util/xalloc.h"

struct bank {
	struct problem **v;
	size_t n, cap;
	/* Indexes into v sorted by slug, for bank_find: the server looks a slug up on every
	 * request, and a linear strcmp scan over the bank showed in its profile. */
	size_t *by_slug;
};

/* The position in by_slug where slug is, or would be inserted; *found says which. */
static size_t slug_pos(const struct bank *b, const char *slug, bool *found)
{
	size_t lo = 0, hi = b->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(b->v[b->by_slug[mid]]->slug, slug);
		if (c == 0) {
			*found = true;
			return mid;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = false;
	return lo;
}

/* Append p (its slug is not in the bank yet). */
static void add(struct bank *b, struct problem *p)
{
	if (b->n == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 64;
		b->v = xreallocarray(b->v, b->cap, sizeof(*b->v));
		b->by_slug = xreallocarray(b->by_slug, b->cap, sizeof(*b->by_slug));
	}
	bool found;
	size_t at = slug_pos(b, p->slug, &found);
	memmove(b->by_slug + at + 1, b->by_slug + at, (b->n - at) * sizeof(*b->by_slug));
	b->by_slug[at] = b->n;
	b->v[b->n++] = p;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Subdirectories of dir, sorted; NULL-terminated. */
static char **list_dirs(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return NULL;
	size_t n = 0, cap = 16;
	char **v = xcalloc(cap, sizeof(char *));
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char *sub = fs_join(dir, e->d_name);
		if (!fs_is_dir(sub)) {
			free(sub);
			continue;
		}
		if (n + 1 >= cap) {
			cap *= 2;
			v = xreallocarray(v, cap, sizeof(char *));
		}
		v[n++] = sub;
	}
	closedir(d);
	v[n] = NULL;
	qsort(v, n, sizeof(char *), cmp_str);
	return v;
}

static void add_problem(struct bank *b, struct problem *p, struct diags *diags)
{
	struct problem *prev = bank_find(b, p->slug);
	if (prev) {
		diags_warn(diags, p->dir, 0, "slug", "'%s' is also defined in %s, which comes first and wins",
		           p->slug, prev->dir);
		problem_free(p);
		return;
	}
	add(b, p);
}

int bank_open(const char *const *dirs, bank_t **out, struct diags *diags)
{
	struct bank *b = xcalloc(1, sizeof(*b));
	int usable = 0;
	for (size_t i = 0; dirs[i]; i++) {
		const char *dir = dirs[i];
		char *probdir = fs_join(dir, "problems");
		char *yaml = fs_join(dir, "problem.yaml");
		if (fs_is_dir(probdir)) {
			usable++;
			char **subs = list_dirs(probdir);
			for (size_t k = 0; subs && subs[k]; k++) {
				struct problem *p = problem_load(subs[k], dir, false, diags);
				if (p)
					add_problem(b, p, diags);
				free(subs[k]);
			}
			free(subs);
		} else if (fs_is_file(yaml)) {
			usable++;
			struct problem *p = problem_load(dir, dir, false, diags);
			if (p)
				add_problem(b, p, diags);
		} else if (!fs_is_dir(dir)) {
			diags_add(diags, dir, 0, NULL,
			          "no such directory (a pack is a directory with a problems/ folder)");
		} else {
			diags_add(diags, dir, 0, NULL,
			          "not a pack: it has neither a problems/ folder nor a problem.yaml");
		}
		free(probdir);
		free(yaml);
	}
	*out = b;
	return usable ? 0 : -1;
}

void bank_free(bank_t *b)
{
	if (!b)
		return;
	for (size_t i = 0; i < b->n; i++)
		problem_free(b->v[i]);
	free(b->v);
	free(b->by_slug);
	free(b);
}

size_t bank_count(const bank_t *b)
{
	return b->n;
}

struct problem *bank_get(const bank_t *b, size_t i)
{
	return i < b->n ? b->v[i] : NULL;
}

struct problem *bank_find(const bank_t *b, const char *slug)
{
	size_t i;
	return bank_find_index(b, slug, &i) ? b->v[i] : NULL;
}

bool bank_find_index(const bank_t *b, const char *slug, size_t *index)
{
	bool found;
	size_t at = slug_pos(b, slug, &found);
	if (found)
		*index = b->by_slug[at];
	return found;
}

/* Levenshtein distance, capped: short slugs only. */
static size_t distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > 64 || lb > 64)
		return (size_t)-1;
	size_t row[65];
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t prev = row[0];
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t cur = row[j];
			size_t sub = prev + (a[i - 1] != b[j - 1]);
			size_t del = row[j] + 1, ins = row[j - 1] + 1;
			row[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
			prev = cur;
		}
	}
	return row[lb];
}

const char *bank_suggest(const bank_t *b, const char *slug)
{
	const char *best = NULL;
	size_t bestd = (size_t)-1;
	for (size_t i = 0; i < b->n; i++) {
		const char *s = b->v[i]->slug;
		size_t d = distance(slug, s);
		if (strstr(s, slug) && strlen(slug) >= 3)
			d = d < 2 ? d : 2;
		if (d < bestd) {
			bestd = d;
			best = s;
		}
	}
	size_t len = strlen(slug);
	return bestd <= (len < 6 ? 2 : len / 3) ? best : NULL;
}

char *bank_builtin_dir(void)
{
	const char *env = getenv("ACE_BUILTIN_BANK");
	if (env && *env)
		return xstrdup(env);
	char *exe = fs_exe_dir();
	if (exe) {
		static const char *const rel[] = {"../bank", "../share/ace/bank", NULL};
		for (size_t i = 0; rel[i]; i++) {
			char *d = fs_join(exe, rel[i]);
			char *probs = fs_join(d, "problems");
			bool ok = fs_is_dir(probs);
			free(probs);
			if (ok) {
				free(exe);
				char *real =
				    realpath(d, NULL); /* "/x/build/../bank" reads better as "/x/bank" */
				if (real) {
					free(d);
					return real;
				}
				return d;
			}
			free(d);
		}
		free(exe);
	}
#ifdef ACE_SOURCE_DIR
	char *d = fs_join(ACE_SOURCE_DIR, "bank");
	if (fs_is_dir(d))
		return d;
	free(d);
#endif
	return NULL;
}

/* Whether a names a directory already in v[0..n) (the same one by another path counts). */
static bool listed(char **v, size_t n, const char *a)
{
	struct stat sa, sb;
	if (stat(a, &sa) < 0)
		return false;
	for (size_t i = 0; i < n; i++)
		if (stat(v[i], &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino)
			return true;
	return false;
}

char **bank_default_dirs(const char *const *extra)
{
	size_t n = 0, cap = 8;
	char **v = xcalloc(cap, sizeof(char *));
#define PUSH(s)                                                    \
	do {                                                       \
		if (n + 2 >= cap) {                                \
			cap *= 2;                                  \
			v = xreallocarray(v, cap, sizeof(char *)); \
		}                                                  \
		v[n++] = (s);                                      \
	} while (0)
	for (size_t i = 0; extra && extra[i]; i++)
		PUSH(xstrdup(extra[i]));
	const char *env = getenv("ACE_BANK_PATH");
	if (env && *env) {
		for (const char *s = env; *s;) {
			size_t len = strcspn(s, ":");
			if (len)
				PUSH(xstrndup(s, len));
			s += len + (s[len] == ':');
		}
	}
	char *builtin = bank_builtin_dir();
	if (builtin && !listed(v, n, builtin))
		PUSH(builtin);
	else
		free(builtin);
#undef PUSH
	v[n] = NULL;
	return v;
}

void bank_dirs_free(char **dirs)
{
	if (!dirs)
		return;
	for (size_t i = 0; dirs[i]; i++)
		free(dirs[i]);
	free(dirs);
}
