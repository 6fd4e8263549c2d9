/*
 * sandbox.h - the process boundary between ace and untrusted Python code.
 *
 * A sandbox is one *runner*: a Python interpreter started with the judge
 * harness (python/harness.py, compiled into ace) that speaks the framed JSON
 * protocol described at the top of that file over two pipes. The runner is a
 * zygote: it forks a fresh child for every test case, so candidate code never
 * runs in the runner itself and never sees expected results.
 *
 * Everything that comes back is treated as untrusted: frames are bounded,
 * parsed strictly and validated by the caller. The caller (the judge) never
 * depends on how the runner is isolated. The runner is `ace __box` (box.c):
 * this binary re-executed in new user, PID, network, IPC, UTS and mount
 * namespaces, with a private read-only file-system view, cgroups when ace is
 * root, no capabilities, a clean environment and no inherited descriptors,
 * running an embedded CPython; each test's child enters a seccomp allowlist.
 * docs/SANDBOX.md describes the whole design.
 */
#ifndef ACE_SANDBOX_SANDBOX_H
#define ACE_SANDBOX_SANDBOX_H

#include <jansson.h>

typedef struct sandbox sandbox_t;

/* The largest frame either side may send. */
#define SANDBOX_MAX_FRAME (64u << 20)

struct sandbox_opts {
	const char *python; /* an external interpreter instead of the box (no isolation); NULL: $ACE_PYTHON */
	int tmp_mb;         /* size of the box's writable /tmp; 0: 16 */
	int box_mem_mb;     /* the box's memory cgroup limit, when there is one; 0: 1024 */
};

/* Why a call failed. */
enum sandbox_err {
	SANDBOX_OK = 0,
	SANDBOX_ESTART,   /* the runner could not be started */
	SANDBOX_ETIMEOUT, /* no answer within the time given (the runner is killed) */
	SANDBOX_EDIED,    /* the runner exited or closed its pipes */
	SANDBOX_EPROTO,   /* a malformed or oversized frame */
};

/*
 * Start a runner and check it answers. Returns 0 and sets *out, or -1 and
 * sets *err (caller frees) to a message fit for the user ("cannot run
 * /usr/bin/python3: No such file or directory; install python3").
 */
int sandbox_start(const struct sandbox_opts *opts, sandbox_t **out, char **err);

/*
 * Send req (not consumed) and wait up to timeout_ms for the answer, which is
 * returned in *resp (caller decrefs). On failure the runner is killed, *resp
 * is NULL, and the return value says why; sandbox_errmsg() gives details.
 * After a failure the sandbox is dead: start a new one.
 */
enum sandbox_err sandbox_call(sandbox_t *sb, const json_t *req, json_t **resp, int timeout_ms);
const char *sandbox_errmsg(const sandbox_t *sb);
/* What the runner wrote on its own stdout/stderr (diagnostics; normally empty). Bounded. */
const char *sandbox_diagnostics(sandbox_t *sb);

/* Stop the runner (closing its input, then SIGKILL to its process group) and free. NULL is fine. */
void sandbox_free(sandbox_t *sb);

/* The Python interpreter ace uses: "embedded" or $ACE_PYTHON. */
const char *sandbox_python(void);

/*
 * What protects this sandbox, as JSON: mode ("namespaces", "plain" or
 * "external"), namespaces and cgroups (booleans, with *_missing saying why
 * not), the host uid candidate code runs as ("runs_as_uid"), and what the
 * box itself reports (filesystem view, seccomp, capabilities, its uid, the
 * per-test rlimits). Caller decrefs.
 */
json_t *sandbox_protections(sandbox_t *sb);

/* Where the one-time "a protection is missing" warning goes (default: stderr). */
void sandbox_set_warn_handler(void (*fn)(const char *msg));

#endif
