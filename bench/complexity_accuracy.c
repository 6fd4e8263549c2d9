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
 *       [--save FILE]
 *   build/bench/complexity_accuracy --replay FILE
 * The bank is ./bank (or $ACE_BUILTIN_BANK). --save writes each file's
 * measured points as JSON lines; --replay classifies saved points again
 * without measuring (to study the fitting rule on the same data).
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

struct tally {
	int ace_m[CX_NCLASSES][CX_NCLASSES], plain_m[CX_NCLASSES][CX_NCLASSES];
	int total, ace_ok, plain_ok, failed;
	double *times;
	size_t ntimes;
};

/* Count one classified report; print its line. */
static void tally(struct tally *y, const char *label, enum cx_class truth, struct cx_report *r)
{
	double *n = xcalloc(r->npoints + 1, sizeof(*n)), *w = xcalloc(r->npoints + 1, sizeof(*w));
	for (size_t k = 0; k < r->npoints; k++) {
		n[k] = (double)r->points[k].n;
		w[k] = r->points[k].wall_us;
	}
	struct cx_fit plain;
	if (cx_fit_plain(n, w, r->npoints, &plain) < 0)
		plain.cls = CX_NONE;
	free(n);
	free(w);
	enum cx_class got = r->cls;
	y->total++;
	y->ace_ok += got == truth;
	y->plain_ok += plain.cls == truth;
	if (got >= 0)
		y->ace_m[truth][got]++;
	if (plain.cls >= 0)
		y->plain_m[truth][plain.cls]++;
	y->times = xreallocarray(y->times, y->ntimes + 1, sizeof(*y->times));
	y->times[y->ntimes++] = r->elapsed_ms;
	printf("%-44s %-11s %-11s %5.2f %-11s %6.0f  t=%s w=%s r=%s%s\n", label, cx_name(truth), cx_name(got),
	       r->confidence, cx_name(plain.cls), r->elapsed_ms, cx_name(r->time.cls), cx_name(r->lines.cls),
	       cx_name(r->ratio.cls), got == truth ? "" : "  <- wrong");
	fflush(stdout);
}

static void summary(struct tally *y)
{
	print_matrix("ace", y->ace_m);
	print_matrix("plain least squares of wall time", y->plain_m);
	if (y->ntimes)
		qsort(y->times, y->ntimes, sizeof(*y->times), cmp_double);
	printf("\nace:   %d/%d right (%.1f%%)\n", y->ace_ok, y->total,
	       y->total ? 100.0 * y->ace_ok / y->total : 0);
	printf("plain: %d/%d right (%.1f%%)\n", y->plain_ok, y->total,
	       y->total ? 100.0 * y->plain_ok / y->total : 0);
	if (y->ntimes)
		printf("analysis time per file: median %.0f ms, max %.0f ms\n", y->times[y->ntimes / 2],
		       y->times[y->ntimes - 1]);
	if (y->failed)
		printf("%d files could not be analysed\n", y->failed);
	free(y->times);
}

static json_t *saved(const char *label, enum cx_class truth, const struct cx_report *r)
{
	json_t *pts = json_array();
	for (size_t i = 0; i < r->npoints; i++) {
		const struct cx_point *q = &r->points[i];
		json_array_append_new(pts, json_pack("[I, f, f, f, f]", (json_int_t)q->n, q->cpu_us,
		                                     q->wall_us, q->lines, q->space));
	}
	return json_pack("{s:s, s:s, s:o, s:b, s:b, s:f}", "file", label, "truth", cx_name(truth), "points",
	                 pts, "memo", r->memo, "per_call", r->per_call, "elapsed_ms", r->elapsed_ms);
}

static int replay(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		fprintf(stderr, "complexity_accuracy: cannot read %s\n", path);
		return 2;
	}
	struct tally y = {0};
	char *line = NULL;
	size_t cap = 0;
	while (getline(&line, &cap, f) > 0) {
		json_t *j = json_loads(line, 0, NULL);
		if (!j)
			continue;
		struct cx_report r = {0};
		json_t *pts = json_object_get(j, "points"), *q;
		size_t i;
		r.npoints = json_array_size(pts);
		r.points = xcalloc(r.npoints + 1, sizeof(*r.points));
		json_array_foreach(pts, i, q) {
			r.points[i] = (struct cx_point){
			    (long)json_integer_value(json_array_get(q, 0)),
			    json_number_value(json_array_get(q, 1)), json_number_value(json_array_get(q, 2)),
			    json_number_value(json_array_get(q, 4)), json_number_value(json_array_get(q, 3))};
		}
		r.memo = json_is_true(json_object_get(j, "memo"));
		r.per_call = json_is_true(json_object_get(j, "per_call"));
		r.elapsed_ms = json_number_value(json_object_get(j, "elapsed_ms"));
		enum cx_class truth = cx_parse(json_string_value(json_object_get(j, "truth")), NULL);
		if (cx_classify(&r, false) < 0)
			y.failed++;
		else
			tally(&y, json_string_value(json_object_get(j, "file")), truth, &r);
		cx_report_release(&r);
		json_decref(j);
	}
	free(line);
	fclose(f);
	summary(&y);
	return 0;
}

int main(int argc, char **argv)
{
	const char *corpus = "tests/complexity/corpus", *only = NULL, *save = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--only") && i + 1 < argc)
			only = argv[++i];
		else if (!strcmp(argv[i], "--save") && i + 1 < argc)
			save = argv[++i];
		else if (!strcmp(argv[i], "--replay") && i + 1 < argc)
			return replay(argv[++i]);
		else
			corpus = argv[i];
	}
	FILE *savef = save ? fopen(save, "w") : NULL;
	if (save && !savef) {
		fprintf(stderr, "complexity_accuracy: cannot write %s\n", save);
		return 2;
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
	struct tally y = {0};
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
				y.failed++;
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
				y.failed++;
				buf_release(&b);
				free(path);
				free(label);
				continue;
			}
			tally(&y, label, truth, &r);
			if (savef) {
				json_t *doc = saved(label, truth, &r);
				char *text = json_dumps(doc, JSON_COMPACT);
				fprintf(savef, "%s\n", text);
				fflush(savef);
				free(text);
				json_decref(doc);
			}
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
	summary(&y);
	if (savef)
		fclose(savef);
	for (size_t i = 0; i < nslugs; i++)
		free(slugs[i]);
	free(slugs);
	bank_free(bank);
	diags_release(&d);
	free(bank_dir);
	return 0;
}
