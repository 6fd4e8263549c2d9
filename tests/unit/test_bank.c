/*
 * test_bank.c - unit tests of problem loading and validation (bank/problem.c)
 * and of the bank of packs (bank/bank.h).
 *
 * Validation is table-driven: ACE_SOURCE_DIR/tests/unit/data/problems.txt
 * holds problem directories, each a valid one with one kind of mistake, and
 * the diagnostic (file, line, field, message) each must produce. Every case
 * runs; the failures are listed with every diagnostic that was produced.
 * Packs for bank_open() are built here in C, in a mkdtemp directory that
 * teardown removes.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bank/bank.h"
#include "judge/verdict.h"
#include "util/fs.h"
#include "util/xalloc.h"

#include "testutil.h"

struct fx {
	char *dir;
};

static int setup(void **state)
{
	struct fx *fx = xcalloc(1, sizeof(*fx));

	fx->dir = make_tmpdir("bank");
	if (!fx->dir) {
		free(fx);
		return -1;
	}
	unsetenv("ACE_BANK_PATH");
	unsetenv("ACE_BUILTIN_BANK");
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;

	unsetenv("ACE_BANK_PATH");
	unsetenv("ACE_BUILTIN_BANK");
	rm_rf(fx->dir);
	free(fx->dir);
	free(fx);
	return 0;
}

/* Write content to dir/name, creating directories on the way. */
static void write_file(const char *dir, const char *name, const char *content)
{
	char *path = fs_join(dir, name);
	char *parent = xstrdup(path);

	*strrchr(parent, '/') = '\0';
	if (fs_mkdir_p(parent, 0755) < 0)
		fail_msg("mkdir -p %s: %s", parent, strerror(errno));
	write_bytes(path, content, strlen(content));
	free(parent);
	free(path);
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* ---- the problems.txt table ---- */

struct pfile {
	char *name;
	char *content; /* NULL: the file is removed */
};

struct pexpect {
	char *file, *field, *text;
	int line;
};

struct pcase {
	char *name;
	size_t at; /* line of "===" in problems.txt */
	char *dir;
	bool slash, ok;
	struct pexpect ex[8];
	size_t nex;
	struct pfile files[12];
	size_t nfiles;
};

/* Split "a | b | c | d" into n trimmed parts in place; false when there are fewer. */
static bool split_bars(char *s, char **parts, int n)
{
	for (int i = 0; i < n; i++) {
		char *bar = i < n - 1 ? strchr(s, '|') : NULL;

		if (i < n - 1 && !bar)
			return false;
		if (bar)
			*bar = '\0';
		parts[i] = trim(s);
		s = bar ? bar + 1 : s;
	}
	return true;
}

static void add_file(struct pcase *c, const char *name, char *content)
{
	if (c->nfiles == sizeof(c->files) / sizeof(c->files[0]))
		fail_msg("problems.txt:%zu: too many files in one case", c->at);
	c->files[c->nfiles].name = xstrdup(name);
	c->files[c->nfiles++].content = content;
}

static struct pcase *read_cases(size_t *ncases)
{
	char *path = data_path("problems.txt");
	FILE *f = fopen(path, "r");
	struct pcase *cases = NULL, *c = NULL;
	size_t n = 0, cap = 0, lineno = 0, len = 0;
	char *line = NULL, *body_name = NULL;
	FILE *body = NULL;
	char *body_text = NULL;
	size_t body_size = 0;
	ssize_t got;

	if (!f)
		fail_msg("%s: expected a readable data file, got: %s", path, strerror(errno));
	for (;;) {
		got = getline(&line, &len, f);
		lineno++;
		if (got > 0 && line[got - 1] == '\n')
			line[--got] = '\0';
		/* A body ends at the next case, file, section heading or the end. */
		if (body && (got < 0 || !strncmp(line, "=== ", 4) || !strncmp(line, ">>> ", 4) ||
		             !strncmp(line, "## ", 3))) {
			fclose(body);
			while (body_size && body_text[body_size - 1] == '\n' &&
			       (body_size == 1 || body_text[body_size - 2] == '\n'))
				body_text[--body_size] = '\0';
			add_file(c, body_name, body_text);
			free(body_name);
			body = NULL;
		}
		if (got < 0)
			break;
		if (!strncmp(line, "=== ", 4)) {
			if (n == cap) {
				cap = cap ? cap * 2 : 64;
				cases = xreallocarray(cases, cap, sizeof(*cases));
			}
			c = &cases[n++];
			memset(c, 0, sizeof(*c));
			c->name = xstrdup(line + 4);
			c->at = lineno;
			c->dir = xstrdup("demo");
		} else if (!strncmp(line, ">>> ", 4)) {
			if (!c)
				fail_msg("problems.txt:%zu: a file before the first case", lineno);
			body_name = xstrdup(trim(line + 4));
			body_text = NULL;
			body_size = 0;
			body = open_memstream(&body_text, &body_size);
			assert_non_null(body);
		} else if (body) {
			fprintf(body, "%s\n", line);
			fflush(body);
		} else if (!*line || line[0] == '#') {
			continue;
		} else if (!c) {
			fail_msg("problems.txt:%zu: \"%s\" before the first case", lineno, line);
		} else if (!strcmp(line, "expect: ok")) {
			c->ok = true;
		} else if (!strncmp(line, "expect: ", 8)) {
			char *p[4];
			struct pexpect *e = &c->ex[c->nex];

			if (c->nex == sizeof(c->ex) / sizeof(c->ex[0]) || !split_bars(line + 8, p, 4))
				fail_msg("problems.txt:%zu: expected \"expect: FILE | LINE | FIELD | TEXT\"",
				         lineno);
			e->file = xasprintf("/%s", p[0]);
			e->line = (int)strtol(p[1], NULL, 10);
			e->field = strcmp(p[2], "-") ? xstrdup(p[2]) : NULL;
			e->text = xstrdup(p[3]);
			c->nex++;
		} else if (!strncmp(line, "dir: ", 5)) {
			free(c->dir);
			c->dir = xstrdup(trim(line + 5));
		} else if (!strcmp(line, "slash: yes")) {
			c->slash = true;
		} else if (!strncmp(line, "without: ", 9)) {
			add_file(c, trim(line + 9), NULL);
		} else {
			fail_msg("problems.txt:%zu: unknown directive \"%s\"", lineno, line);
		}
	}
	free(line);
	fclose(f);
	free(path);
	*ncases = n;
	return cases;
}

static void free_cases(struct pcase *cases, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct pcase *c = &cases[i];

		free(c->name);
		free(c->dir);
		for (size_t k = 0; k < c->nex; k++) {
			free(c->ex[k].file);
			free(c->ex[k].field);
			free(c->ex[k].text);
		}
		for (size_t k = 0; k < c->nfiles; k++) {
			free(c->files[k].name);
			free(c->files[k].content);
		}
	}
	free(cases);
}

