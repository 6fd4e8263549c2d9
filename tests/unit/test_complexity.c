/*
 * test_complexity.c - unit tests of the complexity analysis's pure parts
 * (judge/complexity.h): parsing declared classes, the fit and its
 * model-selection rule on synthetic costs with noise and outliers, and how
 * time and line counts are combined. Nothing here starts Python; the
 * measurement itself is tested end to end (tests/e2e/t0084-analyze.sh) and
 * for accuracy by bench/complexity_accuracy.c.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "judge/complexity.h"
#include "judge/judge.h"

#include "testutil.h"

static void test_parse(void **state)
{
	static const struct {
		const char *text;
		enum cx_class want;
		bool per_call;
	} rows[] = {
	    {"O(1)", CX_1, false},
	    {"O(log n)", CX_LOGN, false},
	    {"O(n)", CX_N, false},
	    {"  O( n )", CX_N, false},
	    {"O(n log n)", CX_NLOGN, false},
	    {"O(N log N)", CX_NLOGN, false},
	    {"O(n^2)", CX_N2, false},
	    {"O(n\xc2\xb2)", CX_N2, false},
	    {"O(n*n)", CX_N2, false},
	    {"O(n^3)", CX_N3, false},
	    {"O(n\xc2\xb3)", CX_N3, false},
	    {"O(2^n)", CX_EXP, false},
	    {"O(1) per call", CX_1, true},
	    {"O(1) amortized per call", CX_1, true},
	    {"O(log n) per call", CX_LOGN, true},
	    {"O(n) for n cells", CX_N, false},
	    {"O(n log n) for n tickets", CX_NLOGN, false},
	    {"O(m * n)", CX_NONE, false},
	    {"O(n + m) for n nodes and m edges", CX_NONE, false},
	    {"O(n log k)", CX_NONE, false},
	    {"O(n!)", CX_NONE, false},
	    {"O(capacity)", CX_NONE, false},
	    {"O(n", CX_NONE, false},
	    {"n log n", CX_NONE, false},
	    {"", CX_NONE, false},
	    {"O(nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn)", CX_NONE, false},
	};
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		bool pc = !rows[i].per_call;
		enum cx_class got = cx_parse(rows[i].text, &pc);
		if (got != rows[i].want || pc != rows[i].per_call)
			fail_msg("cx_parse(\"%s\"): want %s%s, got %s%s", rows[i].text, cx_name(rows[i].want),
			         rows[i].per_call ? " per call" : "", cx_name(got), pc ? " per call" : "");
	}
	EXPECT_INT("NULL text", CX_NONE, cx_parse(NULL, NULL));
	EXPECT_STR("name of O(n log n)", "O(n log n)", cx_name(CX_NLOGN));
	EXPECT_STR("name of CX_NONE", "", cx_name(CX_NONE));
	/* Every name parses back to its class. */
	for (int c = 0; c < CX_NCLASSES; c++)
		EXPECT_INT(cx_name(c), c, cx_parse(cx_name(c), NULL));
}

static void test_per_call(void **state)
{
	EXPECT_INT("O(1) x n", CX_N, cx_times_n(CX_1));
	EXPECT_INT("O(log n) x n", CX_NLOGN, cx_times_n(CX_LOGN));
	EXPECT_INT("O(n) x n", CX_N2, cx_times_n(CX_N));
	EXPECT_INT("O(n log n) x n", CX_NONE, cx_times_n(CX_NLOGN));
	EXPECT_INT("O(n) / n", CX_1, cx_per_call(CX_N));
	EXPECT_INT("O(n log n) / n", CX_LOGN, cx_per_call(CX_NLOGN));
	EXPECT_INT("O(n^2) / n", CX_N, cx_per_call(CX_N2));
	EXPECT_INT("O(2^n) / n", CX_EXP, cx_per_call(CX_EXP));
	static const enum cx_class round_trip[] = {CX_1, CX_LOGN, CX_N, CX_N2};
	for (size_t i = 0; i < 4; i++)
		EXPECT_INT(cx_name(round_trip[i]), round_trip[i], cx_per_call(cx_times_n(round_trip[i])));
}

/* A deterministic multiplicative noise in [1 - amp, 1 + amp]. */
static double noise(unsigned *seed, double amp)
{
	*seed = *seed * 1103515245u + 12345u;
	double u = (double)((*seed >> 8) & 0xffff) / 65535.0;
	return 1 + amp * (2 * u - 1);
}

