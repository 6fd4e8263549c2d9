/*
 * test_buf.c - unit tests of the capped byte buffer (util/buf.h).
 *
 * Every check looks at the whole state a caller relies on: the bytes, len,
 * the NUL after them, truncated, and what the functions return.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"

#include "testutil.h"

/* The buffer holds exactly the n bytes want, followed by a NUL. */
static void expect_bytes(const char *what, const struct buf *b, const void *want, size_t n)
{
	if (!b->data)
		fail_msg("%s: expected data, got NULL", what);
	if (b->len != n || memcmp(b->data, want, n) != 0)
		fail_msg("%s: expected %zu bytes \"%.*s\", got %zu bytes \"%.*s\"", what, n, (int)n,
		         (const char *)want, b->len, (int)b->len, b->data);
	if (b->data[b->len] != '\0')
		fail_msg("%s: expected a NUL after the %zu bytes, got 0x%02x", what, b->len,
		         (unsigned char)b->data[b->len]);
}

static void expect_str(const char *what, const struct buf *b, const char *want)
{
	expect_bytes(what, b, want, strlen(want));
}

static void expect_truncated(const char *what, const struct buf *b, bool want)
{
	if (b->truncated != want)
		fail_msg("%s: expected truncated %s, got %s", what, want ? "true" : "false",
		         b->truncated ? "true" : "false");
}

static void test_init_empty(void **state)
{
	struct buf b;

	buf_init(&b, 10);
	expect_str("a new buffer", &b, "");
	EXPECT_INT("max", 10, b.max);
	expect_truncated("a new buffer", &b, false);
	/* Releasing a buffer that never allocated is fine and keeps max. */
	buf_release(&b);
	expect_str("released unused buffer", &b, "");
	EXPECT_INT("max after release", 10, b.max);
}

static void test_append(void **state)
{
	struct buf b;

	buf_init(&b, BUF_NOLIMIT);
	EXPECT_INT("buf_adds", 0, buf_adds(&b, "abc"));
	EXPECT_INT("buf_addc", 0, buf_addc(&b, '-'));
	EXPECT_INT("buf_add", 0, buf_add(&b, "defgh", 3));
	EXPECT_INT("buf_adds of \"\"", 0, buf_adds(&b, ""));
	EXPECT_INT("buf_add of 0 bytes", 0, buf_add(&b, NULL, 0));
	expect_str("after appends", &b, "abc-def");
	expect_truncated("after appends", &b, false);
	if (b.cap < b.len + 1)
		fail_msg("cap: expected at least len + 1 = %zu, got %zu", b.len + 1, b.cap);
	buf_release(&b);
}

static void test_binary(void **state)
{
	static const unsigned char bin[] = {0x00, 0xff, 'a', 0x00, 0x80, '\n', 0x00};
	struct buf b;

	buf_init(&b, BUF_NOLIMIT);
	EXPECT_INT("buf_add of binary", 0, buf_add(&b, bin, sizeof(bin)));
	EXPECT_INT("buf_addc of NUL", 0, buf_addc(&b, '\0'));
	EXPECT_INT("len counts NUL bytes", sizeof(bin) + 1, b.len);
	if (memcmp(b.data, bin, sizeof(bin)) != 0 || b.data[sizeof(bin)] != '\0')
		fail_msg("binary data: expected the bytes back unchanged, got different bytes");
	if (b.data[b.len] != '\0')
		fail_msg("binary data: expected the terminating NUL after len");
	buf_release(&b);
}

static void test_growth(void **state)
{
	struct buf b;
	char *want = malloc(100001);

	assert_non_null(want);
	buf_init(&b, BUF_NOLIMIT);
	for (size_t i = 0; i < 100000; i++) {
		want[i] = (char)('a' + i % 26);
		if (buf_addc(&b, want[i]) != 0)
			fail_msg("byte %zu: expected buf_addc to return 0 without a cap, got -1", i);
	}
	want[100000] = '\0';
	expect_bytes("100000 single-byte appends", &b, want, 100000);
	buf_release(&b);
	free(want);
}

static void test_cap(void **state)
{
	struct buf b;

	buf_init(&b, 5);
	EXPECT_INT("append within the cap", 0, buf_adds(&b, "abc"));
	expect_truncated("within the cap", &b, false);
	EXPECT_INT("append past the cap", -1, buf_adds(&b, "defg"));
	expect_str("what fits is kept", &b, "abcde");
	expect_truncated("past the cap", &b, true);
	EXPECT_INT("buf_addc on a full buffer", -1, buf_addc(&b, 'z'));
	EXPECT_INT("buf_add on a full buffer", -1, buf_add(&b, "zz", 2));
	expect_str("full buffer unchanged", &b, "abcde");
	/* Appending nothing does not grow the buffer, so it is not cut short. */
	EXPECT_INT("empty append on a full buffer", 0, buf_add(&b, "", 0));

	buf_reset(&b);
	expect_str("after reset", &b, "");
	expect_truncated("after reset", &b, false);
	EXPECT_INT("exactly the cap", 0, buf_adds(&b, "12345"));
	expect_str("exactly the cap", &b, "12345");
	expect_truncated("exactly the cap", &b, false);
	buf_release(&b);
	EXPECT_INT("max survives release", 5, b.max);

	buf_init(&b, 0);
	EXPECT_INT("append to a zero cap", -1, buf_adds(&b, "x"));
	expect_str("zero cap", &b, "");
	expect_truncated("zero cap", &b, true);
	buf_release(&b);
}