/* The case's content for a file: its own, else the first case's; NULL when absent or removed. */
static const struct pfile *case_file(const struct pcase *c, const struct pcase *base, const char *name)
{
	for (size_t k = 0; k < c->nfiles; k++)
		if (!strcmp(c->files[k].name, name))
			return &c->files[k];
	for (size_t k = 0; k < base->nfiles; k++)
		if (!strcmp(base->files[k].name, name))
			return &base->files[k];
	return NULL;
}

static void build_case(const char *dir, const struct pcase *c, const struct pcase *base)
{
	const struct pcase *both[2] = {base, c};

	if (fs_mkdir_p(dir, 0755) < 0)
		fail_msg("mkdir -p %s: %s", dir, strerror(errno));
	for (int b = 0; b < 2; b++) {
		for (size_t k = 0; k < both[b]->nfiles; k++) {
			const struct pfile *pf = case_file(c, base, both[b]->files[k].name);

			if (pf && pf->content)
				write_file(dir, pf->name, pf->content);
		}
	}
}

static bool diag_matches(const struct diag *g, const struct pexpect *e)
{
	if (g->warning || !ends_with(g->file, e->file) || g->line != e->line)
		return false;
	if (!e->field != !g->field || (e->field && strcmp(e->field, g->field)))
		return false;
	return strstr(g->message, e->text) != NULL;
}

/* Run one case; print what went wrong and return false, or return true. */
static bool run_case(struct fx *fx, size_t i, const struct pcase *c, const struct pcase *base)
{
	char *root = xasprintf("%s/case-%zu", fx->dir, i);
	char *dir = fs_join(root, c->dir);
	char *given = c->slash ? xasprintf("%s/", dir) : xstrdup(dir);
	struct diags d = {0};
	struct problem *p;
	bool ok = true;

	build_case(dir, c, base);
	p = problem_load(given, root, true, &d);
	if (c->ok) {
		if (!p || d.n) {
			char *s = show_diags(&d);

			print_error("problems.txt:%zu: %s: expected the problem to load without diagnostics, "
			            "got %s with:%s\n",
			            c->at, c->name, p ? "a problem" : "NULL", s);
			free(s);
			ok = false;
		} else if (!p->tests_loaded || !p->ntests) {
			print_error("problems.txt:%zu: %s: expected its tests loaded, got %zu tests\n", c->at,
			            c->name, p->ntests);
			ok = false;
		}
	} else {
		if (p || !d.errors) {
			print_error("problems.txt:%zu: %s: expected the load to fail with errors, got %s and "
			            "%zu errors\n",
			            c->at, c->name, p ? "a problem" : "NULL", d.errors);
			ok = false;
		}
		for (size_t k = 0; k < c->nex; k++) {
			const struct pexpect *e = &c->ex[k];
			bool found = false;

			for (size_t j = 0; j < d.n && !found; j++)
				found = diag_matches(&d.v[j], e);
			if (!found) {
				char *s = show_diags(&d);

				print_error(
				    "problems.txt:%zu: %s: expected a diagnostic \"...%s:%d: %s%s%s\", "
				    "got:%s\n",
				    c->at, c->name, e->file, e->line, e->field ? e->field : "",
				    e->field ? ": ...: " : "...", e->text, s);
				free(s);
				ok = false;
			}
		}
	}
	problem_free(p);
	diags_release(&d);
	free(given);
	free(dir);
	free(root);
	return ok;
}

