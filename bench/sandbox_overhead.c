/*
 * sandbox_overhead - what a fresh, sandboxed interpreter state costs per test.
 *
 *   build/bench/sandbox_overhead [N] [--box-only]   (make bench; N defaults to 300)
 *
 * Runs N test cases of a function that does nothing (`def f(x): return x`)
 * three ways, side by side, in one run, taking turns in five rounds:
 *   python3    a new `/usr/bin/python3 -I -S -c pass` per test: the cost of a fresh interpreter;
 *   bwrap      the same inside bubblewrap (--unshare-all --uid 65534 --cap-drop ALL), per test;
 *   ace        ace's box: namespaces, read-only view, cgroups (as root), seccomp, and a
 *              fork of the pre-initialised interpreter per test; timed as the judge sees it,
 *              from sending the request to having the validated answer.
 * Prints median and p95 per test for each, and the ratio of medians.
 * --box-only skips the first two (to profile the box, e.g. under perf record).
 */
#include <errno.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "sandbox/sandbox.h"

extern char **environ;

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* CPU time of this process and its reaped descendants, in ms. */
static double cpu_ms_all(void)
{
	struct rusage self, kids;
	getrusage(RUSAGE_SELF, &self);
	getrusage(RUSAGE_CHILDREN, &kids);
	double us = 0;
	struct rusage *r[] = {&self, &kids};
	for (int i = 0; i < 2; i++)
		us += (double)(r[i]->ru_utime.tv_sec + r[i]->ru_stime.tv_sec) * 1e6 +
		      (double)(r[i]->ru_utime.tv_usec + r[i]->ru_stime.tv_usec);
	return us / 1e3;
}

/* How many turns each row takes (see main). */
#define ROUNDS 5

struct stats {
	double median, p95;
};

static struct stats summarize(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(double), cmp_double);
	struct stats s = {v[n / 2], v[(int)(n * 0.95)]};
	return s;
}

/* Run argv to completion n times; -1 if it cannot be run. */
static int time_command(char *const argv[], int n, double *out)
{
	for (int i = 0; i < n; i++) {
		double t0 = now_ms();
		pid_t pid;
		if (posix_spawn(&pid, argv[0], NULL, NULL, argv, environ) != 0)
			return -1;
		int status;
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
			return -1;
		out[i] = now_ms() - t0;
	}
	return 0;
}

/*
 * n tests of the loaded function through sb, pause_ms apart; each one's time
 * from sending the request to having the validated answer goes to lat[], the
 * child's own CPU time to child_cpu[] (when not NULL).
 */
static int run_tests(sandbox_t *sb, int n, int pause_ms, double *lat, double *child_cpu)
{
	for (int i = 0; i < n; i++) {
		if (pause_ms) {
			struct timespec ts = {0, pause_ms * 1000000L};
			nanosleep(&ts, NULL);
		}
		json_t *req = json_pack("{s:s, s:i, s:[i], s:{s:i, s:i, s:i}}", "op", "call", "id", i, "args",
		                        i, "limits", "cpu_ms", 1000, "mem_mb", 256, "out_kb", 64);
		json_t *resp = NULL;
		double t0 = now_ms();
		if (sandbox_call(sb, req, &resp, 10000) != SANDBOX_OK ||
		    strcmp(json_string_value(json_object_get(resp, "status")), "ok") != 0) {
			fprintf(stderr, "call failed: %s\n", sandbox_errmsg(sb));
			return -1;
		}
		lat[i] = now_ms() - t0;
		if (child_cpu)
			child_cpu[i] = json_number_value(json_object_get(resp, "cpu_ms"));
		json_decref(resp);
		json_decref(req);
	}
	return 0;
}

