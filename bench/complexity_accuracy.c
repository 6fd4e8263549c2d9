/*
 * complexity_accuracy - how often the measured complexity is right.
 *
 * Runs the complexity analysis (src/judge/complexity.c) on every solution of
 * the labelled corpus, tests/complexity/corpus/<slug>/<name>.py, whose first
 * line says its true class ("# class: O(n log n)"), and prints, in one run:
 *   - each file's label, ace's class and confidence, and the plain fit's class;
 *   - ace's accuracy and confusion matrix;
 *   - for comparison, what a plain least-squares fit of wall time (the same
 *     runs' wall times, no relative weighting, no tie rule) gets;
 *   - the analysis time per file (median and max).
 *
 * Usage (from the checkout, after make and make bench):
 *   ACE_BOX_EXE=$PWD/build/ace build/bench/complexity_accuracy [CORPUS_DIR] [--only SLUG]
 * The bank is ./bank (or $ACE_BUILTIN_BANK).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bank/bank.h"
#include "judge/complexity.h"
#include "util/diag.h"
#include "util/fs.h"
#include "util/xalloc.h"

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char **list_dir(const char *dir, size_t *n)
{
	*n = 0;
	DIR *d = opendir(dir);
	if (!d)
		return NULL;
	char **v = NULL;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		v = xreallocarray(v, *n + 1, sizeof(*v));
		v[(*n)++] = xstrdup(e->d_name);
	}
	closedir(d);
	qsort(v, *n, sizeof(*v), cmp_str);
	return v;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static void print_matrix(const char *title, int m[CX_NCLASSES][CX_NCLASSES])
{
	printf("\n%s (rows: true class, columns: measured)\n%-11s", title, "");
	for (int c = 0; c < CX_NCLASSES; c++)
		printf("%11s", cx_name(c));
	printf("\n");
	for (int r = 0; r < CX_NCLASSES; r++) {
		printf("%-11s", cx_name(r));
		for (int c = 0; c < CX_NCLASSES; c++)
			printf("%11d", m[r][c]);
		printf("\n");
	}
}

int main(int argc, char **argv)
{
	const char *corpus = "tests/complexity/corpus", *only = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--only") && i + 1 < argc)
			only = argv[++i];
		else
			corpus = argv[i];
	}
	char *bank_dir = getenv("ACE_BUILTIN_BANK") ? xstrdup(getenv("ACE_BUILTIN_BANK")) : xstrdup("bank");
	const char *dirs[] = {bank_dir, NULL};
	struct diags d = {0};
	bank_t *bank;
	if (bank_open(dirs, &bank, &d) < 0) {
		fprintf(stderr, "complexity_accuracy: cannot open the bank %s\n", bank_dir);
		return 2;
	}
	size_t nslugs;
	char **slugs = list_dir(corpus, &nslugs);
	if (!slugs) {
		fprintf(stderr, "complexity_accuracy: cannot read %s\n", corpus);
		return 2;
	}
	int ace_m[CX_NCLASSES][CX_NCLASSES] = {{0}}, plain_m[CX_NCLASSES][CX_NCLASSES] = {{0}};
	int total = 0, ace_ok = 0, plain_ok = 0, failed = 0;
	double *times = NULL;
	size_t ntimes = 0;
	printf("%-44s %-11s %-11s %5s %-11s %6s\n", "solution", "true", "ace", "conf", "plain", "ms");
	for (size_t i = 0; i < nslugs; i++) {
		if (only && strcmp(only, slugs[i]))
			continue;
		struct problem *p = bank_find(bank, slugs[i]);
		char *sdir = fs_join(corpus, slugs[i]);
		size_t nfiles;
		char **files = list_dir(sdir, &nfiles);
		for (size_t j = 0; j < nfiles; j++) {
			size_t flen = strlen(files[j]);
			if (flen < 4 || strcmp(files[j] + flen - 3, ".py"))
				continue;
			char *path = fs_join(sdir, files[j]);
			char *label = xasprintf("%s/%s", slugs[i], files[j]);
			char *err = NULL;
			struct buf b;
			buf_init(&b, 1 << 20);
			enum cx_class truth = CX_NONE;
			if (fs_read_file(path, 1u << 20, &b) == 0 && !strncmp(b.data, "# class: ", 9))
				truth = cx_parse(b.data + 9, NULL);
			if (!p || truth == CX_NONE) {
				printf("%-44s skipped: %s\n", label,
				       !p ? "no such problem in the bank"
				          : "no '# class: O(...)' first line");
				failed++;
				free(err);
				buf_release(&b);
				free(path);
				free(label);
				continue;
			}
			struct cx_opts o = {.filename = path};
			struct cx_report r;
			if (cx_analyze(p, b.data, b.len, &o, &r, &err) < 0) {
				printf("%-44s %-11s failed: %s\n", label, cx_name(truth), err);
				free(err);
				failed++;
				buf_release(&b);
				free(path);
				free(label);
				continue;
			}
			double *n = xcalloc(r.npoints, sizeof(*n)), *w = xcalloc(r.npoints, sizeof(*w));
			for (size_t k = 0; k < r.npoints; k++) {
				n[k] = (double)r.points[k].n;
				w[k] = r.points[k].wall_us;
			}
			struct cx_fit plain;
			if (cx_fit_plain(n, w, r.npoints, &plain) < 0)
				plain.cls = CX_NONE;
			free(n);
			free(w);
			enum cx_class got = r.cls;
			total++;
			ace_ok += got == truth;
			plain_ok += plain.cls == truth;
			if (got >= 0)
				ace_m[truth][got]++;
			if (plain.cls >= 0)
				plain_m[truth][plain.cls]++;
			times = xreallocarray(times, ntimes + 1, sizeof(*times));
			times[ntimes++] = r.elapsed_ms;
			printf("%-44s %-11s %-11s %5.2f %-11s %6.0f %s\n", label, cx_name(truth),
			       cx_name(got), r.confidence, cx_name(plain.cls), r.elapsed_ms,
			       got == truth ? "" : "  <- wrong");
			fflush(stdout);
			cx_report_release(&r);
			buf_release(&b);
			free(path);
			free(label);
		}
		for (size_t j = 0; j < nfiles; j++)
			free(files[j]);
		free(files);
		free(sdir);
	}
	print_matrix("ace", ace_m);
	print_matrix("plain least squares of wall time", plain_m);
	if (ntimes)
		qsort(times, ntimes, sizeof(*times), cmp_double);
	printf("\nace:   %d/%d right (%.1f%%)\n", ace_ok, total, total ? 100.0 * ace_ok / total : 0);
	printf("plain: %d/%d right (%.1f%%)\n", plain_ok, total, total ? 100.0 * plain_ok / total : 0);
	if (ntimes)
		printf("analysis time per file: median %.0f ms, max %.0f ms\n", times[ntimes / 2],
		       times[ntimes - 1]);
	if (failed)
		printf("%d files could not be analysed\n", failed);
	for (size_t i = 0; i < nslugs; i++)
		free(slugs[i]);
	free(slugs);
	free(times);
	bank_free(bank);
	diags_release(&d);
	free(bank_dir);
	return 0;
}
