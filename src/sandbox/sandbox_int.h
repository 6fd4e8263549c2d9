/*
 * sandbox_int.h - what only the sandbox module shares between its files.
 */
#ifndef ACE_SANDBOX_SANDBOX_INT_H
#define ACE_SANDBOX_SANDBOX_INT_H

#include <stdbool.h>
#include <sys/types.h>

/* The box's exit status when it could not set itself up (the reason is on its stderr). */
#define BOX_EXIT_SETUP 86

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

#endif