static void test_problem_table(void **state)
{
	struct fx *fx = *state;
	size_t n, failures = 0, errors = 0;
	struct pcase *cases = read_cases(&n);

	if (n < 50)
		fail_msg("problems.txt: expected at least 50 cases, got %zu", n);
	if (!cases[0].ok)
		fail_msg("problems.txt: expected the first case to be a valid problem (expect: ok)");
	for (size_t i = 0; i < n; i++) {
		if (!cases[i].ok && !cases[i].nex)
			fail_msg("problems.txt:%zu: %s: expected \"expect:\" lines", cases[i].at,
			         cases[i].name);
		errors += !cases[i].ok;
		if (!run_case(fx, i, &cases[i], &cases[0]))
			failures++;
	}
	free_cases(cases, n);
	if (errors < 40)
		fail_msg("problems.txt: expected at least 40 cases of mistakes, got %zu", errors);
	if (failures)
		fail_msg("%zu of %zu problem cases failed (listed above)", failures, n);
}

/* ---- problems built in C ---- */

#define STATEMENT "Do it.\n"
#define SOLUTION  "def solve(nums):\n    return sum(nums)\n"
#define TESTS     "- {name: example, visible: true, args: [[1, 2]], expected: 3}\n"

/* A valid problem pack/problems/slug (entry solve) with the given title. */
static char *write_problem(const char *pack, const char *slug, const char *title)
{
	char *dir = xasprintf("%s/problems/%s", pack, slug);
	char *yaml = xasprintf("slug: %s\ntitle: %s\ndifficulty: easy\ntopics: [dsa.arrays]\n"
	                       "entry: {name: solve, signature: \"def solve(nums):\"}\n"
	                       "complexity: {time: O(n), space: O(1)}\nhints: [Sum.]\n",
	                       slug, title);

	write_file(dir, "problem.yaml", yaml);
	write_file(dir, "statement.md", STATEMENT);
	write_file(dir, "solution.py", SOLUTION);
	write_file(dir, "tests.yaml", TESTS);
	free(yaml);
	return dir;
}

static struct problem *load_ok(const char *dir, bool with_tests)
{
	struct diags d = {0};
	struct problem *p = problem_load(dir, NULL, with_tests, &d);

	if (!p || d.n) {
		char *s = show_diags(&d);

		fail_msg("problem_load(%s): expected success without diagnostics, got %s with:%s", dir,
		         p ? "a problem" : "NULL", s);
	}
	diags_release(&d);
	return p;
}