static double truth(enum cx_class c, double n)
{
	switch (c) {
	case CX_1:
		return 2;
	case CX_LOGN:
		return 1 + 0.6 * log2(n);
	case CX_N:
		return 3 + 0.15 * n;
	case CX_NLOGN:
		return 3 + 0.05 * n * log2(n);
	case CX_N2:
		return 5 + 0.02 * n * n;
	case CX_N3:
		return 5 + 0.001 * n * n * n;
	case CX_EXP:
		return 2 + 0.01 * pow(1.618, n);
	default:
		return 1;
	}
}

/* The ladder complexity.c walks: 16 * sqrt(2)^i up to top. */
static size_t ladder(double top, double *n)
{
	size_t k = 0;
	for (double x = 16; x <= top + 0.5; x *= M_SQRT2)
		n[k++] = round(x);
	return k;
}

static void test_fit_recovers_each_class(void **state)
{
	for (int c = CX_1; c < CX_NCLASSES; c++) {
		for (unsigned trial = 0; trial < 20; trial++) {
			double n[32], t[32];
			size_t k;
			if (c == CX_EXP) {
				k = 0;
				for (int x = 2; x <= 24; x++)
					n[k++] = x;
			} else {
				k = ladder(c >= CX_N2 ? 1024 : 8192, n);
			}
			unsigned seed = 17 + trial * 101 + (unsigned)c;
			for (size_t i = 0; i < k; i++)
				t[i] = truth((enum cx_class)c, n[i]) * noise(&seed, 0.06);
			/* One point hit by a noisy moment: trimmed away. */
			t[k / 2] *= 2.0;
			struct cx_fit f;
			if (cx_fit(n, t, k, &f) != 0)
				fail_msg("cx_fit failed for %s", cx_name(c));
			if (f.cls != c)
				fail_msg("%s data (trial %u) fitted as %s (errors: 1 %.3f, log %.3f, n %.3f, "
				         "nlogn %.3f, n2 %.3f, n3 %.3f, exp %.3f)",
				         cx_name(c), trial, cx_name(f.cls), f.err[0], f.err[1], f.err[2],
				         f.err[3], f.err[4], f.err[5], f.err[6]);
			if (!(f.confidence >= 0 && f.confidence <= 1))
				fail_msg("confidence %f out of [0, 1]", f.confidence);
		}
	}
}

static void test_fit_exponential_base(void **state)
{
	double n[16], t[16];
	size_t k = 0;
	for (int x = 4; x <= 22; x += 2, k++) {
		n[k] = x;
		t[k] = 1 + 0.001 * pow(2.0, x);
	}
	struct cx_fit f;
	assert_int_equal(cx_fit(n, t, k, &f), 0);
	EXPECT_INT("2^n data", CX_EXP, f.cls);
	if (fabs(f.exp_base - 2.0) > 0.05)
		fail_msg("exponential base: want 2.00, got %.2f", f.exp_base);
}

static void test_fit_flat_and_confidence(void **state)
{
	double n[32], t[32];
	size_t k = ladder(8192, n);
	unsigned seed = 5;
	for (size_t i = 0; i < k; i++)
		t[i] = 1.0 * noise(&seed, 0.1);
	struct cx_fit f;
	assert_int_equal(cx_fit(n, t, k, &f), 0);
	EXPECT_INT("flat data", CX_1, f.cls);
	assert_true(f.confidence >= 0.5);
	/* Clean linear data: a confident O(n). */
	for (size_t i = 0; i < k; i++)
		t[i] = 1 + n[i];
	assert_int_equal(cx_fit(n, t, k, &f), 0);
	EXPECT_INT("clean linear data", CX_N, f.cls);
	assert_true(f.confidence > 0.9);
	/* Fewer than 8 points cut the confidence. */
	assert_int_equal(cx_fit(n, t, 4, &f), 0);
	assert_true(f.confidence <= 0.5 + 1e-9);
}

