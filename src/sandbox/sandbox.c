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
#include <sched.h>
#include <stdarg.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
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
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "sandbox/sandbox_int.h"
#include "util/buf.h"
#include "util/embedded.h"
#include "util/fs.h"
#include "util/xalloc.h"

#define DIAG_MAX 8192

const char *sandbox_python(void)
{
	const char *p = getenv("ACE_PYTHON");
	return p && *p ? p : "embedded";
}

int64_t sandbox_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
#define now_ms sandbox_now_ms

void sandbox_kill_runner(struct sandbox *sb)
{
	spare_drop(sb);
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

int sandbox_write_all(int fd, const char *p, size_t len, int64_t deadline)
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

int sandbox_read_all(int fd, char *p, size_t len, int64_t deadline)
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

/* Clean environment for the box: nothing of the host's reaches candidate code. */
static char *const BOX_ENV[] = {"PATH=/usr/bin:/bin", "LANG=C.UTF-8", "LC_ALL=C.UTF-8",
                                "HOME=/tmp",          "TMPDIR=/tmp",  NULL};

/* In the child: the protocol pipes at 3 and 4, the spare socket at 5 (everything above is closed). */
static void child_fds(int req_r, int resp_w, int spare, int diag)
{
	int r = fcntl(req_r, F_DUPFD_CLOEXEC, 10);
	int w = fcntl(resp_w, F_DUPFD_CLOEXEC, 10);
	int sp = fcntl(spare, F_DUPFD_CLOEXEC, 10);
	int d = fcntl(diag, F_DUPFD_CLOEXEC, 10);
	if (r < 0 || w < 0 || sp < 0 || d < 0)
		_exit(127);
	int devnull = open("/dev/null", O_RDONLY | O_CLOEXEC);
	if (devnull < 0 || dup2(devnull, 0) < 0 || dup2(d, 1) < 0 || dup2(d, 2) < 0 || dup2(r, 3) < 0 ||
	    dup2(w, 4) < 0 || dup2(sp, 5) < 0)
		_exit(127);
}

static void close_from(int lowfd, int keep)
{
	if (keep < 0 && close_range((unsigned)lowfd, ~0U, 0) == 0)
		return;
	for (int fd = lowfd; fd < 4096; fd++)
		if (fd != keep)
			close(fd);
}

static int write_proc(pid_t pid, const char *name, const char *value)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/%s", (int)pid, name);
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	ssize_t n = write(fd, value, strlen(value));
	int e = errno;
	close(fd);
	errno = e;
	return n == (ssize_t)strlen(value) ? 0 : -1;
}

static void (*warn_handler)(const char *msg);
static bool warned;

void sandbox_set_warn_handler(void (*fn)(const char *msg))
{
	warn_handler = fn;
}

