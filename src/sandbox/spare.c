/*
 * spare.c - one test in a fresh child, run straight from ace.
 *
 * The zygote forks each test's child ahead of time (a *spare*): the child
 * seals itself (limits, seccomp), runs the candidate's module body and waits
 * for its test. The zygote hands it to ace over the spare socket: a small
 * JSON head {"gen", "pid"} and five descriptors, the child's request pipe,
 * its answer pipe, its stdout and stderr memfds and a pidfd.
 *
 * From then on ace talks to the child itself, without the zygote in the
 * middle: it writes the test, asks the zygote to fork the next spare (which
 * happens on another core while this test runs), waits for the answer while
 * enforcing the CPU limit from /proc/PID/schedstat, reads CPU time and peak
 * memory from /proc (numbers the child cannot forge), kills the child through
 * the pidfd and builds the test's result. Only a child that ends without
 * answering costs a round trip to the zygote, its parent, for the exit status.
 *
 * Everything that comes from the box is untrusted: the head is bounded and
 * parsed strictly, the descriptor count is checked, reads are bounded and
 * every wait has a deadline.
 */

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "sandbox/sandbox_int.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* The largest answer a child may send (MAX_VALUE in harness.py), plus room for the envelope. */
#define VALUE_MAX  (32u << 20)
#define ANSWER_MAX (VALUE_MAX + 4096u)
#define HEAD_MAX   512
#define SPARE_FDS  5
/*
 * The most values (scalars, lists, objects, each item counted) an answer may
 * hold. A parsed JSON value costs ace some 40-60 bytes of memory per node,
 * and everything downstream (comparison, the stored result) grows with the
 * count, not the bytes: 32 MiB of "0," is 16 million nodes. The bank's
 * largest expected value has 363 000 (every permutation of 9 items).
 */
#define VALUE_NODES_MAX (1u << 20)

/*
 * An upper bound on the number of values in the JSON text p[0..n): one, plus
 * one per ',' '[' '{' outside strings. Stops counting past limit. Read before
 * parsing, so that an answer with millions of tiny items is refused in one
 * pass over its bytes instead of being built in memory.
 */
static size_t json_nodes_upto(const char *p, size_t n, size_t limit)
{
	size_t nodes = 1;
	bool in_str = false;
	for (size_t i = 0; i < n && nodes <= limit; i++) {
		char c = p[i];
		if (in_str) {
			if (c == '\\')
				i++;
			else if (c == '"')
				in_str = false;
		} else if (c == '"') {
			in_str = true;
		} else if (c == ',' || c == '[' || c == '{') {
			nodes++;
		}
	}
	return nodes;
}

static int64_t now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

void spare_init(struct spare *sp)
{
	memset(sp, 0, sizeof(*sp));
	sp->req_w = sp->resp_r = sp->out_fd = sp->err_fd = sp->pidfd = sp->stat_fd = -1;
}