static void test_problem_fields(void **state)
{
	struct fx *fx = *state;
	char *dir = xasprintf("%s/pack/problems/merge-k", fx->dir);
	struct problem *p;

	write_file(dir, "problem.yaml",
	           "slug: merge-k\n"
	           "title: Merge K Lists\n"
	           "difficulty: hard\n"
	           "topics: [dsa.heap, dsa.linked-list]\n"
	           "entry:\n"
	           "  name: merge\n"
	           "  signature: \"def merge(head, k):\"\n"
	           "  arg_types: [list_node, json]\n"
	           "  return_type: list_node\n"
	           "limits: {time_ms: 1500, memory_mb: 128, output_kb: 32}\n"
	           "compare: unordered_deep\n"
	           "complexity: {time: O(n log k), space: O(k)}\n"
	           "hints: [One., Two.]\n"
	           "follow_ups: [Three?]\n"
	           "naive: {file: naive.py, verdict: time_limit}\n");
	write_file(dir, "statement.md", STATEMENT);
	write_file(dir, "solution.py", "def merge(head, k):\n    return head\n");
	write_file(dir, "naive.py", "def merge(head, k):\n    return head\n");
	write_file(dir, "gen.py", "def generate(n, rng):\n    return [list(range(n)), 1]\n");
	write_file(dir, "tests.yaml",
	           "- {name: ex1, visible: true, args: [[1, 2], 1], expected: [2, 1]}\n"
	           "- name: hidden\n"
	           "  args: [[], 0]\n"
	           "  expected: []\n"
	           "  time_ms: 300\n"
	           "- {name: big, generate: {size: 1000, seed: 42}}\n");

	p = load_ok(dir, true);
	EXPECT_STR("slug", "merge-k", p->slug);
	EXPECT_STR("title", "Merge K Lists", p->title);
	EXPECT_STR("dir", dir, p->dir);
	EXPECT_STR("pack (NULL: the directory)", dir, p->pack);
	EXPECT_INT("difficulty", DIFF_HARD, p->difficulty);
	EXPECT_INT("topics", 2, p->topics.n);
	EXPECT_STR("topics[1]", "dsa.linked-list", p->topics.v[1]);
	EXPECT_INT("kind", ENTRY_FUNCTION, p->kind);
	EXPECT_STR("entry_name", "merge", p->entry_name);
	EXPECT_STR("signature", "def merge(head, k):", p->signature);
	EXPECT_INT("arg_types", 2, p->arg_types.n);
	EXPECT_STR("arg_types[0]", "list_node", p->arg_types.v[0]);
	EXPECT_STR("return_type", "list_node", p->return_type);
	EXPECT_INT("time_ms", 1500, p->time_ms);
	EXPECT_INT("memory_mb", 128, p->memory_mb);
	EXPECT_INT("output_kb", 32, p->output_kb);
	EXPECT_INT("compare", CMP_UNORDERED_DEEP, p->compare);
	EXPECT_STR("time_complexity", "O(n log k)", p->time_complexity);
	EXPECT_STR("space_complexity", "O(k)", p->space_complexity);
	EXPECT_INT("hints", 2, p->hints.n);
	EXPECT_STR("hints[1]", "Two.", p->hints.v[1]);
	EXPECT_INT("follow_ups", 1, p->follow_ups.n);
	EXPECT_STR("naive_file", "naive.py", p->naive_file);
	EXPECT_INT("naive_verdict", V_TIME_LIMIT, p->naive_verdict);
	if (!p->has_gen || p->has_checker || p->has_asserts || p->has_starter || !p->has_tests_yaml)
		fail_msg("has_*: expected gen and tests.yaml only, got gen %d checker %d asserts %d "
		         "starter %d tests_yaml %d",
		         p->has_gen, p->has_checker, p->has_asserts, p->has_starter, p->has_tests_yaml);

	if (!p->tests_loaded)
		fail_msg("tests_loaded: expected true with with_tests, got false");
	EXPECT_INT("ntests", 3, p->ntests);
	EXPECT_STR("tests[0].name", "ex1", p->tests[0].name);
	EXPECT_INT("tests[0].visible", 1, p->tests[0].visible);
	EXPECT_INT("tests[0].kind", CASE_ARGS, p->tests[0].kind);
	EXPECT_JSON("tests[0].args", "[[1, 2], 1]", p->tests[0].args);
	EXPECT_JSON("tests[0].expected", "[2, 1]", p->tests[0].expected);
	EXPECT_INT("tests[0].line", 1, p->tests[0].line);
	EXPECT_INT("tests[0].time_ms (0: the problem's)", 0, p->tests[0].time_ms);
	EXPECT_INT("tests[1].visible (hidden by default)", 0, p->tests[1].visible);
	EXPECT_INT("tests[1].line", 2, p->tests[1].line);
	EXPECT_INT("tests[1].time_ms", 300, p->tests[1].time_ms);
	EXPECT_JSON("tests[1].expected", "[]", p->tests[1].expected);
	EXPECT_INT("tests[2].kind", CASE_GENERATE, p->tests[2].kind);
	EXPECT_INT("tests[2].size", 1000, p->tests[2].size);
	EXPECT_INT("tests[2].seed", 42, p->tests[2].seed);
	EXPECT_INT("tests[2].line", 6, p->tests[2].line);
	if (p->tests[2].args || p->tests[2].expected)
		fail_msg("tests[2] (generate): expected args and expected NULL, got values");
	EXPECT_INT("problem_visible_count", 1, problem_visible_count(p));
	problem_free(p);
	free(dir);
}

static void test_problem_defaults(void **state)
{
	struct fx *fx = *state;
	char *pack = xasprintf("%s/pack", fx->dir);
	char *dir = write_problem(pack, "plain", "Plain");
	struct problem *p = load_ok(dir, false);

	EXPECT_INT("kind", ENTRY_FUNCTION, p->kind);
	EXPECT_STR("return_type", "json", p->return_type);
	EXPECT_INT("arg_types", 0, p->arg_types.n);
	EXPECT_INT("time_ms", 2000, p->time_ms);
	EXPECT_INT("memory_mb", 256, p->memory_mb);
	EXPECT_INT("output_kb", 64, p->output_kb);
	EXPECT_INT("compare", CMP_EXACT, p->compare);
	if (fabs(p->float_tolerance - 1e-6) > 1e-12)
		fail_msg("float_tolerance: expected 1e-6, got %g", p->float_tolerance);
	EXPECT_INT("follow_ups", 0, p->follow_ups.n);
	EXPECT_STR("naive_file", NULL, p->naive_file);
	if (p->tests_loaded || p->ntests)
		fail_msg("without with_tests: expected no tests loaded, got %zu", p->ntests);
	problem_free(p);
	free(dir);
	free(pack);
}

