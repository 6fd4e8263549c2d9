/*
 * test_config.c - unit tests of the user's settings (config/config.h).
 *
 * The table ACE_SOURCE_DIR/tests/unit/data/config.txt holds config files and
 * the settings or the diagnostics (line, field, message) each must give;
 * every case runs with HOME=/home/tester, failures are listed, then the test
 * fails. The default location, unreadable and oversized files are built
 * here in C, in a mkdtemp directory that teardown removes.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config/config.h"
#include "util/buf.h"
#include "util/xalloc.h"

#include "testutil.h"

struct fx {
	char *dir;
	char *home, *xdg; /* saved HOME and XDG_CONFIG_HOME, restored by teardown */
};

static char *saved(const char *name)
{
	const char *v = getenv(name);

	return v ? xstrdup(v) : NULL;
}

static void restore(const char *name, const char *value)
{
	if (value)
		setenv(name, value, 1);
	else
		unsetenv(name);
}

static int setup(void **state)
{
	struct fx *fx = xcalloc(1, sizeof(*fx));

	fx->dir = make_tmpdir("config");
	if (!fx->dir) {
		free(fx);
		return -1;
	}
	fx->home = saved("HOME");
	fx->xdg = saved("XDG_CONFIG_HOME");
	setenv("HOME", "/home/tester", 1);
	unsetenv("XDG_CONFIG_HOME");
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;

	restore("HOME", fx->home);
	restore("XDG_CONFIG_HOME", fx->xdg);
	rm_rf(fx->dir);
	free(fx->home);
	free(fx->xdg);
	free(fx->dir);
	free(fx);
	return 0;
}

static void expect_defaults(const char *what, const struct config *cfg)
{
	if (cfg->color != COLOR_AUTO || cfg->python || !cfg->banks || cfg->banks[0])
		fail_msg("%s: expected the defaults (color auto, no python, an empty bank list), got color "
		         "%d, python %s, banks %s",
		         what, cfg->color, cfg->python ? cfg->python : "NULL",
		         !cfg->banks     ? "NULL"
		         : cfg->banks[0] ? cfg->banks[0]
		                         : "empty");
}

/* ---- the config.txt table ---- */

struct cexpect {
	int line;
	char *field, *text;
};

struct ccase {
	char *name;
	size_t at;
	char *color, *python, *banks;
	struct cexpect ex[8];
	size_t nex;
	struct buf yaml;
};

static const char *const color_names[] = {"auto", "always", "never"};

/* cfg->banks joined as "a | b" ("-" when empty); caller frees. */
static char *join_banks(char **banks)
{
	char *out = xstrdup("");

	for (size_t i = 0; banks && banks[i]; i++) {
		char *next = xasprintf("%s%s%s", out, i ? " | " : "", banks[i]);

		free(out);
		out = next;
	}
	if (!*out) {
		free(out);
		return xstrdup("-");
	}
	return out;
}