static void close_if(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

static void spare_close(struct spare *sp)
{
	close_if(&sp->req_w);
	close_if(&sp->resp_r);
	close_if(&sp->out_fd);
	close_if(&sp->err_fd);
	close_if(&sp->pidfd);
	close_if(&sp->stat_fd);
	spare_init(sp);
}

static void spare_kill(struct spare *sp)
{
	if (sp->pidfd >= 0)
		syscall(SYS_pidfd_send_signal, sp->pidfd, SIGKILL, NULL, 0);
}

static void queue_reap(struct sandbox *sb, pid_t pid)
{
	/* The list goes out with every spawn, so it stays short; the zygote also reaps what it is not told. */
	if (pid > 1 && sb->n_reap < sizeof(sb->reap) / sizeof(sb->reap[0]))
		sb->reap[sb->n_reap++] = pid;
}

static void drop_one(struct sandbox *sb, struct spare *sp)
{
	if (sp->pid > 0) {
		spare_kill(sp);
		queue_reap(sb, sp->pid);
	}
	spare_close(sp);
}

void spare_drop(struct sandbox *sb)
{
	for (size_t i = 0; i < sb->n_ready; i++)
		drop_one(sb, &sb->ready[i]);
	sb->n_ready = 0;
}

static enum sandbox_err request_spawn(struct sandbox *sb, int64_t deadline_ms)
{
	json_t *reap = json_array();
	for (size_t i = 0; i < sb->n_reap; i++)
		json_array_append_new(reap, json_integer(sb->reap[i]));
	json_t *req = json_pack("{s:s, s:o}", "op", "spawn", "reap", reap);
	enum sandbox_err e = sandbox_send(sb, req, deadline_ms);
	json_decref(req);
	if (e == SANDBOX_OK) {
		sb->n_reap = 0;
		sb->spawns_pending++;
	}
	return e;
}

/* The pidfd's process in our PID namespace (the "Pid:" line of its fdinfo), or -1. */
static pid_t pidfd_pid(int pidfd)
{
	char path[64], text[1024];
	snprintf(path, sizeof(path), "/proc/self/fdinfo/%d", pidfd);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	ssize_t n = read(fd, text, sizeof(text) - 1);
	close(fd);
	if (n <= 0)
		return -1;
	text[n] = '\0';
	const char *p = strstr(text, "\nPid:");
	if (!p)
		return -1;
	long v = strtol(p + 5, NULL, 10);
	return v > 1 && v < INT32_MAX ? (pid_t)v : -1;
}

static enum sandbox_err fail(struct sandbox *sb, enum sandbox_err e, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static enum sandbox_err fail(struct sandbox *sb, enum sandbox_err e, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(sb->err, sizeof(sb->err), fmt, ap);
	va_end(ap);
	sandbox_kill_runner(sb);
	return e;
}

/* Receive one spare from the zygote into *sp. */
static enum sandbox_err receive(struct sandbox *sb, struct spare *sp, int64_t deadline_ms)
{
	for (;;) {
		struct pollfd pfd = {.fd = sb->spare_fd, .events = POLLIN};
		int left = (int)(deadline_ms - sandbox_now_ms());
		if (left <= 0)
			return fail(sb, SANDBOX_ETIMEOUT, "no test process from the runner in time");
		int pr = poll(&pfd, 1, left);
		if (pr > 0)
			break;
		if (pr < 0 && errno != EINTR)
			return fail(sb, SANDBOX_EDIED, "poll: %s", strerror(errno));
	}
	char head[HEAD_MAX + 1];
	union {
		char buf[CMSG_SPACE(sizeof(int) * 8)];
		struct cmsghdr align;
	} ctl;
	struct iovec iov = {.iov_base = head, .iov_len = HEAD_MAX};
	struct msghdr msg = {
	    .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl.buf, .msg_controllen = sizeof(ctl.buf)};
	ssize_t n;
	do
		n = recvmsg(sb->spare_fd, &msg, MSG_CMSG_CLOEXEC);
	while (n < 0 && errno == EINTR);
	int fds[8], nfds = 0;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
		if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
			continue;
		size_t k = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
		for (size_t i = 0; i < k; i++) {
			int fd;
			memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof(int));
			if (nfds < 8)
				fds[nfds++] = fd;
			else
				close(fd);
		}
	}
	if (n <= 0) {
		for (int i = 0; i < nfds; i++)
			close(fds[i]);
		return fail(sb, SANDBOX_EDIED, "the runner closed its spare socket");
	}
	sb->spawns_pending--;
	head[n] = '\0';
	json_error_t jerr;
	json_t *j = (msg.msg_flags & (MSG_TRUNC | MSG_CTRUNC))
	                ? NULL
	                : json_loadb(head, (size_t)n, JSON_REJECT_DUPLICATES, &jerr);
	json_t *gen = json_object_get(j, "gen"), *pid = json_object_get(j, "pid");
	const char *why = json_string_value(json_object_get(j, "error"));
	if (why && json_is_integer(gen) && nfds == 0) {
		enum sandbox_err e = SANDBOX_EDIED;
		snprintf(sb->err, sizeof(sb->err), "the runner could not start a test process: %.300s", why);
		json_decref(j);
		sandbox_kill_runner(sb);
		return e;
	}
	if (!json_is_integer(gen) || !json_is_integer(pid) || json_integer_value(pid) <= 1 ||
	    json_integer_value(pid) >= INT32_MAX || nfds != SPARE_FDS) {
		json_decref(j);
		for (int i = 0; i < nfds; i++)
			close(fds[i]);
		return fail(sb, SANDBOX_EPROTO, "a malformed test process from the runner");
	}
	spare_init(sp);
	sp->gen = json_integer_value(gen);
	sp->pid = (pid_t)json_integer_value(pid);
	json_decref(j);
	sp->req_w = fds[0];
	sp->resp_r = fds[1];
	sp->out_fd = fds[2];
	sp->err_fd = fds[3];
	sp->pidfd = fds[4];
	sp->host_pid = pidfd_pid(sp->pidfd);
	if (sp->host_pid <= 0) {
		spare_kill(sp);
		queue_reap(sb, sp->pid);
		spare_close(sp);
		return fail(sb, SANDBOX_EPROTO, "the runner sent something that is not a test process");
	}
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/schedstat", (int)sp->host_pid);
	sp->stat_fd = open(path, O_RDONLY | O_CLOEXEC);
	return SANDBOX_OK;
}

