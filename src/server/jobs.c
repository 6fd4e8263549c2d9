/*
 * jobs.c - see jobs.h.
 *
 * Why processes: the judge was written for a single-threaded CLI. It starts
 * sandboxes with a raw clone() and then calls setresuid() and friends in the
 * child, which glibc implements by signalling every thread it believes the
 * process has; in a threaded server that is undefined. So each worker slot
 * is a thread of this server that owns one forked worker process, and only
 * that process judges. A worker that crashes costs its job (reported as an
 * error, never as the candidate's verdict) and is forked again.
 *
 * Workers are forked from a threaded process, so between fork() and its
 * loop the child touches nothing another thread could hold locked: glibc
 * makes malloc and stdio safe across fork(); the child closes every inherited
 * descriptor but its two pipes (the server's sockets must not stay open in
 * it) and never touches the server's mutexes or the store.
 *
 * The wire between a slot and its worker is JSON, one compact document per
 * line. Slot -> worker: {kind, problem, code, args?}. Worker -> slot: any
 * number of {"progress": [done, total]}, then {"result": DOC} (the document
 * `ace submit/test/run --json` prints) or {"error": "why ace could not judge"}.
 * A submission whose complexity will be measured (cx_will_measure) sends
 * {"judged": DOC} before it, DOC without the complexity: measuring takes
 * seconds more than judging, and the verdict is what the candidate waits for.
 * From then on the verdict stands: the final result must carry the same one,
 * and a worker that dies or breaks the wire costs only the complexity.
 */
#include "server/jobs.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "judge/complexity.h"
#include "judge/judge.h"
#include "util/buf.h"
#include "util/xalloc.h"

/* The largest line either side sends (a result with every test's output). */
#define LINE_MAX_BYTES (64u << 20)

enum job_status { JOB_QUEUED, JOB_RUNNING, JOB_DONE, JOB_ERROR };

struct job {
	int64_t id;
	enum job_kind kind;
	enum job_status status;
	char *problem;
	char *code;
	json_t *args;
	int done, total;    /* progress; total 0: unknown */
	bool measuring;     /* the verdict is in result; the complexity is being measured */
	json_t *result;     /* never changed once set (readers share it): replaced whole */
	int64_t submission; /* -1: none */
	char *error;
};

struct slot {
	struct jobs *j;
	pthread_t thread;
	bool started;
	pid_t pid; /* the worker process, 0 when none */
	int to_fd, from_fd;
	struct buf in; /* bytes read from the worker, not yet a whole line */
};

struct jobs {
	struct jobs_opts o;
	char *cache_dir;
	pthread_mutex_t mu;
	pthread_cond_t wake;
	bool stopping;
	int64_t next_id;
	struct job **all; /* every job kept, oldest first (ids increase) */
	size_t nall, capall;
	struct job **queue; /* waiting jobs, FIFO ring */
	size_t qhead, qlen;
	size_t running;
	struct slot *slots;
};

const char *job_kind_name(enum job_kind k)
{
	return k == JOB_SUBMIT ? "submit" : k == JOB_CUSTOM ? "custom" : "examples";
}

static const char *status_name(enum job_status s)
{
	static const char *const names[] = {"queued", "running", "done", "error"};
	return names[s];
}

static void job_free(struct job *jb)
{
	free(jb->problem);
	free(jb->code);
	json_decref(jb->args);
	json_decref(jb->result);
	free(jb->error);
	free(jb);
}

/* ---- the worker process ------------------------------------------------ */

static int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Send one JSON document (consumed) as a line. */
static int send_line(int fd, json_t *doc)
{
	char *s = json_dumps(doc, JSON_COMPACT);
	json_decref(doc);
	if (!s)
		return -1;
	size_t n = strlen(s);
	s[n] = '\n'; /* the NUL becomes the newline; the length is known */
	int rc = write_all(fd, s, n + 1);
	free(s);
	return rc;
}

/*
 * Read one line from fd into *line (caller frees). 0, or -1 at end of input
 * or on an error (an over-long line included).
 */
static int read_line(int fd, struct buf *in, char **line)
{
	for (;;) {
		char *nl = memchr(in->data, '\n', in->len);
		if (nl) {
			size_t n = (size_t)(nl - in->data);
			*line = xstrndup(in->data, n);
			memmove(in->data, nl + 1, in->len - n - 1);
			in->len -= n + 1;
			in->data[in->len] = '\0';
			return 0;
		}
		char chunk[65536];
		ssize_t r = read(fd, chunk, sizeof(chunk));
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0 || buf_add(in, chunk, (size_t)r) < 0)
			return -1;
	}
}