static bool run_config_case(struct fx *fx, size_t i, struct ccase *c)
{
	char *path = xasprintf("%s/case-%zu.yaml", fx->dir, i);
	struct diags d = {0};
	struct config cfg;
	bool ok = true;
	int rc;

	write_bytes(path, c->yaml.data, c->yaml.len);
	rc = config_load(path, &cfg, &d);
	if (!c->nex) {
		char *banks = join_banks(cfg.banks);

		if (rc != 0 || d.n) {
			char *s = show_diags(&d);

			print_error(
			    "config.txt:%zu: %s: expected success without diagnostics, got %d with:%s\n",
			    c->at, c->name, rc, s);
			free(s);
			ok = false;
		}
		if (c->color && ((unsigned)cfg.color > 2 || strcmp(c->color, color_names[cfg.color]))) {
			print_error("config.txt:%zu: %s: expected color %s, got %d\n", c->at, c->name,
			            c->color, cfg.color);
			ok = false;
		}
		if (c->python && strcmp(c->python, cfg.python ? cfg.python : "-")) {
			print_error("config.txt:%zu: %s: expected python %s, got %s\n", c->at, c->name,
			            c->python, cfg.python ? cfg.python : "NULL");
			ok = false;
		}
		if (c->banks && strcmp(c->banks, banks)) {
			print_error("config.txt:%zu: %s: expected banks %s, got %s\n", c->at, c->name,
			            c->banks, banks);
			ok = false;
		}
		if (!cfg.path || strcmp(cfg.path, path)) {
			print_error("config.txt:%zu: %s: expected cfg.path %s, got %s\n", c->at, c->name,
			            path, cfg.path ? cfg.path : "NULL");
			ok = false;
		}
		free(banks);
	} else {
		if (rc != -1 || !d.errors) {
			print_error("config.txt:%zu: %s: expected -1 with errors, got %d and %zu errors\n",
			            c->at, c->name, rc, d.errors);
			ok = false;
		}
		for (size_t k = 0; k < c->nex; k++) {
			const struct cexpect *e = &c->ex[k];
			bool found = false;

			for (size_t j = 0; j < d.n && !found; j++) {
				const struct diag *g = &d.v[j];

				found = !g->warning && !strcmp(g->file, path) && g->line == e->line &&
				        !e->field == !g->field &&
				        (!e->field || !strcmp(e->field, g->field)) &&
				        strstr(g->message, e->text);
			}
			if (!found) {
				char *s = show_diags(&d);

				print_error(
				    "config.txt:%zu: %s: expected a diagnostic \"%s:%d: %s%s%s\", got:%s\n",
				    c->at, c->name, path, e->line, e->field ? e->field : "",
				    e->field ? ": ...: " : "...", e->text, s);
				free(s);
				ok = false;
			}
		}
	}
	if (!cfg.banks) {
		print_error("config.txt:%zu: %s: expected cfg.banks never NULL, got NULL\n", c->at, c->name);
		ok = false;
	}
	config_release(&cfg);
	diags_release(&d);
	free(path);
	return ok;
}

static void test_config_table(void **state)
{
	struct fx *fx = *state;
	char *path = xasprintf("%s/tests/unit/data/config.txt", ACE_SOURCE_DIR);
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t len = 0, lineno = 0, ncases = 0, failures = 0;
	struct ccase c = {0};
	bool in_body = false, have = false;
	ssize_t got;

	if (!f)
		fail_msg("%s: expected a readable data file, got: %s", path, strerror(errno));
	for (;;) {
		got = getline(&line, &len, f);
		lineno++;
		if (got > 0 && line[got - 1] == '\n')
			line[--got] = '\0';
		if (have && (got < 0 || !strncmp(line, "=== ", 4))) {
			while (c.yaml.len && c.yaml.data[c.yaml.len - 1] == '\n' &&
			       (c.yaml.len == 1 || c.yaml.data[c.yaml.len - 2] == '\n'))
				c.yaml.data[--c.yaml.len] = '\0';
			ncases++;
			if (!run_config_case(fx, ncases, &c))
				failures++;
			free(c.name);
			free(c.color);
			free(c.python);
			free(c.banks);
			for (size_t k = 0; k < c.nex; k++) {
				free(c.ex[k].field);
				free(c.ex[k].text);
			}
			buf_release(&c.yaml);
			have = false;
		}
		if (got < 0)
			break;
		if (!strncmp(line, "=== ", 4)) {
			memset(&c, 0, sizeof(c));
			c.name = xstrdup(line + 4);
			c.at = lineno;
			buf_init(&c.yaml, BUF_NOLIMIT);
			have = true;
			in_body = false;
		} else if (in_body) {
			buf_adds(&c.yaml, line);
			buf_addc(&c.yaml, '\n');
		} else if (!*line || line[0] == '#') {
			continue;
		} else if (!have) {
			fail_msg("config.txt:%zu: \"%s\" before the first case", lineno, line);
		} else if (!strcmp(line, ">>> config.yaml")) {
			in_body = true;
		} else if (!strncmp(line, "color: ", 7)) {
			c.color = xstrdup(trim(line + 7));
		} else if (!strncmp(line, "python: ", 8)) {
			c.python = xstrdup(trim(line + 8));
		} else if (!strncmp(line, "banks: ", 7)) {
			c.banks = xstrdup(trim(line + 7));
		} else if (!strncmp(line, "error: ", 7)) {
			char *a = line + 7, *b = strchr(a, '|'), *t = b ? strchr(b + 1, '|') : NULL;

			if (!t || c.nex == sizeof(c.ex) / sizeof(c.ex[0]))
				fail_msg("config.txt:%zu: expected \"error: LINE | FIELD | TEXT\"", lineno);
			*b = *t = '\0';
			c.ex[c.nex].line = (int)strtol(a, NULL, 10);
			c.ex[c.nex].field = strcmp(trim(b + 1), "-") ? xstrdup(trim(b + 1)) : NULL;
			c.ex[c.nex].text = xstrdup(trim(t + 1));
			c.nex++;
		} else {
			fail_msg("config.txt:%zu: unknown directive \"%s\"", lineno, line);
		}
	}
	free(line);
	fclose(f);
	free(path);
	if (ncases < 15)
		fail_msg("config.txt: expected at least 15 cases, got %zu", ncases);
	if (failures)
		fail_msg("%zu of %zu config cases failed (listed above)", failures, ncases);
}