static void test_tests_loaded_on_demand(void **state)
{
	struct fx *fx = *state;
	char *pack = xasprintf("%s/pack", fx->dir);
	char *dir = write_problem(pack, "lazy", "Lazy");
	struct diags d = {0};
	struct problem *p;

	/* bank_open loads without tests: a broken tests.yaml does not stop the listing. */
	write_file(dir, "tests.yaml", "- 42\n");
	p = load_ok(dir, false);
	EXPECT_INT("problem_load_tests of a broken tests.yaml", -1, problem_load_tests(p, &d));
	EXPECT_INT("diags", 1, d.n);
	EXPECT_STR("diag field", "[0]", d.v[0].field);
	EXPECT_INT("diag line", 1, d.v[0].line);
	if (p->tests_loaded || p->ntests || p->tests)
		fail_msg("after a failed load: expected no tests, got %zu", p->ntests);
	diags_release(&d);

	write_file(dir, "tests.yaml", TESTS "- {name: second, args: [[5]], expected: 5}\n");
	EXPECT_INT("problem_load_tests after the fix", 0, problem_load_tests(p, &d));
	EXPECT_INT("tests", 2, p->ntests);
	/* Loaded once: a later change on disk is not read again. */
	write_file(dir, "tests.yaml", "- 42\n");
	EXPECT_INT("problem_load_tests again", 0, problem_load_tests(p, &d));
	EXPECT_INT("tests after the second call", 2, p->ntests);
	EXPECT_INT("diags", 0, d.n);
	problem_free(p);
	free(dir);
	free(pack);
}

static void test_assert_tests(void **state)
{
	struct fx *fx = *state;
	char *pack = xasprintf("%s/pack", fx->dir);
	char *dir = write_problem(pack, "deco", "Deco");
	char *tests_yaml = fs_join(dir, "tests.yaml");
	struct problem *p;

	/* A problem has tests.yaml or test_solution.py, not both. */
	if (unlink(tests_yaml) < 0)
		fail_msg("unlink %s: %s", tests_yaml, strerror(errno));
	free(tests_yaml);
	write_file(dir, "test_solution.py",
	           "import solution\n"
	           "\n"
	           "def test_example_basic():\n"
	           "    assert solution.solve([1]) == 1\n"
	           "\n"
	           "def helper():\n"
	           "    def test_nested():\n"
	           "        pass\n"
	           "\n"
	           "def test_no_paren\n"
	           "def test_hidden_2(tmp):\n"
	           "    pass\n");
	p = load_ok(dir, true);
	if (!p->has_asserts)
		fail_msg("has_asserts: expected true with test_solution.py, got false");
	if (p->has_tests_yaml)
		fail_msg("has_tests_yaml: expected false, got true");
	/* Top-level "def test_*(" only, in file order. */
	EXPECT_INT("tests", 2, p->ntests);
	EXPECT_STR("tests[0]", "test_example_basic", p->tests[0].name);
	EXPECT_INT("tests[0].kind", CASE_ASSERT, p->tests[0].kind);
	EXPECT_INT("tests[0].visible (test_example*)", 1, p->tests[0].visible);
	EXPECT_INT("tests[0].line", 0, p->tests[0].line);
	if (p->tests[0].args || p->tests[0].expected)
		fail_msg("tests[0] (assert): expected args and expected NULL, got values");
	EXPECT_STR("tests[1]", "test_hidden_2", p->tests[1].name);
	EXPECT_INT("tests[1].visible", 0, p->tests[1].visible);
	EXPECT_INT("problem_visible_count", 1, problem_visible_count(p));
	problem_free(p);
	free(dir);
	free(pack);
}

static void test_problem_read(void **state)
{
	struct fx *fx = *state;
	char *pack = xasprintf("%s/pack", fx->dir);
	char *dir = write_problem(pack, "readme", "Read Me");
	struct problem *p = load_ok(dir, false);
	struct buf b;
	char *err = NULL;

	buf_init(&b, BUF_NOLIMIT);
	EXPECT_INT("problem_read statement.md", 0, problem_read(p, "statement.md", 1000, &b, &err));
	EXPECT_STR("statement", STATEMENT, b.data);
	EXPECT_STR("err on success", NULL, err);
	EXPECT_INT("problem_read with a small max", -1, problem_read(p, "statement.md", 3, &b, &err));
	EXPECT_CONTAINS("its message", "statement.md is larger than 3 bytes", err);
	free(err);
	err = NULL;
	EXPECT_INT("problem_read of a missing file", -1, problem_read(p, "checker.py", 1000, &b, &err));
	EXPECT_CONTAINS("its message", "cannot read", err);
	EXPECT_CONTAINS("its message", "checker.py: No such file or directory", err);
	free(err);
	buf_release(&b);
	problem_free(p);
	free(dir);
	free(pack);
}

/* ---- bank_open and friends ---- */

static bank_t *open_bank(const char *const *dirs, struct diags *d, int want_rc)
{
	bank_t *b = NULL;
	int rc = bank_open(dirs, &b, d);

	if (rc != want_rc) {
		char *s = show_diags(d);

		fail_msg("bank_open: expected %d, got %d with:%s", want_rc, rc, s);
	}
	if (!b)
		fail_msg("bank_open: expected a bank, got NULL");
	return b;
}

static const struct diag *find_diag(const struct diags *d, const char *file_part)
{
	for (size_t i = 0; i < d->n; i++)
		if (strstr(d->v[i].file, file_part))
			return &d->v[i];
	return NULL;
}