struct wctx {
	int out_fd;
};

static void worker_progress(void *ctx, size_t done, size_t total)
{
	struct wctx *w = ctx;
	send_line(w->out_fd, json_pack("{s:[I,I]}", "progress", (json_int_t)done, (json_int_t)total));
}

/* Judge one request; returns {"result": ...} or {"error": ...}. */
static json_t *worker_job(bank_t *bank, const char *cache_dir, const json_t *rq, int out_fd)
{
	const char *kind = json_string_value(json_object_get(rq, "kind"));
	const char *slug = json_string_value(json_object_get(rq, "problem"));
	const char *code = json_string_value(json_object_get(rq, "code"));
	const json_t *args = json_object_get(rq, "args");
	struct problem *p = slug ? bank_find(bank, slug) : NULL;
	if (!kind || !code || !p)
		return json_pack("{s:s}", "error", "a malformed job reached the judge worker");
	if (!p->tests_loaded) {
		struct diags d = {0};
		if (problem_load_tests(p, &d) < 0) {
			char *first = d.n ? diag_format(&d.v[0]) : xstrdup("unknown error");
			json_t *e = json_pack("{s:s+}", "error", "the problem's tests are broken: ", first);
			free(first);
			diags_release(&d);
			return e;
		}
		diags_release(&d);
	}
	struct wctx w = {out_fd};
	enum judge_mode mode = !strcmp(kind, "submit")   ? JUDGE_SUBMIT
	                       : !strcmp(kind, "custom") ? JUDGE_CUSTOM
	                                                 : JUDGE_EXAMPLES;
	struct judge_opts o = {
	    .mode = mode,
	    .custom_args = args,
	    .filename = "solution.py",
	    .cache_dir = cache_dir,
	    .progress = worker_progress,
	    .progress_ctx = &w,
	};
	size_t len = strlen(code);
	struct judge_result r;
	judge_run(p, code, len, &o, &r);
	json_t *doc;
	if (mode == JUDGE_CUSTOM) {
		char *ref_err = NULL;
		doc = judge_custom_json(p, &r, args, &ref_err);
		free(ref_err);
	} else {
		if (mode == JUDGE_SUBMIT) {
			char *err = NULL;
			if (judge_add_review(&r, code, len, &err) < 0)
				free(err); /* the review is extra: no review this time */
			/* So is the measured complexity of an accepted solution (r.complexity says why not),
			 * which takes longer than the judging: the verdict goes first. A failed send is
			 * seen by the final one. */
			if (cx_will_measure(&r, p)) {
				send_line(out_fd, json_pack("{s:o}", "judged", judge_result_json(p, &r)));
				struct cx_opts cx = {.space = true, .filename = "solution.py"};
				err = NULL;
				if (cx_add_to_result(&r, p, code, len, &cx, NULL, &err) < 0)
					free(err);
			}
		}
		doc = judge_result_json(p, &r);
	}
	judge_result_release(&r);
	return json_pack("{s:o}", "result", doc);
}

/* Close every descriptor from lowfd up. */
static void close_from(int lowfd)
{
#ifdef SYS_close_range
	if (syscall(SYS_close_range, (unsigned)lowfd, ~0u, 0) == 0)
		return;
#endif
	long max = sysconf(_SC_OPEN_MAX);
	for (int fd = lowfd; fd < (max > 0 ? max : 1024); fd++)
		close(fd);
}

static _Noreturn void worker_main(int in_fd, int out_fd, bank_t *bank, const char *cache_dir)
{
	/* Our descriptors at 3 and 4, then nothing else of the server's. */
	int in = fcntl(in_fd, F_DUPFD, 10), out = fcntl(out_fd, F_DUPFD, 10);
	if (in < 0 || out < 0 || dup2(in, 3) < 0 || dup2(out, 4) < 0)
		_exit(1);
	close_from(5);
	struct buf inb;
	buf_init(&inb, LINE_MAX_BYTES);
	char *line;
	while (read_line(3, &inb, &line) == 0) {
		json_t *rq = json_loads(line, 0, NULL);
		free(line);
		json_t *ans = rq ? worker_job(bank, cache_dir, rq, 4)
		                 : json_pack("{s:s}", "error", "a malformed job reached the judge worker");
		json_decref(rq);
		if (send_line(4, ans) < 0)
			break;
	}
	_exit(0);
}

