/*
 * bank.h - problem packs: finding, loading and validating problems.
 *
 * A pack is a directory with a problems/ folder holding one directory per
 * problem (docs/PACK_FORMAT.md is the format, for authors). The bank is the
 * ordered list of packs in use: --bank directories, then ACE_BANK_PATH, then
 * the built-in bank. The first pack to define a slug wins.
 *
 * Loading is in two steps so that listing stays fast: bank_open() reads and
 * validates every problem.yaml; problem_load_tests() reads the test cases
 * and checks the files a problem refers to, when a command needs them.
 *
 * Ownership: the bank owns its problems; pointers from bank_get/bank_find
 * stay valid until bank_free(). Strings in struct problem are owned by it.
 */
#ifndef ACE_BANK_BANK_H
#define ACE_BANK_BANK_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"
#include "util/diag.h"

enum difficulty { DIFF_EASY = 0, DIFF_MEDIUM, DIFF_HARD };
enum entry_kind { ENTRY_FUNCTION = 0, ENTRY_CLASS };
enum compare_mode { CMP_EXACT = 0, CMP_UNORDERED, CMP_UNORDERED_DEEP, CMP_FLOAT, CMP_CHECKER };
enum case_kind { CASE_ARGS = 0, CASE_CALLS, CASE_GENERATE, CASE_ASSERT };

/* Size caps on pack files: packs come from users and are validated, never trusted. */
#define BANK_MAX_YAML   (1u << 20)
#define BANK_MAX_TESTS  (32u << 20)
#define BANK_MAX_SOURCE (1u << 20)

struct strv {
	char **v;
	size_t n;
};

struct test_case {
	char *name;
	bool visible;
	enum case_kind kind;
	json_t *args;     /* CASE_ARGS: the argument list; CASE_CALLS: the call list; else NULL */
	json_t *expected; /* NULL when computed from the reference (CASE_GENERATE) or for CASE_ASSERT */
	int64_t size;     /* CASE_GENERATE */
	int64_t seed;     /* CASE_GENERATE */
	int time_ms;      /* 0: the problem's limit */
	int line;         /* line in tests.yaml, 0 for assert tests */
};

struct problem {
	char *slug;
	char *title;
	char *dir;  /* the problem's directory */
	char *pack; /* the pack directory it came from */
	enum difficulty difficulty;
	struct strv topics;
	enum entry_kind kind;
	char *entry_name;
	char *signature;
	struct strv arg_types; /* "json", "list_node", "tree_node" */
	char *return_type;
	int time_ms;
	int memory_mb;
	int output_kb;
	enum compare_mode compare;
	double float_tolerance;
	char *time_complexity;
	char *space_complexity;
	struct strv hints;
	struct strv follow_ups;
	char *naive_file;  /* NULL when there is none */
	int naive_verdict; /* enum verdict */
	bool has_gen, has_checker, has_asserts, has_starter, has_tests_yaml;
	/* Filled by problem_load_tests(). */
	bool tests_loaded;
	struct test_case *tests;
	size_t ntests;
};

typedef struct bank bank_t;

/*
 * Open the packs in dirs, in order (NULL-terminated list of paths). Every
 * problem.yaml is validated; problems with errors are left out and their
 * errors added to diags. A directory that is not a pack is an error in
 * diags too. Returns 0 and sets *out (free with bank_free()), or -1 when no
 * usable pack could be read at all.
 */
int bank_open(const char *const *dirs, bank_t **out, struct diags *diags);
void bank_free(bank_t *b);

size_t bank_count(const bank_t *b);
/* The i-th problem, in pack order then slug order. */
struct problem *bank_get(const bank_t *b, size_t i);
/* The problem with this slug, or NULL. */
struct problem *bank_find(const bank_t *b, const char *slug);
/* Whether a problem has this slug; if so *index is its position for bank_get. */
bool bank_find_index(const bank_t *b, const char *slug, size_t *index);
/* The slug closest to a mistyped one (for "did you mean"), or NULL. */
const char *bank_suggest(const bank_t *b, const char *slug);

/*
 * The default pack list: each --bank directory (extra, may be NULL), then
 * ACE_BANK_PATH entries, then the built-in bank. Returns a NULL-terminated
 * array; free with bank_dirs_free().
 */
char **bank_default_dirs(const char *const *extra);
void bank_dirs_free(char **dirs);
/* The built-in bank's directory (caller frees), or NULL if it cannot be found. */
char *bank_builtin_dir(void);

/*
 * Load one problem directory (problem.yaml and, with tests, tests.yaml and
 * the files it refers to). Errors go to diags. Returns the problem or NULL.
 */
struct problem *problem_load(const char *dir, const char *pack, bool with_tests, struct diags *diags);
/* Read tests.yaml / test_solution.py and check the files; 0, or -1 with diags. */
int problem_load_tests(struct problem *p, struct diags *diags);
void problem_free(struct problem *p);

/* Read a file of the problem (e.g. "statement.md") into out, at most max bytes; -1 with a message in err. */
int problem_read(const struct problem *p, const char *name, size_t max, struct buf *out, char **err);
/* The problem's visible test cases count. */
size_t problem_visible_count(const struct problem *p);

const char *difficulty_name(enum difficulty d);
int difficulty_from_name(const char *s);
const char *compare_name(enum compare_mode m);

#endif