/* Say once per process that a protection is missing. */
static void warn_once(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void warn_once(const char *fmt, ...)
{
	if (warned)
		return;
	warned = true;
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (warn_handler)
		warn_handler(msg);
	else
		fprintf(stderr, "ace: warning: %s\n", msg);
}

static char *self_exe(void)
{
	const char *env = getenv("ACE_BOX_EXE");
	if (env && *env)
		return xstrdup(env);
	char path[4096];
	ssize_t n = readlink("/proc/self/exe", path, sizeof(path) - 1);
	if (n <= 0)
		return NULL;
	path[n] = '\0';
	return xstrdup(path);
}

/*
 * Start `ace __box` in new namespaces (ns) or as a plain child. Returns the
 * pid, or -1 with errno from clone() when the namespaces cannot be had.
 */
static pid_t spawn_box(struct sandbox *sb, int exe_fd, bool ns, int req_r, int resp_w, int spare)
{
	int sync[2];
	if (pipe2(sync, O_CLOEXEC) < 0)
		return -1;
	unsigned long flags = SIGCHLD;
	if (ns)
		flags |=
		    CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS | CLONE_NEWNS;
	pid_t pid = (pid_t)syscall(SYS_clone, flags, NULL, NULL, NULL, 0);
	if (pid < 0) {
		int e = errno;
		close(sync[0]);
		close(sync[1]);
		errno = e;
		return -1;
	}
	if (pid == 0) {
		/* Child: wait until the parent has written our id maps and cgroups. */
		close(sync[1]);
		char go;
		if (read(sync[0], &go, 1) != 1)
			_exit(127);
		/* Become the namespace's root before exec, so that exec keeps the namespace's capabilities. */
		if (ns && (setresgid(0, 0, 0) < 0 || setresuid(0, 0, 0) < 0))
			_exit(127);
		child_fds(req_r, resp_w, spare, sb->diag_fd);
		int efd = fcntl(exe_fd, F_DUPFD_CLOEXEC, 6);
		if (efd < 0)
			_exit(127);
		close_from(6, efd);
		char tmp[32];
		snprintf(tmp, sizeof(tmp), "--tmp-mb=%d", sb->tmp_mb);
		char *argv[] = {"ace", "__box", ns ? "--ns" : "--no-ns", tmp, NULL};
		syscall(SYS_execveat, efd, "", argv, BOX_ENV, AT_EMPTY_PATH);
		_exit(127);
	}
	close(sync[0]);
	int ok = 0;
	if (ns) {
		bool root = geteuid() == 0;
		char map[64];
		/* As root, the box's root is nobody outside; as a user, it is that user. */
		snprintf(map, sizeof(map), "0 %d 1\n", root ? BOX_NOBODY_UID : (int)geteuid());
		ok = write_proc(pid, "setgroups", "deny") == 0 && write_proc(pid, "uid_map", map) == 0;
		snprintf(map, sizeof(map), "0 %d 1\n", root ? BOX_NOBODY_UID : (int)getegid());
		ok = ok && write_proc(pid, "gid_map", map) == 0;
		if (!ok)
			snprintf(sb->err, sizeof(sb->err), "cannot write the box's id maps: %s",
			         strerror(errno));
	} else {
		ok = 1;
	}
	if (ok) {
		if (box_cgroup_attach(&sb->cg, pid, 64, sb->mem_mb) < 0)
			snprintf(sb->cg_why, sizeof(sb->cg_why), "%s", sb->cg.why);
		ok = write(sync[1], "g", 1) == 1;
	}
	close(sync[1]);
	if (!ok) {
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		errno = EPERM;
		return -1;
	}
	return pid;
}

int sandbox_start(const struct sandbox_opts *opts, sandbox_t **out, char **err)
{
	*out = NULL;
	struct sandbox *sb = xcalloc(1, sizeof(*sb));
	sb->pid = -1;
	sb->to_fd = sb->from_fd = sb->diag_fd = sb->spare_fd = -1;
	sb->tmp_mb = opts && opts->tmp_mb ? opts->tmp_mb : 16;
	sb->mem_mb = opts && opts->box_mem_mb ? opts->box_mem_mb : 1024;
	buf_init(&sb->diag, DIAG_MAX);
	const char *external = opts && opts->python ? opts->python : getenv("ACE_PYTHON");
	if (external && !*external)
		external = NULL;

	int req[2] = {-1, -1}, resp[2] = {-1, -1}, spare[2] = {-1, -1};
	char *exe = NULL;
	int exe_fd = -1;
	/* A sandbox writes to pipes whose reader may be gone: that must be an error, not a signal. */
	struct sigaction sa;
	if (sigaction(SIGPIPE, NULL, &sa) == 0 && sa.sa_handler == SIG_DFL)
		signal(SIGPIPE, SIG_IGN);
	if (pipe2(req, O_CLOEXEC) < 0 || pipe2(resp, O_CLOEXEC) < 0 ||
	    socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, spare) < 0) {
		*err = xasprintf("pipe: %s", strerror(errno));
		goto fail;
	}
	sb->diag_fd = memfd_create("ace-runner-diag", MFD_CLOEXEC);
	if (sb->diag_fd < 0) {
		*err = xasprintf("memfd_create: %s", strerror(errno));
		goto fail;
	}

	if (external) {
		/* An interpreter of the user's choice: no box, only the harness's rlimits. */
		size_t hlen;
		const char *harness = embedded_get("python/harness.py", &hlen);
		if (access(external, X_OK) < 0) {
			*err = xasprintf("cannot run %s (ACE_PYTHON or python: in the config): %s", external,
			                 strerror(errno));
			goto fail;
		}
		warn_once(
		    "judging with %s outside the sandbox (ACE_PYTHON is set): no namespaces, no seccomp",
		    external);
		sb->mode = "external";
		pid_t pid = fork();
		if (pid < 0) {
			*err = xasprintf("fork: %s", strerror(errno));
			goto fail;
		}
		if (pid == 0) {
			setsid();
			prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
			child_fds(req[0], resp[1], spare[1], sb->diag_fd);
			close_from(6, -1);
			if (chdir("/tmp") < 0)
				_exit(127);
			char *argv[] = {(char *)external, "-I", "-S", "-B", "-X", "utf8", "-c",
			                (char *)harness,  NULL};
			execve(external, argv, BOX_ENV);
			_exit(127);
		}
		sb->pid = pid;
	} else {
		exe = self_exe();
		exe_fd = exe ? open(exe, O_RDONLY | O_CLOEXEC) : -1;
		if (exe_fd < 0) {
			*err = xasprintf("cannot open my own executable %s: %s", exe ? exe : "(unknown)",
			                 strerror(errno));
			goto fail;
		}
		bool want_ns = !getenv("ACE_NO_NAMESPACES");
		pid_t pid = want_ns ? spawn_box(sb, exe_fd, true, req[0], resp[1], spare[1]) : -1;
		if (pid > 0) {
			sb->mode = "namespaces";
		} else {
			if (want_ns) {
				snprintf(sb->ns_why, sizeof(sb->ns_why),
				         "user namespaces are unavailable (clone: %s)", strerror(errno));
				warn_once(
				    "%s; the judge runs without namespaces or a private file system view "
				    "(seccomp and limits still apply). `ace doctor` has details.",
				    sb->ns_why);
			} else {
				snprintf(sb->ns_why, sizeof(sb->ns_why), "disabled by ACE_NO_NAMESPACES");
			}
			pid = spawn_box(sb, exe_fd, false, req[0], resp[1], spare[1]);
			if (pid < 0) {
				*err = xasprintf("cannot start the judge's box: %s", strerror(errno));
				goto fail;
			}
			sb->mode = "plain";
		}
		sb->pid = pid;
	}
	close(req[0]);
	close(resp[1]);
	close(spare[1]);
	req[0] = resp[1] = spare[1] = -1;
	sb->to_fd = req[1];
	sb->from_fd = resp[0];
	sb->spare_fd = spare[0];
	free(exe);
	if (exe_fd >= 0)
		close(exe_fd);
	exe = NULL;
	exe_fd = -1;

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
fail:
	for (int i = 0; i < 2; i++) {
		if (req[i] >= 0)
			close(req[i]);
		if (resp[i] >= 0)
			close(resp[i]);
		if (spare[i] >= 0)
			close(spare[i]);
	}
	free(exe);
	if (exe_fd >= 0)
		close(exe_fd);
	sandbox_free(sb);
	return -1;
}

