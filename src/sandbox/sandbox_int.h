/*
 * sandbox_int.h - what only the sandbox module shares between its files.
 */
#ifndef ACE_SANDBOX_SANDBOX_INT_H
#define ACE_SANDBOX_SANDBOX_INT_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "sandbox/sandbox.h"
#include "util/buf.h"

/* The box's exit status when it could not set itself up (the reason is on its stderr). */
#define BOX_EXIT_SETUP 86

/*
 * The host uid and gid candidate code runs as when ace runs as root: with
 * namespaces, root inside the box is mapped to it; without, the box drops to
 * it (box.c, become_nobody).
 */
#define BOX_NOBODY_UID 65534

/* Entry point of `ace __box` (box.c): runs inside the namespaces, never returns to the CLI. */
int box_main(int argc, char **argv);

/* A cgroup (v1: one directory per controller; v2: one directory) holding one box. */
struct box_cgroup {
	char *dirs[2]; /* created directories, NULL when none */
	size_t n;
	char why[256]; /* why there is none, when n == 0 */
};

/*
 * Put pid into a new cgroup limiting processes to max_pids and memory to
 * mem_mb (v1 pids and memory controllers, or v2). Only as root; on failure
 * (or when not root) returns -1 with cg->why saying why.
 */
int box_cgroup_attach(struct box_cgroup *cg, pid_t pid, int max_pids, int mem_mb);
/* Remove the cgroup directories (the box must be dead). */
void box_cgroup_release(struct box_cgroup *cg);

/*
 * A test's child, forked ahead by the zygote and handed over the spare
 * socket (spare.c). All descriptors are ace's own copies; -1 when unused.
 */
struct spare {
	pid_t pid;          /* in the box's PID namespace (what the zygote reaps); 0: none */
	pid_t host_pid;     /* the same process in ace's PID namespace, for /proc */
	int64_t gen;        /* the load it was forked for */
	int req_w;          /* the test goes in here (one frame, then closed) */
	int resp_r;         /* its answer comes out here (one frame) */
	int out_fd, err_fd; /* its stdout and stderr (memfds) */
	int pidfd;
	int stat_fd; /* /proc/PID/schedstat, opened ahead */
};

/*
 * How many test children ace keeps ready or on their way. Two, so that while
 * one test runs, one child can be forked and another get ready: one alone
 * leaves back-to-back tests waiting for the fork.
 */
#define SPARES_AHEAD 2

struct sandbox {
	pid_t pid;
	int to_fd;    /* we write requests */
	int from_fd;  /* we read answers */
	int spare_fd; /* spares arrive here (SOCK_SEQPACKET) */
	int diag_fd;  /* the runner's stdout+stderr (memfd) */
	int tmp_mb;
	int mem_mb;
	const char *mode; /* "namespaces", "plain" or "external" */
	char ns_why[256]; /* why there are no namespaces */
	struct box_cgroup cg;
	char cg_why[256]; /* why there is no cgroup */
	char err[512];
	struct buf diag;
	bool dead;
	int64_t gen;                      /* generation of the loaded code (0: nothing loaded) */
	struct spare ready[SPARES_AHEAD]; /* children ready for the next tests, oldest first */
	size_t n_ready;
	int spawns_pending; /* spawn requests whose spare has not arrived yet */
	pid_t reap[64];     /* killed children for the zygote to reap */
	size_t n_reap;
};

/* CLOCK_MONOTONIC in ms. */
int64_t sandbox_now_ms(void);
/* Write or read exactly len bytes by the deadline: 0 ok, -1 EOF/error, -2 timeout. */
int sandbox_write_all(int fd, const char *p, size_t len, int64_t deadline);
int sandbox_read_all(int fd, char *p, size_t len, int64_t deadline);
/* One frame to the runner / one frame from it; on failure the runner is killed. */
enum sandbox_err sandbox_send(struct sandbox *sb, const json_t *req, int64_t deadline);
enum sandbox_err sandbox_recv(struct sandbox *sb, json_t **resp, int64_t deadline);
/* Kill the runner and every child; the sandbox is dead from then on. */
void sandbox_kill_runner(struct sandbox *sb);

/* spare.c */
void spare_init(struct spare *sp);
/* Kill the ready spares, if any, and queue them for reaping. */
void spare_drop(struct sandbox *sb);
/* Run one test (req: op "call" or "probe") in a fresh child; *resp is its result R (harness.py). */
enum sandbox_err spare_call(struct sandbox *sb, const json_t *req, json_t **resp, int64_t deadline);

#endif
