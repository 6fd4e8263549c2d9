/*
 * complexity.h - measured time (and space) complexity of a solution.
 *
 * ace does not guess a solution's complexity: it measures it. The problem's
 * gen.py makes inputs at growing sizes n (its `size` argument); the
 * candidate's code runs on each in the sandbox, a fresh child per input,
 * timed in CPU time of the calling thread with the cyclic GC off, best of
 * a few repetitions (python/harness.py, measure()). Three seeds per size,
 * the worst is the size's cost. Sizes grow by sqrt(2) from 4 until a call
 * costs too much or the time budget is spent; when that happens early (an
 * exponential solution) every size from 2 up is measured as well. A call
 * may use a quarter of the budget left; a steeper one is cut short.
 *
 * The points are then fitted to each growth class as cost = a + b * f(n)
 * with a, b >= 0 by least squares on *relative* errors (so the many small
 * sizes count as much as the few large ones), and the simplest class whose
 * error is within a tie margin of the best wins. A cost that barely moves
 * over the sizes is O(1). The exponential class is fitted with its own base
 * (cost = a + b * c^n; c from 1.2 to 4), so a Fibonacci-like recursion
 * (1.618^n) is not mistaken for a polynomial. See docs/JUDGE.md.
 */
#ifndef ACE_JUDGE_COMPLEXITY_H
#define ACE_JUDGE_COMPLEXITY_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "bank/bank.h"

/* The growth classes the analysis tells apart, simplest first. */
enum cx_class {
	CX_NONE = -1, /* not measured, or a form the analysis cannot measure */
	CX_1 = 0,
	CX_LOGN,
	CX_N,
	CX_NLOGN,
	CX_N2,
	CX_N3,
	CX_EXP,
	CX_NCLASSES
};

/* "O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^3)", "O(2^n)"; "" for CX_NONE. */
const char *cx_name(enum cx_class c);

/*
 * The class of a complexity as problem.yaml writes it ("O(n log n)",
 * "O(n²)", "O(1) per call", "O(n) for n cells"). *per_call is set when the
 * text says "per call" (a class problem: the cost of one method call).
 * Forms over other variables ("O(m * n)", "O(n + m)", "O(capacity)") and
 * anything else give CX_NONE.
 */
enum cx_class cx_parse(const char *text, bool *per_call);

/* The class of n calls that cost c each: O(1) -> O(n), O(log n) -> O(n log n), O(n) -> O(n^2). */
enum cx_class cx_times_n(enum cx_class c);

/* The class of one of n calls that cost c in all (the inverse of cx_times_n); CX_NONE if none. */
enum cx_class cx_per_call(enum cx_class c);

/* A fit of cost against size. */
struct cx_fit {
	enum cx_class cls;       /* CX_NONE when there were too few points */
	double confidence;       /* 0..1: how clearly cls beats the next best class */
	double err[CX_NCLASSES]; /* each class's RMS relative error (INFINITY: not fitted) */
	double a[CX_NCLASSES], b[CX_NCLASSES];
	double exp_base; /* c of the exponential fit */
	double growth;   /* the largest sizes' cost over the smallest's (medians of three) */
};

/* The smallest number of points cx_fit accepts. */
#define CX_MIN_POINTS 4

/*
 * Fit k points (n[i], cost[i] > 0), any order, with the rule above. Returns
 * 0, or -1 when k < CX_MIN_POINTS or a value is not positive and finite.
 */
int cx_fit(const double *n, const double *cost, size_t k, struct cx_fit *out);

/* cx_fit for exact counts: a tighter tie (0.003 instead of 0.01 absolute). */
int cx_fit_counts(const double *n, const double *cost, size_t k, struct cx_fit *out);

/*
 * The plain fit, for comparison only: ordinary least squares of cost on
 * a + b * f(n) for each class, the smallest sum of squares wins. Same
 * return as cx_fit.
 */
int cx_fit_plain(const double *n, const double *cost, size_t k, struct cx_fit *out);

/*
 * The class from the time fit t, the work-count fit l and the fit of time
 * per unit of work (ratio), each CX_NONE when missing. Counts are exact but
 * blind to work done in C; times see everything but blur a log factor (a
 * big dict costs more per item: cache misses). So the counts decide, and
 * the time per unit of work adds what they cannot see: growing as n, each
 * unit hides O(n) work in C (`x in list`, list.pop(0)): up to l times n, as
 * far as the time fit confirms (when it grew at least 3x over the counted
 * sizes; less is the cache). Then the time fit, which reaches larger sizes,
 * may raise the class, except by exactly one log factor: every C function
 * with a log factor in the standard library (sorts, heapq, bisect) is
 * counted, so a log factor only the timing shows is the cache. Time that grew
 * by less than CX_MIN_GROWTH_US from the smallest sizes to the largest
 * (growth_us) is noise: the counts stand.
 * The counts include the comparisons of sorted() and list.sort() and the
 * log factors of heapq's and bisect's operations (python/harness.py,
 * count_work), so a sort in C does not hide its log factor, and a sort of
 * nearly sorted data (linear in Timsort) is not charged one.
 */