static void test_bank_good_and_broken(void **state)
{
	struct fx *fx = *state;
	char *pack = xasprintf("%s/pack", fx->dir);
	char *good = write_problem(pack, "good", "Good");
	char *broken = write_problem(pack, "broken", "Broken");
	const char *dirs[] = {pack, NULL};
	struct diags d = {0};
	const struct diag *g;
	bank_t *b;

	write_file(broken, "problem.yaml", "slug: broken\ntitle: Broken\ndifficulty: impossible\n");
	b = open_bank(dirs, &d, 0);
	EXPECT_INT("problems loaded", 1, bank_count(b));
	EXPECT_STR("the good one", "good", bank_get(b, 0)->slug);
	EXPECT_STR("its pack", pack, bank_get(b, 0)->pack);
	EXPECT_STR("its dir", good, bank_get(b, 0)->dir);
	if (bank_find(b, "broken"))
		fail_msg("bank_find(broken): expected NULL for a problem with errors, got a problem");
	if (!d.errors)
		fail_msg("diags: expected errors for the broken problem, got none");
	g = find_diag(&d, "/problems/broken/problem.yaml");
	if (!g) {
		char *s = show_diags(&d);

		fail_msg("diags: expected one naming problems/broken/problem.yaml, got:%s", s);
	}
	if (find_diag(&d, "/problems/good/"))
		fail_msg("diags: expected none about the good problem, got one");
	bank_free(b);
	diags_release(&d);
	free(good);
	free(broken);
	free(pack);
}

static void test_bank_duplicate_slugs(void **state)
{
	struct fx *fx = *state;
	char *first = xasprintf("%s/first", fx->dir);
	char *second = xasprintf("%s/second", fx->dir);
	char *a = write_problem(first, "two-sum", "Two Sum (first)");
	char *b2 = write_problem(second, "two-sum", "Two Sum (second)");
	char *c = write_problem(second, "three-sum", "Three Sum");
	const char *dirs[] = {first, second, NULL};
	struct diags d = {0};
	struct problem *p;
	bank_t *b;

	b = open_bank(dirs, &d, 0);
	EXPECT_INT("problems", 2, bank_count(b));
	p = bank_find(b, "two-sum");
	if (!p)
		fail_msg("bank_find(two-sum): expected a problem, got NULL");
	EXPECT_STR("the first pack wins", "Two Sum (first)", p->title);
	EXPECT_STR("its pack", first, p->pack);
	EXPECT_INT("diags", 1, d.n);
	EXPECT_INT("errors (a clash is a warning)", 0, d.errors);
	if (!d.v[0].warning)
		fail_msg("the clash: expected a warning, got an error");
	EXPECT_STR("the warning's file", b2, d.v[0].file);
	EXPECT_STR("the warning's field", "slug", d.v[0].field);
	EXPECT_CONTAINS("the warning", "'two-sum' is also defined in", d.v[0].message);
	EXPECT_CONTAINS("the warning names the winner", a, d.v[0].message);
	bank_free(b);
	diags_release(&d);
	free(a);
	free(b2);
	free(c);
	free(first);
	free(second);
}

static void test_bank_order(void **state)
{
	struct fx *fx = *state;
	char *p1 = xasprintf("%s/p1", fx->dir);
	char *p2 = xasprintf("%s/p2", fx->dir);
	char *made[4];
	const char *dirs[] = {p1, p2, NULL};
	static const char *const want[] = {"a-one", "b-two", "a-zero", "c-three"};
	struct diags d = {0};
	bank_t *b;

	made[0] = write_problem(p1, "b-two", "B");
	made[1] = write_problem(p1, "a-one", "A");
	made[2] = write_problem(p2, "c-three", "C");
	made[3] = write_problem(p2, "a-zero", "Z");
	/* Hidden directories and plain files in problems/ are not problems. */
	write_file(p1, "problems/.hidden/problem.yaml", "not: valid\n");
	write_file(p1, "problems/README.md", "notes\n");

	b = open_bank(dirs, &d, 0);
	EXPECT_INT("diags", 0, d.n);
	EXPECT_INT("problems", 4, bank_count(b));
	for (size_t i = 0; i < 4; i++) {
		char what[32];

		snprintf(what, sizeof(what), "bank_get(%zu)", i);
		EXPECT_STR(what, want[i], bank_get(b, i)->slug);
	}
	if (bank_get(b, 4))
		fail_msg("bank_get(4): expected NULL past the end, got a problem");
	bank_free(b);
	for (size_t i = 0; i < 4; i++)
		free(made[i]);
	free(p1);
	free(p2);
}