/* ---- built in C ---- */

static void test_missing_file(void **state)
{
	struct fx *fx = *state;
	char *path = xasprintf("%s/no-such.yaml", fx->dir);
	struct diags d = {0};
	struct config cfg;

	EXPECT_INT("config_load of a missing file", 0, config_load(path, &cfg, &d));
	EXPECT_INT("diags", 0, d.n);
	expect_defaults("a missing file", &cfg);
	EXPECT_STR("cfg.path when there was no file", NULL, cfg.path);
	config_release(&cfg);
	config_release(&cfg); /* twice is harmless */
	free(path);
}

static void test_default_location(void **state)
{
	struct fx *fx = *state;
	char *xdg = xasprintf("%s/xdg", fx->dir);
	char *acedir = xasprintf("%s/ace", xdg);
	char *file = xasprintf("%s/config.yaml", acedir);
	char *home = xasprintf("%s/home", fx->dir);
	char *home_file = xasprintf("%s/.config/ace/config.yaml", home);
	struct diags d = {0};
	struct config cfg;

	/* $XDG_CONFIG_HOME/ace/config.yaml, missing: the defaults. */
	setenv("XDG_CONFIG_HOME", xdg, 1);
	EXPECT_INT("no file at the default location", 0, config_load(NULL, &cfg, &d));
	expect_defaults("no file at the default location", &cfg);
	EXPECT_STR("cfg.path", NULL, cfg.path);
	config_release(&cfg);

	if (mkdir(xdg, 0700) < 0 || mkdir(acedir, 0700) < 0)
		fail_msg("mkdir %s: %s", acedir, strerror(errno));
	write_bytes(file, "color: never\n", 13);
	EXPECT_INT("a file at $XDG_CONFIG_HOME/ace", 0, config_load(NULL, &cfg, &d));
	EXPECT_INT("color", COLOR_NEVER, cfg.color);
	EXPECT_STR("cfg.path", file, cfg.path);
	config_release(&cfg);

	/* A relative XDG_CONFIG_HOME is ignored: ~/.config/ace/config.yaml. */
	setenv("XDG_CONFIG_HOME", "relative/xdg", 1);
	setenv("HOME", home, 1);
	if (mkdir(home, 0700) < 0)
		fail_msg("mkdir %s: %s", home, strerror(errno));
	{
		char *p1 = xasprintf("%s/.config", home), *p2 = xasprintf("%s/.config/ace", home);

		if (mkdir(p1, 0700) < 0 || mkdir(p2, 0700) < 0)
			fail_msg("mkdir %s: %s", p2, strerror(errno));
		free(p1);
		free(p2);
	}
	write_bytes(home_file, "color: always\nbank: [~/p]\n", 26);
	EXPECT_INT("a file at ~/.config/ace", 0, config_load(NULL, &cfg, &d));
	EXPECT_INT("color", COLOR_ALWAYS, cfg.color);
	EXPECT_STR("cfg.path", home_file, cfg.path);
	{
		char *want = xasprintf("%s/p", home);

		EXPECT_STR("bank[0] with ~ as HOME", want, cfg.banks[0]);
		free(want);
	}
	config_release(&cfg);

	/* Neither HOME nor XDG_CONFIG_HOME: no file to read, the defaults. */
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("HOME");
	EXPECT_INT("no HOME", 0, config_load(NULL, &cfg, &d));
	expect_defaults("no HOME", &cfg);
	config_release(&cfg);
	EXPECT_INT("diags", 0, d.n);
	free(xdg);
	free(acedir);
	free(file);
	free(home);
	free(home_file);
}