#define CX_MIN_GROWTH_US 20.0
enum cx_class cx_combine(enum cx_class t, enum cx_class l, enum cx_class ratio, double growth_us);

/* One measured size. */
struct cx_point {
	long n;
	double cpu_us;  /* the worst over seeds of each seed's best CPU time per call */
	double wall_us; /* the wall time of the same repetitions (for the plain fit) */
	double space;   /* peak bytes allocated during a call (seed 0), or -1 */
	double lines; /* work of a call, the most over seeds: lines + counted C work (cx_combine); -1: none */
};

struct cx_report {
	enum cx_class cls; /* the verdict: time and line counts weighed (see cx_combine) */
	double confidence;
	struct cx_fit time;  /* the fit of CPU time */
	struct cx_fit lines; /* the fit of work counts; cls CX_NONE when too few were counted */
	struct cx_fit ratio; /* the fit of CPU time per unit of work, on the same sizes */
	enum cx_class space; /* CX_NONE when not measured */
	double space_confidence;
	struct cx_point *points; /* by growing n */
	size_t npoints;
	bool memo;             /* the solution caches across calls: first calls were timed */
	bool per_call;         /* a class problem: the classes are per method call */
	enum cx_class optimal; /* the problem's declared time class (per call when per_call) */
	enum cx_class optimal_space;
	const char *stopped; /* why sizes stopped growing (static text) */
	double elapsed_ms;
};

struct cx_opts {
	double budget_ms;     /* the whole analysis; 0: 2500 */
	int seeds;            /* inputs per size; 0: 3 */
	long max_n;           /* the largest size; 0: 8192 */
	bool space;           /* also measure peak memory */
	const char *filename; /* the candidate's file, for messages */
	/* Called after each size with the fraction of the budget spent. */
	void (*progress)(void *ctx, double fraction);
	void *progress_ctx;
};

/*
 * Measure len bytes of source (already accepted, or at least correct) on
 * p's generated inputs. p must have a gen.py. Fills r (release with
 * cx_report_release). Returns 0, or -1 with *err (caller frees): no gen.py,
 * the code does not load, a call failed (the error is quoted), too few sizes
 * could be measured in the budget.
 */
int cx_analyze(const struct problem *p, const char *source, size_t len, const struct cx_opts *o,
               struct cx_report *r, char **err);
void cx_report_release(struct cx_report *r);

/*
 * Classify r's points (time, counts, their ratio, and space when asked):
 * sets cls, confidence and the fits from points, npoints and memo.
 * cx_analyze calls it; the accuracy benchmark calls it on saved points.
 * Returns -1 when there are too few points.
 */
int cx_classify(struct cx_report *r, bool space);

/*
 * The report as `ace submit --json` shows it: {"time": "O(n)", "confidence":
 * 0.93, "points": [[n, cpu_us], ...], "optimal": "O(n)", "space": "O(1)",
 * "optimal_space": ..., "per_call": bool, "memo": bool, "verdict": one line}.
 * Caller decrefs.
 */
json_t *cx_report_json(const struct cx_report *r, const struct problem *p);

struct judge_result;
/*
 * Whether cx_add_to_result() measures r: r is accepted and p has a gen.py.
 * A front end that shows the verdict before the complexity (ace serve) asks
 * this to know whether a measurement follows.
 */
bool cx_will_measure(const struct judge_result *r, const struct problem *p);

/*
 * The complexity of a judged submission, for every front end: when
 * cx_will_measure(r, p), measure source and set r->complexity to the
 * report's JSON, or to {"error": why} when it could not be measured (which
 * never changes the verdict). Returns 1 when measured (and fills *rep when
 * rep is not NULL: release it), 0 when there was nothing to measure, -1
 * with *err (caller frees) on failure.
 */
int cx_add_to_result(struct judge_result *r, const struct problem *p, const char *source, size_t len,
                     const struct cx_opts *o, struct cx_report *rep, char **err);

/*
 * One line for people: "grows as O(n^2); this problem can be solved in O(n)",
 * "grows as O(n), the best this problem allows", ... Caller frees.
 */
char *cx_summary(const struct cx_report *r, const struct problem *p);

#endif