static void test_bank_not_packs(void **state)
{
	struct fx *fx = *state;
	char *missing = xasprintf("%s/missing", fx->dir);
	char *empty = xasprintf("%s/empty", fx->dir);
	char *pack = xasprintf("%s/pack", fx->dir);
	char *single = write_problem(pack, "single", "Single");
	const char *none[] = {missing, empty, NULL};
	const char *some[] = {missing, single, NULL};
	struct diags d = {0};
	bank_t *b;

	if (mkdir(empty, 0755) < 0)
		fail_msg("mkdir %s: %s", empty, strerror(errno));
	b = open_bank(none, &d, -1);
	EXPECT_INT("problems", 0, bank_count(b));
	EXPECT_INT("diags", 2, d.n);
	EXPECT_STR("first diag's file", missing, d.v[0].file);
	EXPECT_CONTAINS("a missing directory", "no such directory", d.v[0].message);
	EXPECT_STR("second diag's file", empty, d.v[1].file);
	EXPECT_CONTAINS("a directory that is not a pack", "not a pack", d.v[1].message);
	bank_free(b);
	diags_release(&d);

	/* One usable directory is enough; a problem directory is a pack of one. */
	b = open_bank(some, &d, 0);
	EXPECT_INT("problems", 1, bank_count(b));
	EXPECT_STR("the problem", "single", bank_get(b, 0)->slug);
	EXPECT_STR("its pack is its directory", single, bank_get(b, 0)->pack);
	EXPECT_INT("errors (the missing directory)", 1, d.errors);
	bank_free(b);
	diags_release(&d);
	free(missing);
	free(empty);
	free(pack);
	free(single);
}

static void test_bank_find_suggest(void **state)
{
	struct fx *fx = *state;
	char *pack = xasprintf("%s/pack", fx->dir);
	static const char *const slugs[] = {"two-sum", "three-sum", "valid-parentheses", "coin-change"};
	static const struct {
		const char *typed, *want;
	} cases[] = {
	    {"two-sun", "two-sum"},
	    {"twosum", "two-sum"},
	    {"two-sum", "two-sum"},
	    {"thre-sum", "three-sum"},
	    {"parentheses", "valid-parentheses"},
	    {"coin-chnage", "coin-change"},
	    {"xyzzy", NULL},
	    {"graph-coloring", NULL},
	    {"", NULL},
	};
	char *made[4];
	const char *dirs[] = {pack, NULL};
	struct diags d = {0};
	bank_t *b;

	for (size_t i = 0; i < 4; i++)
		made[i] = write_problem(pack, slugs[i], slugs[i]);
	b = open_bank(dirs, &d, 0);
	EXPECT_INT("problems", 4, bank_count(b));
	if (!bank_find(b, "two-sum") || strcmp(bank_find(b, "two-sum")->slug, "two-sum"))
		fail_msg("bank_find(two-sum): expected the problem, got %s",
		         bank_find(b, "two-sum") ? bank_find(b, "two-sum")->slug : "NULL");
	if (bank_find(b, "two-sun") || bank_find(b, "two") || bank_find(b, ""))
		fail_msg("bank_find of an inexact slug: expected NULL, got a problem");
	for (size_t i = 0; i < 4; i++) {
		size_t at = 99;
		if (!bank_find_index(b, slugs[i], &at) || at >= bank_count(b))
			fail_msg("bank_find_index(%s): expected a position, got none (or %zu)", slugs[i], at);
		EXPECT_STR("the problem at bank_find_index's position", slugs[i], bank_get(b, at)->slug);
	}
	size_t untouched = 7;
	if (bank_find_index(b, "two-sun", &untouched) || untouched != 7)
		fail_msg("bank_find_index(two-sun): expected false with the index untouched, got %zu",
		         untouched);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char what[64];

		snprintf(what, sizeof(what), "bank_suggest(\"%s\")", cases[i].typed);
		EXPECT_STR(what, cases[i].want, bank_suggest(b, cases[i].typed));
	}
	bank_free(b);
	for (size_t i = 0; i < 4; i++)
		free(made[i]);
	free(pack);
}

/* Two packs whose pack order is not slug order, with a slug in both: the index
 * still finds every problem at its bank_get position, and the first pack wins. */
static void test_bank_find_across_packs(void **state)
{
	struct fx *fx = *state;
	char *first = xasprintf("%s/first", fx->dir), *second = xasprintf("%s/second", fx->dir);
	char *made[5] = {
	    write_problem(first, "zeta", "Zeta"),    write_problem(first, "mid", "Mid (first)"),
	    write_problem(second, "alpha", "Alpha"), write_problem(second, "mid", "Mid (second)"),
	    write_problem(second, "omega", "Omega"),
	};
	const char *dirs[] = {first, second, NULL};
	struct diags d = {0};
	bank_t *b = open_bank(dirs, &d, 0);

	EXPECT_INT("problems (mid twice: the first wins)", 4, bank_count(b));
	EXPECT_STR("first in the bank", "mid", bank_get(b, 0)->slug);
	EXPECT_STR("second in the bank", "zeta", bank_get(b, 1)->slug);
	EXPECT_STR("third in the bank", "alpha", bank_get(b, 2)->slug);
	static const char *const all[] = {"alpha", "mid", "omega", "zeta"};
	for (size_t i = 0; i < 4; i++) {
		size_t at = 99;
		if (!bank_find_index(b, all[i], &at) || at >= bank_count(b))
			fail_msg("bank_find_index(%s): expected a position, got none (or %zu)", all[i], at);
		EXPECT_STR("the problem at its position", all[i], bank_get(b, at)->slug);
		if (bank_find(b, all[i]) != bank_get(b, at))
			fail_msg("bank_find(%s) and bank_find_index disagree", all[i]);
	}
	EXPECT_STR("mid comes from the first pack", first, bank_find(b, "mid")->pack);
	if (bank_find(b, "beta") || bank_find(b, "zz") || bank_find(b, "a"))
		fail_msg("bank_find of a slug in neither pack: expected NULL, got a problem");
	bank_free(b);
	diags_release(&d);
	for (size_t i = 0; i < 5; i++)
		free(made[i]);
	free(first);
	free(second);
}