static void test_no_home_keeps_tilde(void **state)
{
	struct fx *fx = *state;
	char *path = xasprintf("%s/c.yaml", fx->dir);
	struct diags d = {0};
	struct config cfg;

	unsetenv("HOME");
	write_bytes(path, "bank: [~/x, /y]\n", 16);
	EXPECT_INT("config_load without HOME", 0, config_load(path, &cfg, &d));
	EXPECT_STR("~/x without HOME", "~/x", cfg.banks[0]);
	EXPECT_STR("/y", "/y", cfg.banks[1]);
	EXPECT_STR("end of the list", NULL, cfg.banks[2]);
	config_release(&cfg);
	free(path);
}

static void test_unreadable(void **state)
{
	struct fx *fx = *state;
	char *dir = xasprintf("%s/a-directory", fx->dir);
	char *big = xasprintf("%s/big.yaml", fx->dir);
	size_t size = (1u << 20) + 1;
	char *text = xmalloc(size);
	struct diags d = {0};
	struct config cfg;

	if (mkdir(dir, 0755) < 0)
		fail_msg("mkdir %s: %s", dir, strerror(errno));
	EXPECT_INT("config_load of a directory", -1, config_load(dir, &cfg, &d));
	EXPECT_INT("diags", 1, d.n);
	EXPECT_STR("its file", dir, d.v[0].file);
	EXPECT_CONTAINS("its message", "cannot read", d.v[0].message);
	expect_defaults("after a failure", &cfg);
	config_release(&cfg);
	diags_release(&d);

	/* A comment of 1 MiB + 1 byte: valid YAML, but too large. */
	memset(text, ' ', size);
	text[0] = '#';
	text[size - 1] = '\n';
	write_bytes(big, text, size);
	EXPECT_INT("config_load of a file over 1 MiB", -1, config_load(big, &cfg, &d));
	EXPECT_INT("diags", 1, d.n);
	EXPECT_STR("its file", big, d.v[0].file);
	EXPECT_CONTAINS("its message", "larger than 1 MiB", d.v[0].message);
	config_release(&cfg);
	diags_release(&d);

	/* Exactly 1 MiB is fine. */
	write_bytes(big, text, size - 1);
	EXPECT_INT("config_load of a file of 1 MiB", 0, config_load(big, &cfg, &d));
	EXPECT_INT("diags", 0, d.n);
	config_release(&cfg);
	free(text);
	free(dir);
	free(big);
}

static void test_errors_add_to_diags(void **state)
{
	struct fx *fx = *state;
	char *path = xasprintf("%s/c.yaml", fx->dir);
	struct diags d = {0};
	struct config cfg;

	/* config_load adds to what diags already holds, and fails only on its own errors. */
	diags_add(&d, "elsewhere", 1, NULL, "an earlier error");
	write_bytes(path, "color: never\n", 13);
	EXPECT_INT("a valid file after an earlier error", 0, config_load(path, &cfg, &d));
	EXPECT_INT("diags", 1, d.n);
	config_release(&cfg);
	write_bytes(path, "color: nope\n", 12);
	EXPECT_INT("an invalid file", -1, config_load(path, &cfg, &d));
	EXPECT_INT("diags", 2, d.n);
	EXPECT_INT("errors", 2, d.errors);
	config_release(&cfg);
	diags_release(&d);
	free(path);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
	    T(test_config_table),        T(test_missing_file), T(test_default_location),
	    T(test_no_home_keeps_tilde), T(test_unreadable),   T(test_errors_add_to_diags),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