int main(int argc, char **argv)
{
	char *end = NULL;
	bool box_only = argc > 2 && !strcmp(argv[2], "--box-only");
	long nl = argc > 1 ? strtol(argv[1], &end, 10) : 300;
	if (argc > 1 && (*end || nl < 20 || nl > 100000 || (argc > 2 && !box_only) || argc > 3)) {
		fprintf(stderr, "usage: sandbox_overhead [N] [--box-only]   (N tests per row, 20 to "
		                "100000)\n");
		return 2;
	}
	int n = (int)nl;
	double *a = calloc((size_t)n, sizeof(double)), *b = calloc((size_t)n, sizeof(double)),
	       *c = calloc((size_t)n, sizeof(double)), *d = calloc((size_t)n, sizeof(double)),
	       *child_cpu = calloc((size_t)n, sizeof(double));

	char *py[] = {"/usr/bin/python3", "-I", "-S", "-c", "pass", NULL};
	char *bw[] = {"/usr/bin/bwrap",
	              "--unshare-all",
	              "--uid",
	              "65534",
	              "--gid",
	              "65534",
	              "--cap-drop",
	              "ALL",
	              "--ro-bind",
	              "/usr",
	              "/usr",
	              "--symlink",
	              "usr/lib",
	              "/lib",
	              "--symlink",
	              "usr/lib64",
	              "/lib64",
	              "--symlink",
	              "usr/bin",
	              "/bin",
	              "--proc",
	              "/proc",
	              "--dev",
	              "/dev",
	              "--tmpfs",
	              "/tmp",
	              "--die-with-parent",
	              "/usr/bin/python3",
	              "-I",
	              "-S",
	              "-c",
	              "pass",
	              NULL};
	bool have_bwrap = !box_only && access(bw[0], X_OK) == 0;

	double cpu0 = cpu_ms_all(), cpu_others = 0;
	sandbox_t *sb;
	char *err = NULL;
	if (sandbox_start(NULL, &sb, &err) < 0) {
		fprintf(stderr, "sandbox: %s\n", err);
		return 1;
	}
	json_t *load =
	    json_pack("{s:s, s:s, s:s, s:s, s:s}", "op", "load", "source", "def f(x):\n    return x\n",
	              "filename", "solution.py", "kind", "function", "name", "f");
	json_t *resp = NULL;
	if (sandbox_call(sb, load, &resp, 10000) != SANDBOX_OK ||
	    !json_is_true(json_object_get(resp, "ok"))) {
		fprintf(stderr, "load failed: %s\n", sandbox_errmsg(sb));
		return 1;
	}
	json_decref(resp);
	json_decref(load);
	json_t *prot = sandbox_protections(sb);
	/*
	 * The rows take turns, a fifth of the tests each time, so that a machine
	 * that slows down or speeds up during the run (these are shared) affects
	 * every row alike, and the ratios hold.
	 */
	for (int round = 0, at = 0; round < ROUNDS; round++) {
		int k = (n - at) / (ROUNDS - round);
		double t = cpu_ms_all();
		if (!box_only && time_command(py, k, a + at) < 0) {
			fprintf(stderr, "cannot run /usr/bin/python3\n");
			return 1;
		}
		if (have_bwrap && time_command(bw, k, b + at) < 0) {
			fprintf(stderr, "bwrap failed: the bwrap row is left out\n");
			have_bwrap = false;
		}
		cpu_others += cpu_ms_all() - t;
		if (run_tests(sb, k, 0, c + at, child_cpu + at) < 0 || run_tests(sb, k, 2, d + at, NULL) < 0)
			return 1;
		at += k;
	}
	sandbox_free(sb);
	/* ace, the box, the zygote and every test's child (reaped by the box, which ace reaps). */
	double cpu_per_test = (cpu_ms_all() - cpu0 - cpu_others) / (2 * n);

	struct stats sa = summarize(a, n), sbw = have_bwrap ? summarize(b, n) : (struct stats){0, 0},
	             sc = summarize(c, n), sd = summarize(d, n);
	char *mode = json_dumps(prot, JSON_COMPACT);
	printf("per-test cost over %d tests (ms)          median     p95   vs ace (median)\n", n);
	printf("python3 -I -S -c pass, fresh process   %8.3f %8.3f   %6.1fx\n", sa.median, sa.p95,
	       sa.median / sc.median);
	if (have_bwrap)
		printf("bwrap --unshare-all ... python3        %8.3f %8.3f   %6.1fx\n", sbw.median, sbw.p95,
		       sbw.median / sc.median);
	else
		printf(
		    "bwrap                                  (not installed: apt-get install bubblewrap)\n");
	printf("ace box, fork of the zygote per test   %8.3f %8.3f   %6.1fx\n", sc.median, sc.p95, 1.0);
	printf("  the same, tests 2 ms apart           %8.3f %8.3f   (python3 / this: %.1fx)\n", sd.median,
	       sd.p95, sa.median / sd.median);
	struct stats scc = summarize(child_cpu, n);
	printf("ace box: CPU per test, all its processes together: %.3f ms; the test's child "
	       "alone: %.3f ms (median)\n",
	       cpu_per_test, scc.median);
	printf("ace box protections: %s\n", mode);
	free(mode);
	json_decref(prot);
	return 0;
}
