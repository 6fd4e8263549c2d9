/*
 * sandbox.c - starting the runner and speaking its protocol.
 *
 * Frames: a 4-byte big-endian length, then that many bytes of JSON (see
 * python/harness.py). The runner gets fd 3 (requests) and fd 4 (answers);
 * its own stdout and stderr go to a memfd that is read, bounded, only for
 * diagnostics when something goes wrong.
 */
#include "sandbox/sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/close_range.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "util/buf.h"
#include "util/embedded.h"
#include "util/fs.h"
#include "util/xalloc.h"

#define DIAG_MAX 8192

struct sandbox {
	pid_t pid;
	int to_fd;    /* we write requests */
	int from_fd;  /* we read answers */
	int diag_fd;  /* the runner's stdout+stderr (memfd) */
	char *tmpdir; /* private TMPDIR for the runner */
	char err[512];
	struct buf diag;
	bool dead;
};

const char *sandbox_python(void)
{
	const char *p = getenv("ACE_PYTHON");
	return p && *p ? p : "/usr/bin/python3";
}

static int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void kill_runner(struct sandbox *sb)
{
	if (sb->pid > 0) {
		kill(-sb->pid, SIGKILL);
		kill(sb->pid, SIGKILL);
		while (waitpid(sb->pid, NULL, 0) < 0 && errno == EINTR)
			;
		sb->pid = -1;
	}
	sb->dead = true;
}