/* Fork the slot's worker. 0, or -1 with errno. */
static int slot_spawn(struct slot *s)
{
	int down[2], up[2];
	if (pipe2(down, O_CLOEXEC) < 0)
		return -1;
	if (pipe2(up, O_CLOEXEC) < 0) {
		close(down[0]);
		close(down[1]);
		return -1;
	}
	pid_t parent = getpid();
	pid_t pid = fork();
	if (pid < 0) {
		int e = errno;
		close(down[0]);
		close(down[1]);
		close(up[0]);
		close(up[1]);
		errno = e;
		return -1;
	}
	if (pid == 0) {
		/* Its own process group (the terminal's ^C is for the server), gone with the server. */
		setpgid(0, 0);
		prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
		if (getppid() != parent)
			_exit(1);
		sigset_t none;
		sigemptyset(&none);
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		pthread_sigmask(SIG_SETMASK, &none, NULL);
		worker_main(down[0], up[1], s->j->o.bank, s->j->cache_dir);
	}
	close(down[0]);
	close(up[1]);
	pthread_mutex_lock(&s->j->mu); /* jobs_free() reads pid from another thread */
	s->pid = pid;
	pthread_mutex_unlock(&s->j->mu);
	s->to_fd = down[1];
	s->from_fd = up[0];
	buf_reset(&s->in);
	s->in.truncated = false;
	return 0;
}

/* Kill the slot's worker (and its sandboxes, in its process group) and reap it. */
static void slot_kill(struct slot *s)
{
	/* Cleared before the reaping, so that jobs_free() never signals a reused pid. */
	pthread_mutex_lock(&s->j->mu);
	pid_t pid = s->pid;
	s->pid = 0;
	pthread_mutex_unlock(&s->j->mu);
	if (pid <= 0)
		return;
	kill(-pid, SIGKILL);
	kill(pid, SIGKILL);
	close(s->to_fd);
	close(s->from_fd);
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
	s->to_fd = s->from_fd = -1;
}

/* ---- the slots (threads of the server) --------------------------------- */

/* End the job; result and error are consumed. */
static void finish(struct jobs *j, struct job *jb, json_t *result, int64_t submission, char *error)
{
	pthread_mutex_lock(&j->mu);
	json_decref(jb->result); /* the verdict shown while measuring, if any */
	jb->result = result;
	jb->measuring = false;
	jb->submission = submission;
	jb->error = error;
	jb->status = error ? JOB_ERROR : JOB_DONE;
	j->running--;
	pthread_mutex_unlock(&j->mu);
}

/* End the job with its result (consumed), recorded once when it is a submission. */
static void finish_result(struct jobs *j, struct job *jb, json_t *result)
{
	int64_t id = -1;
	if (jb->kind == JOB_SUBMIT && j->o.record) {
		id = j->o.record(j->o.record_ctx, jb->code, result);
		json_object_set_new(result, "submission", id >= 0 ? json_integer(id) : json_null());
	}
	finish(j, jb, result, id, NULL);
}

/*
 * The worker failed after it sent the verdict: the verdict stands (the page
 * may have shown it) and is recorded with the complexity as not measured,
 * the shape cx_add_to_result() gives a failed measurement.
 */
static void finish_unmeasured(struct jobs *j, struct job *jb, json_t *judged, const char *why)
{
	json_t *doc = json_copy(judged); /* judged is shared with readers: never changed */
	json_object_set_new(doc, "complexity", json_pack("{s:s}", "error", why));
	finish_result(j, jb, doc);
}

static bool is_verdict_doc(const json_t *doc)
{
	return json_is_object(doc) && json_is_string(json_object_get(doc, "verdict"));
}

static bool same_verdict(const json_t *a, const json_t *b)
{
	return is_verdict_doc(a) && is_verdict_doc(b) &&
	       !strcmp(json_string_value(json_object_get(a, "verdict")),
	               json_string_value(json_object_get(b, "verdict")));
}

