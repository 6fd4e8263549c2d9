/*
 * test_diag.c - unit tests of diagnostics (util/diag.h): collecting entries,
 * counting errors apart from warnings, and the "file:line: field: message"
 * format.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/diag.h"

#include "testutil.h"

static void test_add_and_count(void **state)
{
	struct diags d = {0};
	char file[] = "pack/problem.yaml", field[] = "entry.name";

	diags_add(&d, file, 3, field, "'%s' is not a Python identifier", "2sum");
	diags_warn(&d, "pack/other.yaml", 0, "slug", "clash");
	diags_add(&d, "cfg.yaml", 1, NULL, "bad");
	/* The strings are copied: changing the caller's buffers changes nothing. */
	file[0] = 'X';
	field[0] = 'X';

	EXPECT_INT("entries", 3, d.n);
	EXPECT_INT("errors (warnings do not count)", 2, d.errors);
	EXPECT_STR("file of entry 0", "pack/problem.yaml", d.v[0].file);
	EXPECT_INT("line of entry 0", 3, d.v[0].line);
	EXPECT_STR("field of entry 0", "entry.name", d.v[0].field);
	EXPECT_STR("message of entry 0", "'2sum' is not a Python identifier", d.v[0].message);
	if (d.v[0].warning || !d.v[1].warning || d.v[2].warning)
		fail_msg("warning flags: expected false, true, false, got %d, %d, %d", d.v[0].warning,
		         d.v[1].warning, d.v[2].warning);
	EXPECT_STR("NULL field stays NULL", NULL, d.v[2].field);
	diags_release(&d);
}

static void test_warnings_only(void **state)
{
	struct diags d = {0};

	for (int i = 0; i < 5; i++)
		diags_warn(&d, "f", i, NULL, "warning %d", i);
	EXPECT_INT("entries", 5, d.n);
	EXPECT_INT("errors after warnings only", 0, d.errors);
	diags_release(&d);
}

static void test_empty_field_and_null_file(void **state)
{
	struct diags d = {0};

	diags_add(&d, NULL, 0, "", "whole file");
	EXPECT_STR("NULL file", "", d.v[0].file);
	EXPECT_STR("empty field", NULL, d.v[0].field);
	diags_release(&d);
}

static void test_release_and_reuse(void **state)
{
	struct diags d = {0};

	/* More entries than the first allocation. */
	for (int i = 0; i < 100; i++)
		diags_add(&d, "f.yaml", i + 1, "[0]", "case %d", i);
	EXPECT_INT("entries", 100, d.n);
	EXPECT_INT("errors", 100, d.errors);
	EXPECT_STR("message of the last entry", "case 99", d.v[99].message);
	EXPECT_INT("line of the last entry", 100, d.v[99].line);
	diags_release(&d);
	if (d.v || d.n || d.cap || d.errors)
		fail_msg("after release: expected an empty diags, got n %zu, cap %zu, errors %zu, v %p", d.n,
		         d.cap, d.errors, (void *)d.v);
	diags_add(&d, "g", 1, NULL, "again");
	EXPECT_INT("entries after reuse", 1, d.n);
	EXPECT_INT("errors after reuse", 1, d.errors);
	diags_release(&d);
	diags_release(&d); /* twice is harmless */
}

static const struct {
	const char *file;
	int line;
	const char *field;
	const char *message;
	bool warning;
	const char *want;
} format_cases[] = {
    {"p/problem.yaml", 7, "entry.name", "missing", false, "p/problem.yaml:7: entry.name: missing"},
    {"p/problem.yaml", 0, "slug", "missing", false, "p/problem.yaml: slug: missing"},
    {"p/tests.yaml", 12, "[3].args", "expected a list", false, "p/tests.yaml:12: [3].args: expected a list"},
    {"p/tests.yaml", 1, NULL, "expected a list of test cases", false,
     "p/tests.yaml:1: expected a list of test cases"},
    {"p", 0, NULL, "statement.md is missing", false, "p: statement.md is missing"},
    {"b/two-sum", 0, "slug", "also defined", true, "b/two-sum: warning: slug: also defined"},
    {"c.yaml", 4, NULL, "odd", true, "c.yaml:4: warning: odd"},
    {"", 0, NULL, "no file", false, ": no file"},
};

static void test_format(void **state)
{
	for (size_t i = 0; i < sizeof(format_cases) / sizeof(format_cases[0]); i++) {
		struct diags d = {0};
		char *s;

		if (format_cases[i].warning)
			diags_warn(&d, format_cases[i].file, format_cases[i].line, format_cases[i].field,
			           "%s", format_cases[i].message);
		else
			diags_add(&d, format_cases[i].file, format_cases[i].line, format_cases[i].field, "%s",
			          format_cases[i].message);
		s = diag_format(&d.v[0]);
		EXPECT_STR(format_cases[i].want, format_cases[i].want, s);
		free(s);
		diags_release(&d);
	}
}

static void test_message_is_formatted_once(void **state)
{
	struct diags d = {0};
	char *s;

	/* A '%' in an argument is text, not a directive. */
	diags_add(&d, "f", 2, "x", "%s is %d%%", "100%s", 50);
	s = diag_format(&d.v[0]);
	EXPECT_STR("formatted message", "f:2: x: 100%s is 50%", s);
	free(s);
	diags_release(&d);
}

static void test_print(void **state)
{
	struct diags d = {0};
	char *text = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&text, &size);

	assert_non_null(f);
	diags_add(&d, "a.yaml", 1, "x", "one");
	diags_warn(&d, "b.yaml", 0, NULL, "two");
	diags_add(&d, "c.yaml", 3, NULL, "three");
	diags_print(&d, f);
	fclose(f);
	EXPECT_STR("diags_print output", "a.yaml:1: x: one\nb.yaml: warning: two\nc.yaml:3: three\n", text);
	free(text);
	diags_release(&d);

	/* Nothing to print prints nothing. */
	text = NULL;
	f = open_memstream(&text, &size);
	assert_non_null(f);
	diags_print(&d, f);
	fclose(f);
	EXPECT_STR("diags_print of no entries", "", text);
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_add_and_count),
	    cmocka_unit_test(test_warnings_only),
	    cmocka_unit_test(test_empty_field_and_null_file),
	    cmocka_unit_test(test_release_and_reuse),
	    cmocka_unit_test(test_format),
	    cmocka_unit_test(test_message_is_formatted_once),
	    cmocka_unit_test(test_print),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