static void close_fd(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

/* Runs in the forked child before exec: only async-signal-safe calls. */
static void child_exec(const char *python, const char *harness, int req_r, int resp_w, int diag,
                       const char *tmpdir)
{
	setsid();
	/* Put the protocol pipes at 3 and 4, whatever numbers they came with. */
	int r = fcntl(req_r, F_DUPFD_CLOEXEC, 10);
	int w = fcntl(resp_w, F_DUPFD_CLOEXEC, 10);
	int d = fcntl(diag, F_DUPFD_CLOEXEC, 10);
	if (r < 0 || w < 0 || d < 0)
		_exit(127);
	int devnull = open("/dev/null", O_RDONLY | O_CLOEXEC);
	if (devnull < 0 || dup2(devnull, 0) < 0 || dup2(d, 1) < 0 || dup2(d, 2) < 0 || dup2(r, 3) < 0 ||
	    dup2(w, 4) < 0)
		_exit(127);
	/* No descriptor beyond the protocol's reaches the runner. */
	if (close_range(5, ~0U, 0) < 0)
		for (int fd = 5; fd < 4096; fd++)
			close(fd);
	if (chdir(tmpdir) < 0)
		_exit(127);
	struct rlimit core = {0, 0};
	setrlimit(RLIMIT_CORE, &core);
	signal(SIGPIPE, SIG_DFL);
	char tmpenv[4200];
	snprintf(tmpenv, sizeof(tmpenv), "TMPDIR=%s", tmpdir);
	/* A clean environment: nothing of the host's (API keys above all) reaches candidate code. */
	char *envp[] = {"PATH=/usr/bin:/bin", "LANG=C.UTF-8", "LC_ALL=C.UTF-8",
	                "HOME=/nonexistent",  tmpenv,         NULL};
	char *argv[] = {(char *)python, "-I", "-S", "-B", "-X", "utf8", "-c", (char *)harness, NULL};
	execve(python, argv, envp);
	_exit(127);
}

static int write_all(int fd, const char *p, size_t len, int64_t deadline)
{
	while (len) {
		struct pollfd pfd = {.fd = fd, .events = POLLOUT};
		int left = (int)(deadline - now_ms());
		if (left <= 0)
			return -2;
		int pr = poll(&pfd, 1, left);
		if (pr < 0 && errno == EINTR)
			continue;
		if (pr <= 0)
			return pr == 0 ? -2 : -1;
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* 0 ok, -1 EOF/error, -2 timeout. */
static int read_all(int fd, char *p, size_t len, int64_t deadline)
{
	while (len) {
		struct pollfd pfd = {.fd = fd, .events = POLLIN};
		int left = (int)(deadline - now_ms());
		if (left <= 0)
			return -2;
		int pr = poll(&pfd, 1, left);
		if (pr < 0 && errno == EINTR)
			continue;
		if (pr <= 0)
			return pr == 0 ? -2 : -1;
		ssize_t n = read(fd, p, len);
		if (n < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			return -1;
		}
		if (n == 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int sandbox_start(const struct sandbox_opts *opts, sandbox_t **out, char **err)
{
	const char *python = opts && opts->python ? opts->python : sandbox_python();
	size_t hlen;
	const char *harness = embedded_get("python/harness.py", &hlen);
	*out = NULL;
	if (!harness) {
		*err = xstrdup("the judge harness is missing from this build of ace");
		return -1;
	}
	if (access(python, X_OK) < 0) {
		*err = xasprintf("cannot run %s: %s; install Debian's python3 (apt-get install python3) "
		                 "or set ACE_PYTHON",
		                 python, strerror(errno));
		return -1;
	}
	struct sandbox *sb = xcalloc(1, sizeof(*sb));
	sb->pid = -1;
	sb->to_fd = sb->from_fd = sb->diag_fd = -1;
	buf_init(&sb->diag, DIAG_MAX);
	const char *tmp = getenv("TMPDIR");
	char *tmpl = fs_join(tmp && *tmp && strlen(tmp) < 4000 ? tmp : "/tmp", "ace-run-XXXXXX");
	if (!mkdtemp(tmpl)) {
		*err = xasprintf("cannot create a temporary directory %s: %s", tmpl, strerror(errno));
		free(tmpl);
		sandbox_free(sb);
		return -1;
	}
	sb->tmpdir = tmpl;

	int req[2], resp[2];
	if (pipe2(req, O_CLOEXEC) < 0) {
		*err = xasprintf("pipe: %s", strerror(errno));
		sandbox_free(sb);
		return -1;
	}
	if (pipe2(resp, O_CLOEXEC) < 0) {
		*err = xasprintf("pipe: %s", strerror(errno));
		close(req[0]);
		close(req[1]);
		sandbox_free(sb);
		return -1;
	}
	sb->diag_fd = memfd_create("ace-runner-diag", MFD_CLOEXEC);
	if (sb->diag_fd < 0) {
		*err = xasprintf("memfd_create: %s", strerror(errno));
		close(req[0]);
		close(req[1]);
		close(resp[0]);
		close(resp[1]);
		sandbox_free(sb);
		return -1;
	}
	pid_t pid = fork();
	if (pid < 0) {
		*err = xasprintf("fork: %s", strerror(errno));
		close(req[0]);
		close(req[1]);
		close(resp[0]);
		close(resp[1]);
		sandbox_free(sb);
		return -1;
	}
	if (pid == 0)
		child_exec(python, harness, req[0], resp[1], sb->diag_fd, sb->tmpdir);
	/* Also set here: no race between exec and our first kill(-pid). */
	setpgid(pid, pid);
	sb->pid = pid;
	close(req[0]);
	close(resp[1]);
	sb->to_fd = req[1];
	sb->from_fd = resp[0];

	json_t *hello = json_pack("{s:s}", "op", "hello");
	json_t *ans = NULL;
	enum sandbox_err e = sandbox_call(sb, hello, &ans, 10000);
	json_decref(hello);
	if (e != SANDBOX_OK || !json_is_true(json_object_get(ans, "ok"))) {
		const char *diag = sandbox_diagnostics(sb);
		*err = xasprintf("the judge harness did not start (%s)%s%s", sandbox_errmsg(sb),
		                 *diag ? ": " : "", diag);
		json_decref(ans);
		sandbox_free(sb);
		return -1;
	}
	json_decref(ans);
	*out = sb;
	return 0;
}

enum sandbox_err sandbox_call(sandbox_t *sb, const json_t *req, json_t **resp, int timeout_ms)
{
	*resp = NULL;
	if (sb->dead) {
		snprintf(sb->err, sizeof(sb->err), "the runner has stopped");
		return SANDBOX_EDIED;
	}
	int64_t deadline = now_ms() + timeout_ms;
	char *body = json_dumps(req, JSON_COMPACT | JSON_ENSURE_ASCII);
	if (!body) {
		snprintf(sb->err, sizeof(sb->err), "cannot encode the request");
		return SANDBOX_EPROTO;
	}
	size_t len = strlen(body);
	if (len > SANDBOX_MAX_FRAME) {
		free(body);
		snprintf(sb->err, sizeof(sb->err), "request of %zu bytes is too large", len);
		return SANDBOX_EPROTO;
	}
	unsigned char head[4] = {(unsigned char)(len >> 24), (unsigned char)(len >> 16),
	                         (unsigned char)(len >> 8), (unsigned char)len};
	int rc = write_all(sb->to_fd, (const char *)head, 4, deadline);
	if (rc == 0)
		rc = write_all(sb->to_fd, body, len, deadline);
	free(body);
	if (rc < 0) {
		snprintf(sb->err, sizeof(sb->err),
		         rc == -2 ? "timed out sending a request" : "the runner stopped reading: %s",
		         strerror(errno));
		kill_runner(sb);
		return rc == -2 ? SANDBOX_ETIMEOUT : SANDBOX_EDIED;
	}
	rc = read_all(sb->from_fd, (char *)head, 4, deadline);
	if (rc < 0) {
		snprintf(sb->err, sizeof(sb->err), rc == -2 ? "no answer within %d ms" : "the runner exited",
		         timeout_ms);
		kill_runner(sb);
		return rc == -2 ? SANDBOX_ETIMEOUT : SANDBOX_EDIED;
	}
	uint32_t n = (uint32_t)head[0] << 24 | (uint32_t)head[1] << 16 | (uint32_t)head[2] << 8 | head[3];
	if (n > SANDBOX_MAX_FRAME) {
		snprintf(sb->err, sizeof(sb->err), "an answer of %u bytes exceeds the %u-byte limit", n,
		         SANDBOX_MAX_FRAME);
		kill_runner(sb);
		return SANDBOX_EPROTO;
	}
	char *data = xmalloc((size_t)n + 1);
	rc = read_all(sb->from_fd, data, n, deadline);
	if (rc < 0) {
		free(data);
		snprintf(sb->err, sizeof(sb->err),
		         rc == -2 ? "no complete answer within %d ms" : "the runner exited mid-answer",
		         timeout_ms);
		kill_runner(sb);
		return rc == -2 ? SANDBOX_ETIMEOUT : SANDBOX_EDIED;
	}
	json_error_t jerr;
	json_t *j = json_loadb(data, n, JSON_REJECT_DUPLICATES, &jerr);
	free(data);
	if (!j || !json_is_object(j)) {
		snprintf(sb->err, sizeof(sb->err), "malformed answer: %s", j ? "not an object" : jerr.text);
		json_decref(j);
		kill_runner(sb);
		return SANDBOX_EPROTO;
	}
	*resp = j;
	return SANDBOX_OK;
}

const char *sandbox_errmsg(const sandbox_t *sb)
{
	return sb->err[0] ? sb->err : "no error";
}

const char *sandbox_diagnostics(sandbox_t *sb)
{
	buf_reset(&sb->diag);
	if (sb->diag_fd < 0)
		return "";
	off_t size = lseek(sb->diag_fd, 0, SEEK_END);
	if (size <= 0)
		return "";
	off_t start = size > DIAG_MAX ? size - DIAG_MAX : 0;
	char chunk[4096];
	ssize_t r;
	off_t at = start;
	while ((r = pread(sb->diag_fd, chunk, sizeof(chunk), at)) > 0) {
		buf_add(&sb->diag, chunk, (size_t)r);
		at += r;
	}
	while (sb->diag.len && (sb->diag.data[sb->diag.len - 1] == '\n'))
		sb->diag.data[--sb->diag.len] = '\0';
	return sb->diag.data;
}

void sandbox_free(sandbox_t *sb)
{
	if (!sb)
		return;
	close_fd(&sb->to_fd);
	close_fd(&sb->from_fd);
	kill_runner(sb);
	close_fd(&sb->diag_fd);
	if (sb->tmpdir) {
		fs_remove_tree(sb->tmpdir);
		free(sb->tmpdir);
	}
	buf_release(&sb->diag);
	free(sb);
}