static void run_job(struct slot *s, struct job *jb)
{
	struct jobs *j = s->j;
	if (s->pid <= 0 && slot_spawn(s) < 0) {
		finish(j, jb, NULL, -1, xasprintf("cannot start a judge worker: %s", strerror(errno)));
		return;
	}
	json_t *rq = json_pack("{s:s, s:s, s:s}", "kind", job_kind_name(jb->kind), "problem", jb->problem,
	                       "code", jb->code);
	if (jb->args)
		json_object_set(rq, "args", jb->args);
	if (send_line(s->to_fd, rq) < 0) {
		slot_kill(s);
		finish(j, jb, NULL, -1, xstrdup("the judge worker stopped unexpectedly; try again"));
		return;
	}
	char *line;
	json_t *judged = NULL; /* the verdict, once sent ahead of the complexity */
	while (read_line(s->from_fd, &s->in, &line) == 0) {
		json_t *msg = json_loads(line, 0, NULL);
		free(line);
		json_t *prog = json_object_get(msg, "progress");
		if (prog) {
			pthread_mutex_lock(&j->mu);
			jb->done = (int)json_integer_value(json_array_get(prog, 0));
			jb->total = (int)json_integer_value(json_array_get(prog, 1));
			pthread_mutex_unlock(&j->mu);
			json_decref(msg);
			continue;
		}
		json_t *verdict = json_object_get(msg, "judged");
		if (verdict && !judged && jb->kind == JOB_SUBMIT && is_verdict_doc(verdict)) {
			judged = json_incref(verdict);
			pthread_mutex_lock(&j->mu);
			jb->result = json_incref(judged);
			jb->measuring = true;
			pthread_mutex_unlock(&j->mu);
			json_decref(msg);
			continue;
		}
		json_t *result = json_object_get(msg, "result");
		const char *error = json_string_value(json_object_get(msg, "error"));
		bool ok = !verdict && json_is_object(result) && (!judged || same_verdict(judged, result));
		/* After its answer (a result or an error), a worker waits for the next job; anything
		 * else leaves it in a state we do not know, and its next lines would be taken for the
		 * next job's: a new worker then. */
		if (!ok && !(error && !verdict))
			slot_kill(s);
		if (ok)
			finish_result(j, jb, json_incref(result));
		else if (judged)
			finish_unmeasured(j, jb, judged, "the judge worker failed while measuring it");
		else
			finish(j, jb, NULL, -1,
			       xstrdup(error ? error : "the judge worker sent a malformed answer"));
		json_decref(judged);
		json_decref(msg);
		return;
	}
	/* End of input: the worker died (or the server is stopping and killed it). */
	slot_kill(s);
	if (judged) {
		pthread_mutex_lock(&j->mu);
		bool stopping = j->stopping;
		pthread_mutex_unlock(&j->mu);
		finish_unmeasured(j, jb, judged,
		                  stopping ? "ace serve stopped while measuring it"
		                           : "the judge worker stopped while measuring it");
		json_decref(judged);
		return;
	}
	finish(j, jb, NULL, -1, xstrdup("the judge worker stopped unexpectedly; try again"));
}

static void *slot_main(void *arg)
{
	struct slot *s = arg;
	struct jobs *j = s->j;
	for (;;) {
		pthread_mutex_lock(&j->mu);
		while (!j->stopping && j->qlen == 0)
			pthread_cond_wait(&j->wake, &j->mu);
		if (j->stopping) {
			pthread_mutex_unlock(&j->mu);
			break;
		}
		struct job *jb = j->queue[j->qhead];
		j->qhead = (j->qhead + 1) % j->o.max_queued;
		j->qlen--;
		j->running++;
		jb->status = JOB_RUNNING;
		pthread_mutex_unlock(&j->mu);
		run_job(s, jb);
	}
	return NULL;
}

int jobs_start(const struct jobs_opts *o, jobs_t **out, char **err)
{
	if (o->workers < 1 || o->workers > 64 || o->max_queued < 1 || o->keep < 1 || !o->bank) {
		*err = xstrdup("jobs: bad options");
		return -1;
	}
	struct jobs *j = xcalloc(1, sizeof(*j));
	j->o = *o;
	j->cache_dir = o->cache_dir ? xstrdup(o->cache_dir) : NULL;
	j->o.cache_dir = j->cache_dir;
	j->next_id = 1;
	j->queue = xcalloc(o->max_queued, sizeof(*j->queue));
	pthread_mutex_init(&j->mu, NULL);
	pthread_cond_init(&j->wake, NULL);
	j->slots = xcalloc((size_t)o->workers, sizeof(*j->slots));
	for (int i = 0; i < o->workers; i++) {
		struct slot *s = &j->slots[i];
		s->j = j;
		s->to_fd = s->from_fd = -1;
		buf_init(&s->in, LINE_MAX_BYTES);
		/* Fork the workers now, while they are cheap to fork; a failure shows at once. */
		if (slot_spawn(s) < 0) {
			*err = xasprintf("cannot start a judge worker: %s", strerror(errno));
			jobs_free(j);
			return -1;
		}
	}
	for (int i = 0; i < o->workers; i++) {
		struct slot *s = &j->slots[i];
		int rc = pthread_create(&s->thread, NULL, slot_main, s);
		if (rc) {
			*err = xasprintf("cannot start a judge thread: %s", strerror(rc));
			jobs_free(j);
			return -1;
		}
		s->started = true;
	}
	*out = j;
	return 0;
}