/* Ask for spares until SPARES_AHEAD are ready or on their way. */
static enum sandbox_err refill(struct sandbox *sb, int64_t deadline_ms)
{
	while (sb->n_ready + (size_t)sb->spawns_pending < SPARES_AHEAD) {
		enum sandbox_err e = request_spawn(sb, deadline_ms);
		if (e != SANDBOX_OK)
			return e;
	}
	return SANDBOX_OK;
}

/* A spare for the loaded code (the oldest ready), waiting for one if none is ready yet. */
static enum sandbox_err take_spare(struct sandbox *sb, struct spare *out, int64_t deadline_ms)
{
	for (;;) {
		while (sb->n_ready > 0) {
			struct spare sp = sb->ready[0];
			memmove(&sb->ready[0], &sb->ready[1], (sb->n_ready - 1) * sizeof(sb->ready[0]));
			sb->n_ready--;
			if (sp.gen == sb->gen) {
				*out = sp;
				return SANDBOX_OK;
			}
			drop_one(sb, &sp); /* forked for code loaded before */
		}
		enum sandbox_err e;
		if (sb->spawns_pending == 0 && (e = request_spawn(sb, deadline_ms)) != SANDBOX_OK)
			return e;
		struct spare sp;
		if ((e = receive(sb, &sp, deadline_ms)) != SANDBOX_OK)
			return e;
		sb->ready[sb->n_ready++] = sp;
	}
}

/* CPU time the child has used, in ms, from schedstat (ns); 0 once it is gone. */
static double cpu_ms_of(const struct spare *sp)
{
	char text[128];
	ssize_t n = sp->stat_fd >= 0 ? pread(sp->stat_fd, text, sizeof(text) - 1, 0) : -1;
	if (n <= 0)
		return 0;
	text[n] = '\0';
	return (double)strtoull(text, NULL, 10) / 1e6;
}

