/*
 * complexity.c - measuring how a solution's cost grows (see complexity.h).
 */
#include "judge/complexity.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "judge/judge.h"
#include "judge/judge_int.h"
#include "sandbox/sandbox.h"
#include "util/xalloc.h"

/*
 * The model-selection rule's constants, tuned on the labelled corpus
 * (tests/complexity/corpus, bench/complexity_accuracy.c):
 * FLAT: the largest sizes cost less than this many times the smallest: O(1).
 * TIE:  a simpler class wins while its error is within TIE times the best's
 *       plus TIE_ABS (noise: a few percent is what repeated runs differ by).
 */
#define FLAT    1.35
#define TIE     1.25
#define TIE_ABS 0.01
/* Counts are exact, but a count with a small log term (a heap of size k) is still mostly linear. */
#define TIE_ABS_COUNTS 0.01
#define FLAT_COUNTS    1.1
/*
 * Time per unit of work must grow this much over the counted sizes to mean
 * hidden O(n) work in C: caches alone make a big dict cost up to about 2.5x
 * more per item than a small one.
 */
#define RATIO_GROWTH 3.0

/* When sizes stop growing: one call costs this much (µs), in CPU. */
#define STOP_CALL_US 80000.0
/* Each measured call repeats for at most this long (ns) to find its best time. */
#define REP_BUDGET_NS 3000000
/* Fewer points than this from the ladder: small sizes are measured too. */
#define LADDER_MIN 6

static const char *const names[CX_NCLASSES] = {"O(1)",   "O(log n)", "O(n)",  "O(n log n)",
                                               "O(n^2)", "O(n^3)",   "O(2^n)"};

const char *cx_name(enum cx_class c)
{
	return c >= 0 && c < CX_NCLASSES ? names[c] : "";
}

enum cx_class cx_parse(const char *text, bool *per_call)
{
	if (per_call)
		*per_call = false;
	if (!text)
		return CX_NONE;
	while (isspace((unsigned char)*text))
		text++;
	if (text[0] != 'O' || text[1] != '(')
		return CX_NONE;
	const char *close = strchr(text + 2, ')');
	if (!close)
		return CX_NONE;
	/* The inside without spaces, "²"/"³" as "^2"/"^3", "*" dropped between n's. */
	char in[32];
	size_t k = 0;
	for (const char *s = text + 2; s < close; s++) {
		if (isspace((unsigned char)*s))
			continue;
		const char *sub = NULL;
		if (!strncmp(s, "\xc2\xb2", 2))
			sub = "^2", s++;
		else if (!strncmp(s, "\xc2\xb3", 2))
			sub = "^3", s++;
		char one[2] = {(char)tolower((unsigned char)*s), 0};
		if (!sub)
			sub = one;
		size_t sl = strlen(sub);
		if (k + sl >= sizeof(in))
			return CX_NONE;
		memcpy(in + k, sub, sl);
		k += sl;
	}
	in[k] = 0;
	static const struct {
		const char *form;
		enum cx_class c;
	} forms[] = {
	    {"1", CX_1},         {"logn", CX_LOGN},     {"log(n)", CX_LOGN},  {"n", CX_N},
	    {"nlogn", CX_NLOGN}, {"nlog(n)", CX_NLOGN}, {"n*logn", CX_NLOGN}, {"n^2", CX_N2},
	    {"n*n", CX_N2},      {"n^3", CX_N3},        {"n*n*n", CX_N3},     {"2^n", CX_EXP},
	};
	enum cx_class c = CX_NONE;
	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++)
		if (!strcmp(in, forms[i].form))
			c = forms[i].c;
	if (c != CX_NONE && per_call && strstr(close, "per call"))
		*per_call = true;
	return c;
}

enum cx_class cx_times_n(enum cx_class c)
{
	switch (c) {
	case CX_1:
		return CX_N;
	case CX_LOGN:
		return CX_NLOGN;
	case CX_N:
		return CX_N2;
	case CX_N2:
		return CX_N3;
	case CX_EXP:
		return CX_EXP;
	default:
		return CX_NONE;
	}
}

enum cx_class cx_per_call(enum cx_class c)
{
	switch (c) {
	case CX_1:
	case CX_LOGN:
		return CX_1;
	case CX_N:
		return CX_1;
	case CX_NLOGN:
		return CX_LOGN;
	case CX_N2:
		return CX_N;
	case CX_N3:
		return CX_N2;
	case CX_EXP:
		return CX_EXP;
	default:
		return CX_NONE;
	}
}

/* ---- fitting ------------------------------------------------------------ */

