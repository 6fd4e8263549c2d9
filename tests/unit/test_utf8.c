/*
 * test_utf8.c - unit tests of U+FFFD substitution (util/utf8.h).
 *
 * The expected outputs are what CPython's bytes.decode("utf-8", "replace")
 * gives for the same bytes: ace shows a candidate's output the way the
 * candidate's own Python would.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/utf8.h"

#include "testutil.h"

static const struct {
	const char *in;
	size_t in_len;
	const char *out;
	size_t out_len;
} CASES[] = {
    {"", 0, "", 0},
    {"plain ascii", 11, "plain ascii", 11},
    /* é, €, and an emoji: valid text is copied as is */
    {"\x68\xc3\xa9\x6c\x6c\x6f\x20\xe2\x82\xac\x20\xf0\x9f\x98\x80", 15,
     "\x68\xc3\xa9\x6c\x6c\x6f\x20\xe2\x82\xac\x20\xf0\x9f\x98\x80", 15},
    /* NUL bytes are kept */
    {"\x00nul\x00", 5, "\x00nul\x00", 5},
    /* a byte that never starts a sequence */
    {"\xff", 1, "\xef\xbf\xbd", 3},
    {"\xf5", 1, "\xef\xbf\xbd", 3},
    /* a lone continuation byte */
    {"a\x80"
     "b",
     3,
     "a\xef\xbf\xbd"
     "b",
     5},
    /* overlong encodings: one U+FFFD per byte */
    {"\xc0\xaf", 2, "\xef\xbf\xbd\xef\xbf\xbd", 6},
    {"\xe0\x80\x80", 3, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 9},
    /* a surrogate */
    {"\xed\xa0\x80", 3, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 9},
    /* beyond U+10FFFF */
    {"\xf4\x90\x80\x80", 4, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 12},
    /* truncated sequences: one U+FFFD for the whole maximal subpart */
    {"\xe2\x82", 2, "\xef\xbf\xbd", 3},
    {"\xe2\x82"
     "x",
     3,
     "\xef\xbf\xbd"
     "x",
     4},
    {"\xf0\x9f\x98", 3, "\xef\xbf\xbd", 3},
    {"\xc3", 1, "\xef\xbf\xbd", 3},
    /* output cut in the middle of a character, after good text */
    {"\xc3\xa9\xff\xc3", 4, "\xc3\xa9\xef\xbf\xbd\xef\xbf\xbd", 8},
};

static void test_cases(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(CASES) / sizeof(CASES[0]); i++) {
		size_t len = 99;
		char *got = utf8_sanitize(CASES[i].in, CASES[i].in_len, &len);
		if (len != CASES[i].out_len || memcmp(got, CASES[i].out, len) != 0) {
			char hex[256] = "";
			for (size_t k = 0; k < len && k < 60; k++)
				snprintf(hex + strlen(hex), sizeof(hex) - strlen(hex), "%02x ",
				         (unsigned char)got[k]);
			fail_msg("case %zu: expected %zu bytes, got %zu: %s", i, CASES[i].out_len, len, hex);
		}
		if (got[len] != '\0')
			fail_msg("case %zu: no NUL after the result", i);
		free(got);
	}
}

/* The worst case, every byte bad, triples the size and no more. */
static void test_worst_case_size(void **state)
{
	(void)state;
	char in[1000];
	memset(in, 0xff, sizeof(in));
	size_t len;
	char *got = utf8_sanitize(in, sizeof(in), &len);
	EXPECT_INT("length", 3000, (long)len);
	for (size_t k = 0; k < len; k += 3)
		if (memcmp(got + k, "\xef\xbf\xbd", 3) != 0)
			fail_msg("byte %zu is not U+FFFD", k);
	free(got);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_cases),
	    cmocka_unit_test(test_worst_case_size),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