/* Peak resident memory (VmHWM) in KiB; 0 once it is gone. */
static long peak_kb_of(const struct spare *sp)
{
	char path[64], text[2048];
	snprintf(path, sizeof(path), "/proc/%d/status", (int)sp->host_pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	ssize_t n = read(fd, text, sizeof(text) - 1);
	close(fd);
	if (n <= 0)
		return 0;
	text[n] = '\0';
	const char *p = strstr(text, "VmHWM:");
	return p ? strtol(p + 6, NULL, 10) : 0;
}

/* Wait up to ms for the child to exit on its own (its pidfd turns readable). */
static bool exits_within(const struct spare *sp, int ms)
{
	struct pollfd pfd = {.fd = sp->pidfd, .events = POLLIN};
	int64_t end = sandbox_now_ms() + ms;
	for (;;) {
		int left = (int)(end - sandbox_now_ms());
		int pr = poll(&pfd, 1, left > 0 ? left : 0);
		if (pr > 0)
			return true;
		if (pr == 0 || errno != EINTR)
			return false;
	}
}

/* What the child printed: up to cap bytes as valid UTF-8 under key, the full size under key_bytes. */
static void add_output(json_t *res, const char *key, int fd, size_t cap)
{
	off_t total = lseek(fd, 0, SEEK_END);
	if (total < 0)
		total = 0;
	size_t want = (size_t)total < cap ? (size_t)total : cap, got = 0;
	char *data = xmalloc(want + 1);
	while (got < want) {
		ssize_t n = pread(fd, data + got, want - got, (off_t)got);
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	size_t len;
	char *text = utf8_sanitize(data, got, &len);
	free(data);
	json_object_set_new(res, key, json_stringn(text, len));
	free(text);
	char bytes_key[32];
	snprintf(bytes_key, sizeof(bytes_key), "%s_bytes", key);
	json_object_set_new(res, bytes_key, json_integer((json_int_t)total));
}

static double limit_of(const json_t *limits, const char *key, double dflt)
{
	json_t *v = json_object_get(limits, key);
	double d = json_is_number(v) ? json_number_value(v) : 0;
	return d > 0 ? d : dflt;
}

static json_t *ms_value(double ms)
{
	return json_real(round(ms * 1000.0) / 1000.0);
}

enum sandbox_err spare_call(struct sandbox *sb, const json_t *req, json_t **resp, int64_t deadline)
{
	*resp = NULL;
	if (sb->dead)
		return fail(sb, SANDBOX_EDIED, "the runner has stopped");
	if (sb->gen == 0) {
		snprintf(sb->err, sizeof(sb->err), "a test was run before any code was loaded");
		return SANDBOX_EPROTO;
	}
	const json_t *limits = json_object_get(req, "limits");
	double cpu_limit = limit_of(limits, "cpu_ms", 2000);
	double wall_limit = limit_of(limits, "wall_ms", cpu_limit * 2 + 1000);
	size_t out_cap = (size_t)limit_of(limits, "out_kb", 64) * 1024;

	char *body = json_dumps(req, JSON_COMPACT | JSON_ENSURE_ASCII);
	if (!body || strlen(body) > SANDBOX_MAX_FRAME) {
		free(body);
		snprintf(sb->err, sizeof(sb->err), "cannot encode the test");
		return SANDBOX_EPROTO;
	}
	struct spare sp;
	enum sandbox_err e = take_spare(sb, &sp, deadline);
	if (e != SANDBOX_OK) {
		free(body);
		return e;
	}

	int64_t t0 = now_us();
	int64_t wall_end = t0 + (int64_t)(wall_limit * 1000);
	size_t len = strlen(body);
	char *frame = xmalloc(len + 4);
	frame[0] = (char)(len >> 24);
	frame[1] = (char)(len >> 16);
	frame[2] = (char)(len >> 8);
	frame[3] = (char)len;
	memcpy(frame + 4, body, len);
	free(body);
	/* A child that is gone already cannot read: what happened to it shows below. */
	(void)sandbox_write_all(sp.req_w, frame, len + 4, wall_end / 1000);
	free(frame);
	close_if(&sp.req_w);

	/* The next tests' children get ready while this one runs. */
	if ((e = refill(sb, deadline)) != SANDBOX_OK) {
		spare_kill(&sp);
		spare_close(&sp);
		return e;
	}

	bool answered = false, too_big = false, timed_out = false;
	size_t cap = 1 << 16, got = 0, need = 0;
	char *buf = xmalloc(cap);
	for (;;) {
		int64_t left = wall_end - now_us();
		if (left <= 0) {
			timed_out = true;
			break;
		}
		/* Wake every 10 ms to enforce the CPU limit to the tick, not to RLIMIT_CPU's second. */
		struct pollfd pfd = {.fd = sp.resp_r, .events = POLLIN};
		int pr = poll(&pfd, 1, left / 1000 + 1 < 10 ? (int)(left / 1000 + 1) : 10);
		if (pr < 0 && errno == EINTR)
			continue;
		if (pr == 0) {
			if (cpu_ms_of(&sp) > cpu_limit) {
				timed_out = true;
				break;
			}
			continue;
		}
		if (got == cap) {
			cap *= 2;
			buf = xrealloc(buf, cap);
		}
		ssize_t n = pr > 0 ? read(sp.resp_r, buf + got, cap - got) : -1;
		if (n < 0 && (errno == EINTR || errno == EAGAIN))
			continue;
		if (n <= 0)
			break; /* the child ended without a complete answer */
		got += (size_t)n;
		if (!need && got >= 4) {
			const unsigned char *h = (const unsigned char *)buf;
			need = ((size_t)h[0] << 24 | (size_t)h[1] << 16 | (size_t)h[2] << 8 | h[3]) + 4;
			if (need > ANSWER_MAX + 4) {
				too_big = true;
				break;
			}
		}
		if (need && got >= need) {
			answered = true;
			break;
		}
	}
	close_if(&sp.resp_r);

	/* No answer and not timed out: did the child end by itself, or close its pipe and carry on? */
	bool closed_pipe = !answered && !timed_out && !too_big && !exits_within(&sp, 50);
	double cpu = cpu_ms_of(&sp);
	long peak = peak_kb_of(&sp);
	spare_kill(&sp);
	int status = 0;
	if (answered || closed_pipe) {
		queue_reap(sb, sp.pid);
	} else {
		/* Its parent, the zygote, has its exit status and resource usage. */
		json_t *wreq = json_pack("{s:s, s:i}", "op", "wait", "pid", (int)sp.pid), *w = NULL;
		e = sandbox_send(sb, wreq, deadline);
		json_decref(wreq);
		if (e == SANDBOX_OK)
			e = sandbox_recv(sb, &w, deadline);
		if (e != SANDBOX_OK) {
			free(buf);
			spare_close(&sp);
			return e;
		}
		if (json_is_true(json_object_get(w, "ok"))) {
			status = (int)json_integer_value(json_object_get(w, "status"));
			double ru_cpu = limit_of(w, "cpu_ms", 0);
			json_int_t ru_peak = json_integer_value(json_object_get(w, "maxrss_kb"));
			cpu = ru_cpu > cpu ? ru_cpu : cpu;
			peak = ru_peak > peak ? (long)ru_peak : peak;
		}
		json_decref(w);
	}
	double wall = (double)(now_us() - t0) / 1000.0;

	json_t *res = json_object();
	json_object_set_new(res, "cpu_ms", ms_value(cpu));
	json_object_set_new(res, "wall_ms", ms_value(wall));
	json_object_set_new(res, "peak_kb", json_integer(peak));
	add_output(res, "stdout", sp.out_fd, out_cap);
	add_output(res, "stderr", sp.err_fd, out_cap);
	json_t *id = json_object_get(req, "id");
	if (id)
		json_object_set(res, "id", id);
	json_t *msg = NULL;
	json_error_t jerr = {0};
	bool too_many = answered && json_nodes_upto(buf + 4, need - 4, VALUE_NODES_MAX) > VALUE_NODES_MAX;
	if (answered && !too_many) {
		msg = json_loadb(buf + 4, need - 4, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
		if (msg && !json_is_object(msg)) {
			json_decref(msg);
			msg = NULL;
			snprintf(jerr.text, sizeof(jerr.text), "not an object");
		}
	}
	free(buf);
	int sig = !answered && !closed_pipe && WIFSIGNALED(status) ? WTERMSIG(status) : 0;
	if (sig)
		json_object_set_new(res, "signal", json_integer(sig));
	const char *st;
	size_t out_bytes = (size_t)json_integer_value(json_object_get(res, "stdout_bytes"));
	size_t err_bytes = (size_t)json_integer_value(json_object_get(res, "stderr_bytes"));
	if (timed_out || sig == SIGXCPU || cpu > cpu_limit) {
		st = "timeout";
	} else if (sig == SIGKILL) {
		st = "memory"; /* killed, and not by ace: the box's memory cgroup ran out (the OOM killer) */
	} else if (out_bytes > out_cap || err_bytes > out_cap) {
		st = "output";
	} else if (too_big || json_is_true(json_object_get(msg, "too_big"))) {
		st = "output";
		json_object_set_new(res, "error",
		                    json_pack("{s:s, s:s}", "type", "output", "message",
		                              "the return value is larger than 32 MiB"));
	} else if (too_many || json_is_true(json_object_get(msg, "too_many"))) {
		st = "output";
		char m[120];
		snprintf(m, sizeof(m),
		         "the return value holds more than %u values (items of lists and dicts)",
		         VALUE_NODES_MAX);
		json_object_set_new(res, "error", json_pack("{s:s, s:s}", "type", "output", "message", m));
	} else if (answered && !msg) {
		/* The child wrote a frame ace cannot read: nothing it sent can be trusted to mean more. */
		st = "exception";
		char m[300];
		snprintf(m, sizeof(m), "the answer could not be read: %s", jerr.text);
		json_object_set_new(res, "error",
		                    json_pack("{s:s, s:s}", "type", "unserialisable", "message", m));
	} else if (!msg) {
		st = sig ? "crash" : "no_result";
		if (!sig)
			json_object_set_new(res, "exit_code",
			                    !closed_pipe && WIFEXITED(status)
			                        ? json_integer(WEXITSTATUS(status))
			                        : json_null());
	} else if (json_is_true(json_object_get(msg, "ok"))) {
		st = "ok";
		json_t *v = json_object_get(msg, "value");
		json_object_set(res, "value", v ? v : json_null());
	} else if (json_is_true(json_object_get(msg, "memory"))) {
		st = "memory";
		json_object_set(res, "error", json_object_get(msg, "error"));
	} else {
		st = "exception";
		json_t *err = json_object_get(msg, "error");
		if (err)
			json_object_set(res, "error", err);
		if (json_is_true(json_object_get(msg, "assertion")))
			json_object_set_new(res, "assertion", json_true());
	}
	json_object_set_new(res, "status", json_string(st));
	json_decref(msg);
	spare_close(&sp);
	*resp = res;
	return SANDBOX_OK;
}