json_t *sandbox_protections(sandbox_t *sb)
{
	json_t *req = json_pack("{s:s}", "op", "status");
	json_t *ans = NULL;
	sandbox_call(sb, req, &ans, 5000);
	json_decref(req);
	json_t *box = ans ? json_incref(json_object_get(ans, "box")) : NULL;
	json_decref(ans);
	bool ns = !strcmp(sb->mode, "namespaces");
	/* The host uid candidate code runs as: mapped (namespaces), dropped to (plain, as root) or ours. */
	json_int_t runs_as = (json_int_t)getuid();
	if (ns)
		runs_as = geteuid() == 0 ? BOX_NOBODY_UID : (json_int_t)geteuid();
	else if (!strcmp(sb->mode, "plain") && json_is_integer(json_object_get(box, "uid")))
		runs_as = json_integer_value(json_object_get(box, "uid"));
	return json_pack("{s:s, s:b, s:s?, s:b, s:s?, s:I, s:o}", "mode", sb->mode, "namespaces", ns,
	                 "namespaces_missing",
	                 ns              ? NULL
	                 : sb->ns_why[0] ? sb->ns_why
	                                 : "an external interpreter was chosen",
	                 "cgroups", sb->cg.n > 0, "cgroups_missing", sb->cg.n ? NULL : sb->cg_why,
	                 "runs_as_uid", runs_as, "box", box ? box : json_null());
}

enum sandbox_err sandbox_send(struct sandbox *sb, const json_t *req, int64_t deadline)
{
	if (sb->dead) {
		snprintf(sb->err, sizeof(sb->err), "the runner has stopped");
		return SANDBOX_EDIED;
	}
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
	int rc = sandbox_write_all(sb->to_fd, (const char *)head, 4, deadline);
	if (rc == 0)
		rc = sandbox_write_all(sb->to_fd, body, len, deadline);
	free(body);
	if (rc < 0) {
		snprintf(sb->err, sizeof(sb->err),
		         rc == -2 ? "timed out sending a request" : "the runner stopped reading: %s",
		         strerror(errno));
		sandbox_kill_runner(sb);
		return rc == -2 ? SANDBOX_ETIMEOUT : SANDBOX_EDIED;
	}
	return SANDBOX_OK;
}