static void test_cap_binary(void **state)
{
	struct buf b;

	buf_init(&b, 3);
	EXPECT_INT("binary past the cap", -1, buf_add(&b, "\0\1\2\3\4", 5));
	expect_bytes("binary cut at the cap", &b, "\0\1\2", 3);
	expect_truncated("binary past the cap", &b, true);
	buf_release(&b);
}

static void test_printf(void **state)
{
	struct buf b;
	char big[5000];

	buf_init(&b, BUF_NOLIMIT);
	EXPECT_INT("buf_printf", 0, buf_printf(&b, "%d-%s-%c", 42, "x", 'y'));
	EXPECT_INT("buf_printf appends", 0, buf_printf(&b, "[%05.1f]", 3.5));
	EXPECT_INT("buf_printf of nothing", 0, buf_printf(&b, "%s", ""));
	expect_str("printf output", &b, "42-x-y[003.5]");
	buf_reset(&b);

	memset(big, 'q', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	EXPECT_INT("long printf", 0, buf_printf(&b, "<%s>", big));
	EXPECT_INT("long printf length", sizeof(big) + 1, b.len);
	if (b.data[0] != '<' || b.data[b.len - 1] != '>' || b.data[b.len] != '\0')
		fail_msg("long printf: expected \"<qqq...>\" NUL-terminated, got \"%.10s...\"", b.data);
	buf_release(&b);

	buf_init(&b, 8);
	EXPECT_INT("printf past the cap", -1, buf_printf(&b, "hello %s", "world"));
	expect_str("printf cut at the cap", &b, "hello wo");
	expect_truncated("printf past the cap", &b, true);
	buf_release(&b);
}

static int via_vprintf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int via_vprintf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = buf_vprintf(b, fmt, ap);
	va_end(ap);
	return rc;
}

static void test_vprintf(void **state)
{
	struct buf b;

	buf_init(&b, 6);
	EXPECT_INT("buf_vprintf", 0, via_vprintf(&b, "%s=%d", "a", 1));
	expect_str("buf_vprintf", &b, "a=1");
	EXPECT_INT("buf_vprintf past the cap", -1, via_vprintf(&b, "%s", "bcdef"));
	expect_str("buf_vprintf cut", &b, "a=1bcd");
	buf_release(&b);
}

static void test_detach(void **state)
{
	struct buf b;
	size_t len = 99;
	char *s;

	buf_init(&b, 100);
	buf_add(&b, "ab\0cd", 5);
	s = buf_detach(&b, &len);
	EXPECT_INT("detached length", 5, len);
	if (memcmp(s, "ab\0cd", 6) != 0)
		fail_msg("detached data: expected \"ab\\0cd\" and a NUL, got other bytes");
	free(s);
	expect_str("buffer after detach", &b, "");
	EXPECT_INT("max after detach", 100, b.max);
	expect_truncated("after detach", &b, false);

	/* The buffer is usable again, and an empty one detaches to a string the caller frees. */
	EXPECT_INT("reuse after detach", 0, buf_adds(&b, "again"));
	expect_str("reuse after detach", &b, "again");
	buf_release(&b);
	s = buf_detach(&b, &len);
	EXPECT_INT("length of an empty detach", 0, len);
	if (!s || *s)
		fail_msg("empty detach: expected \"\", got %s", s ? s : "NULL");
	free(s);
	s = buf_detach(&b, NULL); /* len may be NULL */
	free(s);

	/* Detaching clears truncated too. */
	buf_init(&b, 2);
	buf_adds(&b, "abc");
	s = buf_detach(&b, NULL);
	if (strcmp(s, "ab") != 0)
		fail_msg("detach of a truncated buffer: expected \"ab\", got \"%s\"", s);
	free(s);
	expect_truncated("after detaching a truncated buffer", &b, false);
}

static void test_reset_keeps_allocation(void **state)
{
	struct buf b;
	char *data;
	size_t cap;

	buf_init(&b, BUF_NOLIMIT);
	buf_adds(&b, "some text that needs an allocation");
	data = b.data;
	cap = b.cap;
	buf_reset(&b);
	expect_str("after reset", &b, "");
	if (b.data != data || b.cap != cap)
		fail_msg("reset: expected the allocation kept (cap %zu), got cap %zu%s", cap, b.cap,
		         b.data != data ? " and a new pointer" : "");
	buf_adds(&b, "x");
	expect_str("append after reset", &b, "x");
	buf_release(&b);
	expect_str("after release", &b, "");
	EXPECT_INT("cap after release", 0, b.cap);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_init_empty), cmocka_unit_test(test_append),
	    cmocka_unit_test(test_binary),     cmocka_unit_test(test_growth),
	    cmocka_unit_test(test_cap),        cmocka_unit_test(test_cap_binary),
	    cmocka_unit_test(test_printf),     cmocka_unit_test(test_vprintf),
	    cmocka_unit_test(test_detach),     cmocka_unit_test(test_reset_keeps_allocation),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