static double model(enum cx_class c, double n, double base)
{
	switch (c) {
	case CX_1:
		return 0;
	case CX_LOGN:
		return log2(n);
	case CX_N:
		return n;
	case CX_NLOGN:
		return n * log2(n);
	case CX_N2:
		return n * n;
	case CX_N3:
		return n * n * n;
	case CX_EXP:
		return pow(base, n);
	default:
		return 0;
	}
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/*
 * Least squares of t on a + b*f with a, b >= 0; relative (weights 1/t^2)
 * or plain. Returns the RMS error (relative, or absolute for plain).
 */
static double fit_ab(const double *f, const double *t, size_t k, bool relative, double *a_out, double *b_out)
{
	double fmax = 0;
	for (size_t i = 0; i < k; i++)
		fmax = f[i] > fmax ? f[i] : fmax;
	double sw = 0, sg = 0, sgg = 0, st = 0, sgt = 0;
	for (size_t i = 0; i < k; i++) {
		double w = relative ? 1.0 / (t[i] * t[i]) : 1.0;
		double g = fmax > 0 ? f[i] / fmax : 0;
		sw += w;
		sg += w * g;
		sgg += w * g * g;
		st += w * t[i];
		sgt += w * g * t[i];
	}
	double a, b;
	double det = sw * sgg - sg * sg;
	if (fmax <= 0 || !(fabs(det) > 1e-12 * sw * sgg)) {
		a = st / sw;
		b = 0;
	} else {
		a = (sgg * st - sg * sgt) / det;
		b = (sw * sgt - sg * st) / det;
		if (b < 0) {
			a = st / sw;
			b = 0;
		} else if (a < 0) {
			a = 0;
			b = sgt / sgg;
		}
	}
	double e = 0;
	for (size_t i = 0; i < k; i++) {
		double g = fmax > 0 ? f[i] / fmax : 0;
		double r = a + b * g - t[i];
		e += relative ? (r / t[i]) * (r / t[i]) : r * r;
	}
	*a_out = a;
	*b_out = fmax > 0 ? b / fmax : 0;
	return sqrt(e / (double)k);
}

/*
 * fit_ab, trimmed: after a first fit, the worst TRIM share of the points
 * (by relative residual) are dropped and the rest fitted again. A size whose
 * runs all hit a noisy moment cannot pull the curve; every class drops the
 * same number of points, so the errors stay comparable. Plain fits are not
 * trimmed.
 */
#define TRIM 0.15
static double fit_trimmed(const double *f, const double *t, size_t k, bool relative, double *a, double *b)
{
	double e = fit_ab(f, t, k, relative, a, b);
	size_t drop = relative ? (size_t)((double)k * TRIM) : 0;
	if (drop == 0)
		return e;
	double *res = xcalloc(k, sizeof(*res)), *ff = xcalloc(k, sizeof(*ff)), *tt = xcalloc(k, sizeof(*tt));
	for (size_t i = 0; i < k; i++)
		res[i] = fabs((*a + *b * f[i] - t[i]) / t[i]);
	/* The cut: the (k - drop)-th smallest residual. */
	double *sorted = xcalloc(k, sizeof(*sorted));
	memcpy(sorted, res, k * sizeof(*res));
	qsort(sorted, k, sizeof(*sorted), cmp_double);
	double cut = sorted[k - drop - 1];
	size_t m = 0;
	for (size_t i = 0; i < k && m < k - drop; i++)
		if (res[i] <= cut) {
			ff[m] = f[i];
			tt[m] = t[i];
			m++;
		}
	e = fit_ab(ff, tt, m, relative, a, b);
	free(res);
	free(ff);
	free(tt);
	free(sorted);
	return e;
}

/* Fit every class; the exponential one over a grid of bases (or base 2 only). */
static int fit_all(const double *n, const double *t, size_t k, bool relative, bool base2, struct cx_fit *out)
{
	memset(out, 0, sizeof(*out));
	out->cls = CX_NONE;
	if (k < CX_MIN_POINTS)
		return -1;
	double nmax = 0;
	for (size_t i = 0; i < k; i++) {
		if (!(n[i] >= 1 && isfinite(n[i]) && t[i] > 0 && isfinite(t[i])))
			return -1;
		nmax = n[i] > nmax ? n[i] : nmax;
	}
	double *f = xcalloc(k, sizeof(*f));
	for (int c = 0; c < CX_NCLASSES; c++) {
		out->err[c] = INFINITY;
		if (c == CX_EXP) {
			/* c^n stays finite and meaningful only on small sizes. */
			if (nmax > 200)
				continue;
			for (double base = base2 ? 2.0 : 1.2; base <= (base2 ? 2.0 : 4.0); base *= 1.01) {
				for (size_t i = 0; i < k; i++)
					f[i] = model(CX_EXP, n[i], base);
				double a, b, e = fit_trimmed(f, t, k, relative, &a, &b);
				if (e < out->err[c]) {
					out->err[c] = e;
					out->a[c] = a;
					out->b[c] = b;
					out->exp_base = base;
				}
			}
			continue;
		}
		for (size_t i = 0; i < k; i++)
			f[i] = model((enum cx_class)c, n[i], 2);
		out->err[c] = fit_trimmed(f, t, k, relative, &out->a[c], &out->b[c]);
	}
	free(f);
	return 0;
}

static double median3(double a, double b, double c)
{
	double v[3] = {a, b, c};
	qsort(v, 3, sizeof(v[0]), cmp_double);
	return v[1];
}

/*
 * The confidence in cls: its share of exp(-2 (err / s)^2) over all classes,
 * where s is the best error (at least 2%, the noise between repeated runs).
 * A rival whose error is 1.25 times cls's leaves 0.75; twice, 0.997. Scaled
 * down below 8 points.
 */
static double confidence(const struct cx_fit *f, enum cx_class cls, size_t k)
{
	double best = INFINITY;
	for (int c = 0; c < CX_NCLASSES; c++)
		best = f->err[c] < best ? f->err[c] : best;
	double s = best > 0.02 ? best : 0.02, sum = 0, mine = 0;
	for (int c = 0; c < CX_NCLASSES; c++) {
		if (!isfinite(f->err[c]))
			continue;
		double z = f->err[c] / s, w = exp(-2 * z * z);
		sum += w;
		if (c == (int)cls)
			mine = w;
	}
	double conf = sum > 0 ? mine / sum : 0;
	double points = (double)k / 8.0;
	return conf * (points < 1 ? points : 1);
}

/* The selection rule on points sorted by n (see cx_fit in complexity.h). */
static int fit_kept(const double *n, const double *t, size_t k, double flat, double tie_abs,
                    struct cx_fit *out)
{
	if (fit_all(n, t, k, true, false, out) < 0)
		return -1;
	/* The ends: the points come sorted by n (without_dips). */
	double lo = median3(t[0], t[1], t[2]);
	double hi = median3(t[k - 1], t[k - 2], t[k - 3]);
	double span = n[k - 1] / n[0];
	out->growth = hi / lo;
	if (span >= 16 && hi < lo * flat) {
		out->cls = CX_1;
		double ratio = hi / lo;
		out->confidence = ratio <= 1 ? 1.0 : 1.0 - 0.5 * (ratio - 1) / (flat - 1);
		return 0;
	}
	enum cx_class best = CX_1;
	for (int c = CX_1; c < CX_NCLASSES; c++)
		if (out->err[c] < out->err[best])
			best = (enum cx_class)c;
	enum cx_class pick = best;
	for (int c = CX_1; c < (int)best; c++)
		if (out->err[c] <= out->err[best] * TIE + tie_abs) {
			pick = (enum cx_class)c;
			break;
		}
	out->cls = pick;
	out->confidence = confidence(out, pick, k);
	return 0;
}

/*
 * The points without dips: a size that costs under a quarter of both its
 * neighbours' (in n order) is an input gen.py made trivial at that size (an
 * early exit on every seed), not a growth curve; relative errors would let
 * it pull every fit. Returns the number kept, into n2 and t2.
 */
static size_t without_dips(const double *n, const double *t, size_t k, double *n2, double *t2)
{
	size_t *idx = xcalloc(k + 1, sizeof(*idx));
	for (size_t i = 0; i < k; i++)
		idx[i] = i;
	for (size_t i = 1; i < k; i++)
		for (size_t j = i; j > 0 && n[idx[j]] < n[idx[j - 1]]; j--) {
			size_t x = idx[j];
			idx[j] = idx[j - 1];
			idx[j - 1] = x;
		}
	size_t m = 0;
	for (size_t i = 0; i < k; i++) {
		double here = t[idx[i]];
		bool dip = i > 0 && i + 1 < k && here * 4 < t[idx[i - 1]] && here * 4 < t[idx[i + 1]];
		if (!dip) {
			n2[m] = n[idx[i]];
			t2[m] = here;
			m++;
		}
	}
	free(idx);
	return m;
}

static int fit_rule(const double *n_in, const double *t_in, size_t k_in, double flat, double tie_abs,
                    struct cx_fit *out)
{
	for (size_t i = 0; i < k_in; i++)
		if (!(n_in[i] >= 1 && isfinite(n_in[i]) && t_in[i] > 0 && isfinite(t_in[i]))) {
			memset(out, 0, sizeof(*out));
			out->cls = CX_NONE;
			return -1;
		}
	double *n = xcalloc(k_in + 1, sizeof(*n)), *t = xcalloc(k_in + 1, sizeof(*t));
	size_t k = without_dips(n_in, t_in, k_in, n, t);
	int rc = fit_kept(n, t, k, flat, tie_abs, out);
	free(n);
	free(t);
	return rc;
}

int cx_fit(const double *n, const double *t, size_t k, struct cx_fit *out)
{
	return fit_rule(n, t, k, FLAT, TIE_ABS, out);
}

int cx_fit_counts(const double *n, const double *t, size_t k, struct cx_fit *out)
{
	return fit_rule(n, t, k, FLAT_COUNTS, TIE_ABS_COUNTS, out);
}

int cx_fit_plain(const double *n, const double *t, size_t k, struct cx_fit *out)
{
	if (fit_all(n, t, k, false, true, out) < 0)
		return -1;
	enum cx_class best = CX_1;
	for (int c = CX_1; c < CX_NCLASSES; c++)
		if (out->err[c] < out->err[best])
			best = (enum cx_class)c;
	out->cls = best;
	out->confidence = confidence(out, best, k);
	return 0;
}

/* ---- measuring ----------------------------------------------------------- */

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

struct session {
	const struct problem *p;
	const struct cx_opts *o;
	sandbox_t *gen, *cand;
	double start, budget;
	const char *filename;
	struct cx_point *pts;
	size_t npts, cap;
	bool memo;
	bool slow;       /* calls cost over 20 ms: no more space measurements (tracemalloc is slow) */
	int count_lane;  /* the lane with the largest count at the last size counted in full, or -1 */
	json_t *warmup;  /* a small input: the first call of each child, untimed */
	char *err;       /* a failure that ends the analysis */
	const char *why; /* why sizes stopped growing */
};

static double remaining(const struct session *s)
{
	return s->budget - (now_ms() - s->start);
}

/* One error line of a failed call: "ValueError: message (line 7)". */
static char *call_error(const json_t *resp)
{
	const char *status = json_string_value(json_object_get(resp, "status"));
	json_t *error = json_object_get(resp, "error");
	const char *type = json_string_value(json_object_get(error, "type"));
	const char *msg = json_string_value(json_object_get(error, "message"));
	long long line = (long long)json_integer_value(json_object_get(error, "line"));
	if (type)
		return line ? xasprintf("%s: %s (line %lld)", type, msg ? msg : "", line)
		            : xasprintf("%s: %s", type, msg ? msg : "");
	return xstrdup(status ? status : "no answer");
}

enum size_outcome { SIZE_OK, SIZE_STOP, SIZE_FAIL };

/*
 * One measuring call on args (consumed): *v gets the child's figures (caller
 * decrefs). Returns SIZE_OK, SIZE_STOP (out of time or memory: s->why) or
 * SIZE_FAIL (s->err).
 */
static enum size_outcome measure_call(struct session *s, long n, json_t *args, json_t *measure, json_t **v)
{
	*v = NULL;
	/* A call may take a quarter of what is left: a steep solution that
	 * overshoots is cut short, and the small sizes still get their turn. */
	double left = remaining(s) / 4;
	int cpu_ms = left > 3000 ? 3000 : left < 100 ? 100 : (int)left;
	json_object_set(measure, "warmup", s->warmup);
	json_t *req = json_pack("{s:s, s:i, s:o, s:o, s:o}", "op", "call", "id", 0,
	                        s->p->kind == ENTRY_CLASS ? "calls" : "args", args, "limits",
	                        judge_limits_json(cpu_ms, s->p->memory_mb, 64), "measure", measure);
	json_t *resp = NULL;
	enum sandbox_err e = sandbox_call(s->cand, req, &resp, cpu_ms * 3 + 2000);
	json_decref(req);
	if (e != SANDBOX_OK) {
		s->err = xasprintf("%s: the runner failed at n = %ld (%s)", s->filename, n,
		                   sandbox_errmsg(s->cand));
		return SIZE_FAIL;
	}
	const char *status = json_string_value(json_object_get(resp, "status"));
	if (status && (!strcmp(status, "timeout") || !strcmp(status, "memory"))) {
		s->why = !strcmp(status, "timeout") ? "a call ran out of time" : "a call ran out of memory";
		json_decref(resp);
		return SIZE_STOP;
	}
	json_t *value = json_object_get(resp, "value");
	if (!status || strcmp(status, "ok") != 0 || !json_is_object(value)) {
		char *why = call_error(resp);
		s->err = xasprintf("%s failed at n = %ld: %s", s->filename, n, why);
		free(why);
		json_decref(resp);
		return SIZE_FAIL;
	}
	if (getenv("ACE_CX_DEBUG")) {
		char *text = json_dumps(value, JSON_COMPACT);
		fprintf(stderr, "cx:   n=%ld: %s\n", n, text);
		free(text);
	}
	*v = json_incref(value);
	json_decref(resp);
	return SIZE_OK;
}

/* Below this (µs), every lane's work is counted, and the largest count kept. */
#define COUNT_ALL_US 1000.0
/* Work counts are taken up to this size (they are exact: larger sizes add nothing but cost). */
#define COUNT_MAX_N 2048
/* ... and while a call costs under this (µs): a counted call is 30-40 times slower. */
#define COUNT_MAX_US 5000.0

/*
 * Measure size n: each seed's input timed in its own child; then the input
 * of the costliest lane once more, untimed, for the work count and the
 * memory peak. Appends a point.
 */
static enum size_outcome measure_size(struct session *s, long n)
{
	int seeds = s->o->seeds;
	double cpu[8], wall[8], space = -1, lines = -1, worst = -1;
	json_t *lane_args[8] = {NULL};
	for (int i = 0; i < seeds; i++) {
		/* The same seed per lane at every size: gen.py may pick a shape by seed. */
		long long seed = 7919LL * (i + 1);
		char *what = xasprintf("gen.py generate(%ld, seed %lld)", n, seed);
		json_t *gargs = json_pack("[I, I]", (json_int_t)n, (json_int_t)seed);
		json_t *args = judge_trusted_call(s->gen, gargs, 20000, what, &s->err);
		json_decref(gargs);
		free(what);
		if (!args || !json_is_array(args)) {
			if (args)
				s->err =
				    xasprintf("gen.py: generate(%ld) did not return a list of arguments", n);
			json_decref(args);
			for (int j = 0; j < i; j++)
				json_decref(lane_args[j]);
			return SIZE_FAIL;
		}
		json_t *v;
		enum size_outcome out =
		    measure_call(s, n, json_incref(args),
		                 json_pack("{s:i, s:i}", "budget_ns", REP_BUDGET_NS, "reps", 15), &v);
		json_t *ns = json_object_get(v, "ns"), *wns = json_object_get(v, "wall_ns");
		if (out == SIZE_OK && (!json_is_integer(ns) || !json_is_integer(wns))) {
			s->err =
			    xasprintf("%s: the measurement at n = %ld came back malformed", s->filename, n);
			out = SIZE_FAIL;
		}
		if (out != SIZE_OK) {
			json_decref(v);
			json_decref(args);
			for (int j = 0; j < i; j++)
				json_decref(lane_args[j]);
			return out;
		}
		/* The child's figures are advice from a process that ran candidate code: bounded here. */
		double t = (double)json_integer_value(ns) / 1e3, w = (double)json_integer_value(wns) / 1e3;
		cpu[i] = t > 0.05 ? t : 0.05;
		wall[i] = w > 0.05 ? w : 0.05;
		s->memo |= json_is_true(json_object_get(v, "memo"));
		json_decref(v);
		lane_args[i] = args;
		worst = cpu[i] > worst ? cpu[i] : worst;
	}
	/*
	 * Work counts and the memory peak, untimed. While calls are cheap, every
	 * lane is counted and the largest count kept; then only the lane whose
	 * count was the largest at the last size counted in full. Counting the
	 * costliest lane by time instead would hop between gen.py's shapes from
	 * size to size, and exact counts of different shapes make no one curve.
	 */
	bool count = n <= COUNT_MAX_N && worst < COUNT_MAX_US; /* a fresh child: no cache to fool it */
	bool all = count && worst < COUNT_ALL_US;
	bool mem = s->o->space && !s->slow;
	int first_lane = 0;
	for (int i = 1; i < seeds; i++)
		if (cpu[i] > cpu[first_lane])
			first_lane = i;
	if (!all && s->count_lane >= 0)
		first_lane = s->count_lane;
	enum size_outcome failed = SIZE_OK;
	double best_count = -1;
	for (int i = 0; i < seeds; i++) {
		bool this_count = count && (all || i == first_lane);
		bool this_mem = mem && i == first_lane;
		if ((!this_count && !this_mem) || failed != SIZE_OK)
			continue;
		json_t *v;
		enum size_outcome out = measure_call(
		    s, n, json_incref(lane_args[i]),
		    json_pack("{s:b, s:b, s:b}", "only", true, "count", this_count, "space", this_mem), &v);
		if (out != SIZE_OK) {
			failed = out;
			continue;
		}
		json_t *ln = json_object_get(v, "lines"), *sp = json_object_get(v, "space");
		if (json_is_integer(ln) && (double)json_integer_value(ln) > best_count) {
			best_count = (double)json_integer_value(ln);
			if (all)
				s->count_lane = i;
		}
		if (json_is_integer(sp) && json_integer_value(sp) >= 0)
			space = (double)json_integer_value(sp);
		json_decref(v);
	}
	for (int i = 0; i < seeds; i++)
		json_decref(lane_args[i]);
	if (failed != SIZE_OK)
		return failed;
	lines = best_count;
	qsort(cpu, (size_t)seeds, sizeof(cpu[0]), cmp_double);
	qsort(wall, (size_t)seeds, sizeof(wall[0]), cmp_double);
	if (s->npts == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 32;
		s->pts = xrealloc(s->pts, s->cap * sizeof(*s->pts));
	}
	if (getenv("ACE_CX_DEBUG"))
		fprintf(stderr, "cx: n=%ld cpu=%.3fus at %.0f ms\n", n, cpu[seeds - 1], now_ms() - s->start);
	/* The worst of the inputs: gen.py's shapes (by seed) differ, and complexity is the worst case. */
	s->pts[s->npts++] = (struct cx_point){n, cpu[seeds - 1], wall[seeds - 1], space, lines};
	return SIZE_OK;
}

/*
 * Walk sizes from..to (growing by factor, or by 1 when factor is 1) until a
 * stop rule fires. Returns -1 on failure.
 */
static int ladder(struct session *s, double from, double to, double factor)
{
	double prev = 0;
	long last = 0;
	for (double x = from; x <= to + 0.5; x = factor > 1 ? x * factor : x + 1) {
		long n = lround(x);
		bool done = n == last;
		for (size_t i = 0; i < s->npts && !done; i++)
			done = s->pts[i].n == n;
		if (done)
			continue;
		last = n;
		enum size_outcome out = measure_size(s, n);
		if (out == SIZE_FAIL)
			return -1;
		if (out == SIZE_STOP)
			return 0;
		double cost = s->pts[s->npts - 1].cpu_us;
		s->slow |= cost > 20000;
		if (s->o->progress)
			s->o->progress(s->o->progress_ctx, 1.0 - remaining(s) / s->budget);
		if (cost > STOP_CALL_US) {
			s->why = "a call costs over 80 ms";
			return 0;
		}
		/* Predict the next size: the cost grows at least as it just did. */
		double growth = prev > 0 ? cost / prev : 2;
		if (growth < 1.5)
			growth = 1.5;
		double next_ms = cost * growth / 1e3;
		double per_size = next_ms * (next_ms < 10 ? 6 : 2) * s->o->seeds + 3.0 * s->o->seeds +
		                  (next_ms < COUNT_MAX_US / 1e3
		                       ? next_ms * 40 * (next_ms < COUNT_ALL_US / 1e3 ? s->o->seeds : 1)
		                       : 0); /* counted calls */
		prev = cost;
		if (per_size > remaining(s)) {
			s->why = "the time budget is spent";
			return 0;
		}
	}
	s->why = NULL;
	return 0;
}

static int cmp_point(const void *a, const void *b)
{
	const struct cx_point *x = a, *y = b;
	return (x->n > y->n) - (x->n < y->n);
}

/* c times n (with = CX_N) or times log n (with = CX_LOGN), as far as the classes go. */
static enum cx_class times(enum cx_class c, enum cx_class with)
{
	if (with == CX_LOGN)
		return c == CX_1 ? CX_LOGN : c == CX_N ? CX_NLOGN : c;
	switch (c) {
	case CX_1:
		return CX_N;
	case CX_LOGN:
		return CX_NLOGN;
	case CX_N:
	case CX_NLOGN:
		return CX_N2;
	case CX_N2:
	case CX_N3:
		return CX_N3;
	default:
		return c;
	}
}

enum cx_class cx_combine(enum cx_class t, enum cx_class l, enum cx_class ratio, double growth_us)
{
	if (l == CX_NONE)
		return t;
	if (t == CX_NONE || (t > l && growth_us < CX_MIN_GROWTH_US))
		return l;
	/* What the timing says about each unit of counted work. */
	enum cx_class c = l;
	if (ratio >= CX_N) {
		/* l times n at most: hidden work once (min() then a bisect) adds, not multiplies. */
		c = times(l, CX_N);
		enum cx_class seen = t > l ? t : l;
		c = seen < c ? seen : c;
	}
	/* The time fit reaches larger sizes than the counts: it may see more. */
	if (t > c) {
		bool cache = (t == CX_NLOGN && c == CX_N) || (t == CX_LOGN && c == CX_1);
		if (!cache)
			c = t;
	}
	return c;
}

int cx_classify(struct cx_report *r, bool space)
{
	r->cls = r->time.cls = r->lines.cls = r->ratio.cls = CX_NONE;
	r->space = CX_NONE;
	double *n = xcalloc(r->npoints + 1, sizeof(*n)), *t = xcalloc(r->npoints + 1, sizeof(*t));
	for (size_t i = 0; i < r->npoints; i++) {
		n[i] = (double)r->points[i].n;
		t[i] = r->points[i].cpu_us;
	}
	if (cx_fit(n, t, r->npoints, &r->time) < 0) {
		free(n);
		free(t);
		return -1;
	}
	/*
	 * Work counts: fitted where at least CX_MIN_POINTS sizes were counted,
	 * leaving out the smallest sizes when there are enough larger ones: an
	 * exact count shows every quirk of gen.py's tiny inputs (a letter that
	 * cannot repeat yet in 40 characters), which is not how the code grows.
	 * The time per unit of work (ratio) is fitted on the same sizes.
	 */
	long counted_max = 0;
	for (size_t i = 0; i < r->npoints; i++)
		if (r->points[i].lines >= 0 && r->points[i].n > counted_max)
			counted_max = r->points[i].n;
	long lines_from = counted_max >= 512 ? 64 : counted_max >= 64 ? 16 : 0;
	double *rt = xcalloc(r->npoints + 1, sizeof(*rt));
	size_t nl = 0;
	for (size_t i = 0; i < r->npoints; i++)
		if (r->points[i].lines >= 0 && r->points[i].n >= lines_from) {
			n[nl] = (double)r->points[i].n;
			t[nl] = r->points[i].lines + 1;
			rt[nl] = r->points[i].cpu_us / t[nl];
			nl++;
		}
	if (nl >= CX_MIN_POINTS) {
		if (cx_fit_counts(n, t, nl, &r->lines) < 0)
			r->lines.cls = CX_NONE;
		if (cx_fit(n, rt, nl, &r->ratio) < 0)
			r->ratio.cls = CX_NONE;
		else if (r->ratio.cls >= CX_N && r->ratio.growth < RATIO_GROWTH)
			r->ratio.cls = CX_LOGN; /* grows, but no more than caches make it */
	}
	free(rt);
	double growth = 0;
	if (r->npoints >= 6) {
		const struct cx_point *q = r->points;
		size_t k = r->npoints;
		growth = median3(q[k - 1].cpu_us, q[k - 2].cpu_us, q[k - 3].cpu_us) -
		         median3(q[0].cpu_us, q[1].cpu_us, q[2].cpu_us);
	}
	r->cls = cx_combine(r->time.cls, r->lines.cls, r->ratio.cls, growth);
	r->confidence = r->time.confidence;
	if (r->cls == r->lines.cls && r->cls != r->time.cls)
		r->confidence = r->lines.confidence;
	else if (r->cls == r->lines.cls && r->lines.confidence > r->confidence)
		r->confidence = (r->confidence + r->lines.confidence) / 2;
	if (space) {
		size_t k = 0;
		double top = 0;
		for (size_t i = 0; i < r->npoints; i++)
			if (r->points[i].space >= 0) {
				n[k] = (double)r->points[i].n;
				/* The allocator's granularity keeps zero off the fit. */
				t[k] = r->points[i].space + 512;
				top = r->points[i].space > top ? r->points[i].space : top;
				k++;
			}
		struct cx_fit sf;
		if (k >= CX_MIN_POINTS && top < 8192) {
			r->space = CX_1;
			r->space_confidence = 1;
		} else if (k >= CX_MIN_POINTS && cx_fit(n, t, k, &sf) == 0) {
			r->space = sf.cls;
			r->space_confidence = sf.confidence;
		}
	}
	free(n);
	free(t);
	return 0;
}

int cx_analyze(const struct problem *p, const char *source, size_t len, const struct cx_opts *o,
               struct cx_report *r, char **err)
{
	struct cx_opts dflt = {0};
	if (!o)
		o = &dflt;
	struct cx_opts opts = *o;
	if (opts.budget_ms <= 0)
		opts.budget_ms = 2500;
	if (opts.seeds <= 0)
		opts.seeds = 3;
	if (opts.seeds > 8)
		opts.seeds = 8;
	if (opts.max_n <= 0)
		opts.max_n = 8192;
	memset(r, 0, sizeof(*r));
	r->cls = r->time.cls = r->lines.cls = r->ratio.cls = CX_NONE;
	r->space = CX_NONE;
	bool per_call = false;
	r->optimal = cx_parse(p->time_complexity, &per_call);
	r->per_call = p->kind == ENTRY_CLASS;
	r->optimal_space = cx_parse(p->space_complexity, NULL);
	if (!p->has_gen) {
		*err = xasprintf(
		    "%s has no gen.py: its inputs cannot be grown, so its complexity cannot be measured",
		    p->slug);
		return -1;
	}
	struct session s = {
	    .p = p, .o = &opts, .start = now_ms(), .budget = opts.budget_ms, .count_lane = -1};
	s.filename = opts.filename ? opts.filename : "solution.py";
	char *gen_src = judge_read_pack_file(p, "gen.py", err);
	if (!gen_src)
		return -1;
	char *src = xstrndup(source, len);
	int rc = -1;
	if (!(s.gen = judge_start_loaded(p, gen_src, "gen.py", "generator", "generate", err)))
		goto out;
	if (!(s.cand = judge_start_loaded(p, src, s.filename, p->kind == ENTRY_CLASS ? "class" : "function",
	                                  p->entry_name, err)))
		goto out;
	/*
	 * Each timed child first calls the solution on a small input, untimed: the
	 * first call in a forked child pays for copy-on-write faults on everything
	 * it touches (100 µs and more), which would drown small sizes. A small
	 * input barely warms a cache the solution keeps across calls.
	 */
	json_t *wargs = json_pack("[i, i]", 8, 1);
	s.warmup = judge_trusted_call(s.gen, wargs, 20000, "gen.py generate(8, seed 1)", err);
	json_decref(wargs);
	if (!s.warmup)
		goto out;
	if (ladder(&s, 4, (double)opts.max_n, M_SQRT2) < 0)
		goto fail;
	const char *why = s.why;
	if (s.npts < LADDER_MIN && s.why) {
		/* Steep growth (exponential solutions): fill in every size below the last one. */
		long top = s.npts ? s.pts[s.npts - 1].n : 4;
		if (ladder(&s, 2, (double)top, 1) < 0)
			goto fail;
	}
	qsort(s.pts, s.npts, sizeof(*s.pts), cmp_point);
	r->points = s.pts;
	r->npoints = s.npts;
	s.pts = NULL;
	r->memo = s.memo;
	r->stopped = why;
	if (cx_classify(r, opts.space) < 0) {
		*err =
		    xasprintf("only %zu sizes could be measured within %.0f ms (%s): too few to fit a curve",
		              r->npoints, opts.budget_ms, why ? why : "no more sizes");
		goto out;
	}
	rc = 0;
	goto out;
fail:
	*err = s.err ? s.err : xstrdup("the measurement failed");
	s.err = NULL;
out:
	r->elapsed_ms = now_ms() - s.start;
	free(s.err);
	free(s.pts);
	json_decref(s.warmup);
	sandbox_free(s.gen);
	sandbox_free(s.cand);
	free(gen_src);
	free(src);
	return rc;
}

void cx_report_release(struct cx_report *r)
{
	free(r->points);
	r->points = NULL;
	r->npoints = 0;
}

/* The class shown to people: per call for a class problem. */
static enum cx_class shown(const struct cx_report *r, enum cx_class measured)
{
	return r->per_call ? cx_per_call(measured) : measured;
}

static char *shown_name(const struct cx_report *r, enum cx_class measured)
{
	return xasprintf("%s%s", cx_name(shown(r, measured)), r->per_call ? " per call" : "");
}

char *cx_summary(const struct cx_report *r, const struct problem *p)
{
	if (r->cls == CX_NONE)
		return xstrdup("could not be measured");
	char *mine = shown_name(r, r->cls);
	char *out;
	/* The optimal class is written per call for a class problem already. */
	enum cx_class mine_c = shown(r, r->cls), best = r->optimal;
	if (best == CX_NONE)
		out = xasprintf("grows as %s (the reference solution is %s)", mine,
		                p->time_complexity ? p->time_complexity : "not stated");
	else if (mine_c > best)
		out = xasprintf("grows as %s; this problem can be solved in %s", mine, p->time_complexity);
	else if (mine_c == best)
		out = xasprintf("grows as %s, as the best known solution does", mine);
	else
		out = xasprintf("grows as %s at these sizes (the reference is %s)", mine, p->time_complexity);
	free(mine);
	return out;
}

static json_t *round_to(double d, double unit)
{
	return json_real(round(d / unit) * unit);
}

json_t *cx_report_json(const struct cx_report *r, const struct problem *p)
{
	json_t *pts = json_array(), *sp = json_array();
	for (size_t i = 0; i < r->npoints; i++) {
		json_array_append_new(pts, json_pack("[I, o]", (json_int_t)r->points[i].n,
		                                     round_to(r->points[i].cpu_us, 0.001)));
		if (r->points[i].space >= 0)
			json_array_append_new(sp, json_pack("[I, I]", (json_int_t)r->points[i].n,
			                                    (json_int_t)r->points[i].space));
	}
	char *summary = cx_summary(r, p);
	char *mine = r->cls == CX_NONE ? xstrdup("") : shown_name(r, r->cls);
	json_t *j = json_pack("{s:s, s:o, s:o, s:s, s:o, s:b, s:b, s:s, s:s?, s:o}", "time", mine,
	                      "confidence", round_to(r->confidence, 0.01), "points", pts, "unit", "us",
	                      "optimal", p->time_complexity ? json_string(p->time_complexity) : json_null(),
	                      "per_call", r->per_call, "memo", r->memo, "summary", summary, "stopped",
	                      r->stopped, "elapsed_ms", round_to(r->elapsed_ms, 1));
	json_object_set_new(j, "by_time", json_string(cx_name(r->time.cls)));
	json_object_set_new(j, "by_lines",
	                    r->lines.cls == CX_NONE ? json_null() : json_string(cx_name(r->lines.cls)));
	if (r->cls == CX_EXP)
		json_object_set_new(j, "exp_base", round_to(r->time.exp_base, 0.01));
	if (r->space != CX_NONE) {
		json_object_set_new(j, "space", json_string(cx_name(r->space)));
		json_object_set_new(j, "space_points", sp);
	} else {
		json_object_set_new(j, "space", json_null());
		json_decref(sp);
	}
	json_object_set_new(j, "optimal_space",
	                    p->space_complexity ? json_string(p->space_complexity) : json_null());
	free(summary);
	free(mine);
	return j;
}

bool cx_will_measure(const struct judge_result *r, const struct problem *p)
{
	return r->verdict == V_ACCEPTED && p->has_gen;
}

int cx_add_to_result(struct judge_result *r, const struct problem *p, const char *source, size_t len,
                     const struct cx_opts *o, struct cx_report *rep, char **err)
{
	if (!cx_will_measure(r, p))
		return 0;
	struct cx_report mine;
	if (cx_analyze(p, source, len, o, &mine, err) < 0) {
		json_decref(r->complexity);
		r->complexity = json_pack("{s:s}", "error", *err);
		return -1;
	}
	json_decref(r->complexity);
	r->complexity = cx_report_json(&mine, p);
	if (rep)
		*rep = mine;
	else
		cx_report_release(&mine);
	return 1;
}