static void expect_dirs(const char *what, char **got, const char *const *want)
{
	size_t i;

	for (i = 0; want[i] && got[i]; i++)
		if (strcmp(want[i], got[i]) != 0)
			break;
	if (want[i] || got[i]) {
		char *w = xstrdup(""), *g = xstrdup("");

		for (size_t k = 0; want[k]; k++) {
			char *n = xasprintf("%s \"%s\"", w, want[k]);
			free(w);
			w = n;
		}
		for (size_t k = 0; got[k]; k++) {
			char *n = xasprintf("%s \"%s\"", g, got[k]);
			free(g);
			g = n;
		}
		fail_msg("%s: expected [%s ], got [%s ]", what, w, g);
	}
}

static void test_default_dirs(void **state)
{
	const char *extra[] = {"/x", "rel/y", NULL};
	char **dirs;

	setenv("ACE_BUILTIN_BANK", "/builtin", 1);
	setenv("ACE_BANK_PATH", "a::b", 1);
	dirs = bank_default_dirs(extra);
	expect_dirs("--bank, then ACE_BANK_PATH=a::b, then the built-in bank", dirs,
	            (const char *const[]){"/x", "rel/y", "a", "b", "/builtin", NULL});
	bank_dirs_free(dirs);

	setenv("ACE_BANK_PATH", ":/one:::/two:", 1);
	dirs = bank_default_dirs(NULL);
	expect_dirs("ACE_BANK_PATH=:/one:::/two:", dirs,
	            (const char *const[]){"/one", "/two", "/builtin", NULL});
	bank_dirs_free(dirs);

	setenv("ACE_BANK_PATH", "", 1);
	dirs = bank_default_dirs((const char *const[]){NULL});
	expect_dirs("ACE_BANK_PATH empty", dirs, (const char *const[]){"/builtin", NULL});
	bank_dirs_free(dirs);

	/* Many entries (past the first allocation). */
	setenv("ACE_BANK_PATH", "1:2:3:4:5:6:7:8:9:10", 1);
	dirs = bank_default_dirs(extra);
	expect_dirs("ten ACE_BANK_PATH entries", dirs,
	            (const char *const[]){"/x", "rel/y", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
	                                  "/builtin", NULL});
	bank_dirs_free(dirs);
	bank_dirs_free(NULL);
}

static void test_builtin_dir(void **state)
{
	char *dir;

	setenv("ACE_BUILTIN_BANK", "/somewhere/bank", 1);
	dir = bank_builtin_dir();
	EXPECT_STR("bank_builtin_dir with ACE_BUILTIN_BANK", "/somewhere/bank", dir);
	free(dir);
	/* Without it, this checkout's bank/ is found (the build knows ACE_SOURCE_DIR). */
	unsetenv("ACE_BUILTIN_BANK");
	dir = bank_builtin_dir();
	if (!dir)
		fail_msg("bank_builtin_dir: expected a directory, got NULL");
	{
		char *probs = fs_join(dir, "problems");

		if (!fs_is_dir(probs))
			fail_msg("bank_builtin_dir: expected a pack with problems/, got \"%s\"", dir);
		free(probs);
	}
	free(dir);
}

static void test_names(void **state)
{
	static const char *const diffs[] = {"easy", "medium", "hard"};
	static const char *const modes[] = {"exact", "unordered", "unordered_deep", "float", "checker"};

	for (int i = 0; i < 3; i++) {
		EXPECT_STR("difficulty_name", diffs[i], difficulty_name((enum difficulty)i));
		EXPECT_INT(diffs[i], i, difficulty_from_name(diffs[i]));
	}
	EXPECT_INT("difficulty_from_name(\"Easy\")", -1, difficulty_from_name("Easy"));
	EXPECT_INT("difficulty_from_name(\"\")", -1, difficulty_from_name(""));
	EXPECT_STR("difficulty_name(7)", "?", difficulty_name((enum difficulty)7));
	for (int i = 0; i < 5; i++)
		EXPECT_STR("compare_name", modes[i], compare_name((enum compare_mode)i));
	EXPECT_STR("compare_name(9)", "?", compare_name((enum compare_mode)9));
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
	    T(test_problem_table),          T(test_problem_fields),       T(test_problem_defaults),
	    T(test_tests_loaded_on_demand), T(test_assert_tests),         T(test_problem_read),
	    T(test_bank_good_and_broken),   T(test_bank_duplicate_slugs), T(test_bank_order),
	    T(test_bank_not_packs),         T(test_bank_find_suggest),    T(test_bank_find_across_packs),
	    T(test_default_dirs),           T(test_builtin_dir),          cmocka_unit_test(test_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