/* Drop the oldest finished jobs beyond `keep`. Called with the lock held. */
static void trim(struct jobs *j)
{
	size_t finished = 0;
	for (size_t i = 0; i < j->nall; i++)
		finished += j->all[i]->status >= JOB_DONE;
	size_t w = 0;
	for (size_t i = 0; i < j->nall; i++) {
		struct job *jb = j->all[i];
		if (finished > j->o.keep && jb->status >= JOB_DONE) {
			job_free(jb);
			finished--;
		} else {
			j->all[w++] = jb;
		}
	}
	j->nall = w;
}

enum jobs_rc jobs_submit(jobs_t *j, const struct job_request *rq, int64_t *id)
{
	pthread_mutex_lock(&j->mu);
	if (j->stopping) {
		pthread_mutex_unlock(&j->mu);
		return JOBS_STOPPED;
	}
	if (j->qlen >= j->o.max_queued) {
		pthread_mutex_unlock(&j->mu);
		return JOBS_FULL;
	}
	struct job *jb = xcalloc(1, sizeof(*jb));
	jb->id = j->next_id++;
	jb->kind = rq->kind;
	jb->status = JOB_QUEUED;
	jb->problem = xstrdup(rq->problem);
	jb->code = xstrdup(rq->code);
	jb->args = rq->args ? json_deep_copy(rq->args) : NULL;
	jb->submission = -1;
	trim(j);
	if (j->nall == j->capall) {
		j->capall = j->capall ? j->capall * 2 : 64;
		j->all = xreallocarray(j->all, j->capall, sizeof(*j->all));
	}
	j->all[j->nall++] = jb;
	j->queue[(j->qhead + j->qlen) % j->o.max_queued] = jb;
	j->qlen++;
	*id = jb->id;
	pthread_cond_signal(&j->wake);
	pthread_mutex_unlock(&j->mu);
	return JOBS_OK;
}

json_t *jobs_get(jobs_t *j, int64_t id)
{
	json_t *doc = NULL;
	pthread_mutex_lock(&j->mu);
	/* Ids increase along the array: binary search. */
	size_t lo = 0, hi = j->nall;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (j->all[mid]->id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < j->nall && j->all[lo]->id == id) {
		struct job *jb = j->all[lo];
		const char *phase = jb->status != JOB_RUNNING ? NULL
		                    : jb->measuring           ? "measuring"
		                                              : "judging";
		doc = json_pack("{s:I, s:s, s:s, s:s, s:s?, s:o, s:O, s:o, s:o}", "id", (json_int_t)jb->id,
		                "kind", job_kind_name(jb->kind), "problem", jb->problem, "status",
		                status_name(jb->status), "phase", phase, "progress",
		                jb->total ? json_pack("{s:i, s:i}", "done", jb->done, "total", jb->total)
		                          : json_null(),
		                "result", jb->result ? jb->result : json_null(), "submission",
		                jb->submission >= 0 ? json_integer(jb->submission) : json_null(), "error",
		                jb->error ? json_string(jb->error) : json_null());
	}
	pthread_mutex_unlock(&j->mu);
	return doc;
}

void jobs_counts(jobs_t *j, size_t *queued, size_t *running)
{
	pthread_mutex_lock(&j->mu);
	*queued = j->qlen;
	*running = j->running;
	pthread_mutex_unlock(&j->mu);
}

void jobs_free(jobs_t *j)
{
	if (!j)
		return;
	/* Kill the workers first: a slot blocked reading its worker then sees the end. */
	pthread_mutex_lock(&j->mu);
	j->stopping = true;
	pthread_cond_broadcast(&j->wake);
	for (int i = 0; i < j->o.workers; i++) {
		struct slot *s = &j->slots[i];
		if (s->pid > 0) {
			kill(-s->pid, SIGKILL);
			kill(s->pid, SIGKILL);
		}
	}
	pthread_mutex_unlock(&j->mu);
	for (int i = 0; i < j->o.workers; i++) {
		struct slot *s = &j->slots[i];
		if (s->started)
			pthread_join(s->thread, NULL);
		slot_kill(s);
		buf_release(&s->in);
	}
	for (size_t i = 0; i < j->nall; i++)
		job_free(j->all[i]);
	free(j->all);
	free(j->queue);
	free(j->slots);
	free(j->cache_dir);
	pthread_mutex_destroy(&j->mu);
	pthread_cond_destroy(&j->wake);
	free(j);
}