static void test_fit_rejects_bad_points(void **state)
{
	double n[6] = {16, 32, 64, 128, 256, 512}, t[6] = {1, 2, 4, 8, 16, 32};
	struct cx_fit f;
	assert_int_equal(cx_fit(n, t, 3, &f), -1);
	EXPECT_INT("too few points", CX_NONE, f.cls);
	t[2] = 0;
	assert_int_equal(cx_fit(n, t, 6, &f), -1);
	t[2] = NAN;
	assert_int_equal(cx_fit(n, t, 6, &f), -1);
	t[2] = 4;
	n[0] = 0;
	assert_int_equal(cx_fit(n, t, 6, &f), -1);
	n[0] = 16;
	/* A dip (an input made trivial at one size) is left out, not fitted. */
	t[3] = 0.5;
	assert_int_equal(cx_fit(n, t, 6, &f), 0);
	EXPECT_INT("doubling costs with a dip", CX_N, f.cls);
	t[3] = 8;
	assert_int_equal(cx_fit_plain(n, t, 6, &f), 0);
	EXPECT_INT("plain fit of doubling costs", CX_N, f.cls);
}

static void test_combine(void **state)
{
	/* A log factor in time only: the cache (sorts, heapq and bisect are counted); lines win. */
	EXPECT_INT("n log n time, n lines", CX_N, cx_combine(CX_NLOGN, CX_N, CX_1, 1000));
	EXPECT_INT("log n time, 1 lines", CX_1, cx_combine(CX_LOGN, CX_1, CX_1, 1000));
	/* Work in C the lines cannot see. */
	EXPECT_INT("n^2 time, n lines", CX_N2, cx_combine(CX_N2, CX_N, CX_1, 1000));
	EXPECT_INT("n time, 1 line", CX_N, cx_combine(CX_N, CX_1, CX_1, 1000));
	/* Exact lines over blurred time. */
	EXPECT_INT("n time, n log n lines", CX_NLOGN, cx_combine(CX_N, CX_NLOGN, CX_1, 1000));
	/* Time that grew by a few microseconds is noise: O(log n) lines stand. */
	EXPECT_INT("n time, 5 µs of growth", CX_LOGN, cx_combine(CX_N, CX_LOGN, CX_1, 5));
	EXPECT_INT("n time, 50 µs of growth", CX_N, cx_combine(CX_N, CX_LOGN, CX_1, 50));
	/* Time per unit of work that grows as n: each unit hides O(n) work in C. */
	EXPECT_INT("n lines, time per line ~ n", CX_N2, cx_combine(CX_N2, CX_N, CX_N, 1000));
	EXPECT_INT("1 line, time per line ~ n", CX_N, cx_combine(CX_N, CX_1, CX_N, 1000));
	EXPECT_INT("n^2 lines, time per line ~ n", CX_N3, cx_combine(CX_N3, CX_N2, CX_N, 1000));
	/* ... as far as the time fit confirms: min() once, then a bisect. */
	EXPECT_INT("log n lines, per line ~ n, time n", CX_N, cx_combine(CX_N, CX_LOGN, CX_N, 1000));
	/* ... as log n: the cache. */
	EXPECT_INT("n lines, time per line ~ log n", CX_N, cx_combine(CX_N, CX_N, CX_LOGN, 1000));
	EXPECT_INT("no lines", CX_N3, cx_combine(CX_N3, CX_NONE, CX_1, 1000));
	EXPECT_INT("no time", CX_N, cx_combine(CX_NONE, CX_N, CX_1, 1000));
}

/* What is measured (and so what ace serve sends a verdict ahead of): accepted, with a gen.py. */
static void test_will_measure(void **state)
{
	struct problem p = {.has_gen = true};
	struct judge_result r = {.verdict = V_ACCEPTED};
	EXPECT_INT("accepted, gen.py", true, cx_will_measure(&r, &p));
	r.verdict = V_WRONG_ANSWER;
	EXPECT_INT("wrong answer", false, cx_will_measure(&r, &p));
	r.verdict = V_ACCEPTED;
	p.has_gen = false;
	EXPECT_INT("no gen.py", false, cx_will_measure(&r, &p));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_parse),
	    cmocka_unit_test(test_per_call),
	    cmocka_unit_test(test_fit_recovers_each_class),
	    cmocka_unit_test(test_fit_exponential_base),
	    cmocka_unit_test(test_fit_flat_and_confidence),
	    cmocka_unit_test(test_fit_rejects_bad_points),
	    cmocka_unit_test(test_combine),
	    cmocka_unit_test(test_will_measure),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