enum sandbox_err sandbox_recv(struct sandbox *sb, json_t **resp, int64_t deadline)
{
	*resp = NULL;
	if (sb->dead) {
		snprintf(sb->err, sizeof(sb->err), "the runner has stopped");
		return SANDBOX_EDIED;
	}
	int timeout_ms = (int)(deadline - now_ms());
	unsigned char head[4];
	int rc = sandbox_read_all(sb->from_fd, (char *)head, 4, deadline);
	if (rc < 0) {
		snprintf(sb->err, sizeof(sb->err), rc == -2 ? "no answer within %d ms" : "the runner exited",
		         timeout_ms);
		sandbox_kill_runner(sb);
		return rc == -2 ? SANDBOX_ETIMEOUT : SANDBOX_EDIED;
	}
	uint32_t n = (uint32_t)head[0] << 24 | (uint32_t)head[1] << 16 | (uint32_t)head[2] << 8 | head[3];
	if (n > SANDBOX_MAX_FRAME) {
		snprintf(sb->err, sizeof(sb->err), "an answer of %u bytes exceeds the %u-byte limit", n,
		         SANDBOX_MAX_FRAME);
		sandbox_kill_runner(sb);
		return SANDBOX_EPROTO;
	}
	char *data = xmalloc((size_t)n + 1);
	rc = sandbox_read_all(sb->from_fd, data, n, deadline);
	if (rc < 0) {
		free(data);
		snprintf(sb->err, sizeof(sb->err),
		         rc == -2 ? "no complete answer within %d ms" : "the runner exited mid-answer",
		         timeout_ms);
		sandbox_kill_runner(sb);
		return rc == -2 ? SANDBOX_ETIMEOUT : SANDBOX_EDIED;
	}
	json_error_t jerr;
	json_t *j = json_loadb(data, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
	free(data);
	if (!j || !json_is_object(j)) {
		snprintf(sb->err, sizeof(sb->err), "malformed answer: %s", j ? "not an object" : jerr.text);
		json_decref(j);
		sandbox_kill_runner(sb);
		return SANDBOX_EPROTO;
	}
	*resp = j;
	return SANDBOX_OK;
}

/* load: the zygote compiles; then a first child runs the module body and checks the entry point. */
static enum sandbox_err load(sandbox_t *sb, const json_t *req, json_t **resp, int64_t deadline)
{
	spare_drop(sb);
	enum sandbox_err e = sandbox_send(sb, req, deadline);
	if (e == SANDBOX_OK)
		e = sandbox_recv(sb, resp, deadline);
	if (e != SANDBOX_OK || !json_is_true(json_object_get(*resp, "ok")))
		return e;
	json_t *gen = json_object_get(*resp, "gen");
	if (!json_is_integer(gen)) {
		snprintf(sb->err, sizeof(sb->err), "malformed answer to load: no generation");
		json_decref(*resp);
		*resp = NULL;
		sandbox_kill_runner(sb);
		return SANDBOX_EPROTO;
	}
	sb->gen = json_integer_value(gen);
	json_decref(*resp);
	*resp = NULL;
	json_t *limits = json_object_get(req, "limits");
	json_t *probe = json_pack("{s:s, s:O?}", "op", "probe", "limits", limits);
	json_t *res = NULL;
	e = spare_call(sb, probe, &res, deadline);
	json_decref(probe);
	if (e != SANDBOX_OK)
		return e;
	if (strcmp(json_string_value(json_object_get(res, "status")), "ok") != 0)
		*resp = json_pack("{s:b, s:s, s:o}", "ok", 0, "stage", "load", "result", res);
	else {
		json_decref(res);
		*resp = json_pack("{s:b}", "ok", 1);
	}
	return SANDBOX_OK;
}

enum sandbox_err sandbox_call(sandbox_t *sb, const json_t *req, json_t **resp, int timeout_ms)
{
	*resp = NULL;
	int64_t deadline = now_ms() + timeout_ms;
	const char *op = json_string_value(json_object_get(req, "op"));
	if (op && !strcmp(op, "call"))
		return spare_call(sb, req, resp, deadline);
	if (op && !strcmp(op, "load"))
		return load(sb, req, resp, deadline);
	enum sandbox_err e = sandbox_send(sb, req, deadline);
	return e == SANDBOX_OK ? sandbox_recv(sb, resp, deadline) : e;
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
	spare_drop(sb);
	close_fd(&sb->to_fd);
	close_fd(&sb->from_fd);
	close_fd(&sb->spare_fd);
	sandbox_kill_runner(sb);
	close_fd(&sb->diag_fd);
	box_cgroup_release(&sb->cg);
	buf_release(&sb->diag);
	free(sb);
}
