/*
 * cgroup.c - limits on a whole box: processes (pids) and memory.
 *
 * Per-test limits are rlimits set in each test's child; the cgroup is the
 * backstop for the box as a whole (threads, memory the rlimit does not see).
 * It is created once per box, before the box runs anything: attaching a
 * process to a v1 cgroup costs milliseconds, far too much per test, and
 * cheap once per submission.
 *
 * Written by hand: libcgroup is not in Debian 12's default install and the
 * interface used here is four files.
 */
#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sandbox/sandbox_int.h"
#include "util/xalloc.h"

static int write_file(const char *dir, const char *name, const char *value)
{
	char path[600];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	ssize_t n = write(fd, value, strlen(value));
	int e = errno;
	close(fd);
	errno = e;
	return n == (ssize_t)strlen(value) ? 0 : -1;
}

/*
 * Remove the cgroups of boxes that are gone. ace removes a box's cgroup when
 * it frees the box, but an ace killed with SIGKILL cannot: its box dies with
 * it (PR_SET_PDEATHSIG) and leaves an empty ace-box-PID directory behind, one
 * per killed run, forever. So before creating one, remove the ace-box-PID
 * directories in the same parent whose PID is no longer a process. rmdir
 * only: it fails with EBUSY, harmlessly, on a group that still holds
 * processes. Another ace names its group after a box it has already
 * started, so in our PID namespace a group still waiting for its box is
 * named after a live process and is skipped; only an ace in another PID
 * namespace sharing this cgroup could lose its group in the moment between
 * its mkdir and moving its box in (it then runs without cgroups and
 * `ace doctor` says why). The directories' times cannot tell the two apart:
 * cgroup v1 reports the current time for them.
 */
static void remove_stale(const char *parent)
{
	DIR *d = opendir(parent);
	if (!d)
		return;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (strncmp(de->d_name, "ace-box-", 8) != 0)
			continue;
		const char *digits = de->d_name + 8;
		char *end;
		errno = 0;
		long pid = strtol(digits, &end, 10);
		if (*digits < '0' || *digits > '9' || *end || errno || pid <= 0 || pid > INT32_MAX)
			continue;
		if (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
			continue; /* alive (or not ours to signal): not stale */
		struct stat st;
		if (fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0 || !S_ISDIR(st.st_mode))
			continue;
		unlinkat(dirfd(d), de->d_name, AT_REMOVEDIR);
	}
	closedir(d);
}

/* Our own cgroup path for a v1 controller (or "" for v2 with controller NULL). */
static int own_path(const char *controller, char *out, size_t len)
{
	FILE *f = fopen("/proc/self/cgroup", "re");
	if (!f)
		return -1;
	char line[512];
	int rc = -1;
	while (fgets(line, sizeof(line), f)) {
		char *c1 = strchr(line, ':');
		char *c2 = c1 ? strchr(c1 + 1, ':') : NULL;
		if (!c2)
			continue;
		*c2 = '\0';
		const char *ctrls = c1 + 1;
		char *path = c2 + 1;
		path[strcspn(path, "\n")] = '\0';
		bool match = false;
		if (!controller) {
			match = *ctrls == '\0';
		} else {
			for (const char *s = ctrls; *s;) {
				size_t l = strcspn(s, ",");
				if (l == strlen(controller) && !strncmp(s, controller, l))
					match = true;
				s += l + (s[l] == ',');
			}
		}
		if (match) {
			snprintf(out, len, "%s", strcmp(path, "/") ? path : "");
			rc = 0;
			break;
		}
	}
	fclose(f);
	return rc;
}

static int make_v1(struct box_cgroup *cg, const char *controller, pid_t pid, const char *file,
                   const char *value)
{
	char own[400];
	if (own_path(controller, own, sizeof(own)) < 0) {
		snprintf(cg->why, sizeof(cg->why), "no %s controller in /proc/self/cgroup", controller);
		return -1;
	}
	char *parent = xasprintf("/sys/fs/cgroup/%s%s", controller, own);
	remove_stale(parent);
	free(parent);
	char *dir = xasprintf("/sys/fs/cgroup/%s%s/ace-box-%d", controller, own, (int)pid);
	if (mkdir(dir, 0755) < 0) {
		snprintf(cg->why, sizeof(cg->why), "cannot create %s: %s", dir, strerror(errno));
		free(dir);
		return -1;
	}
	cg->dirs[cg->n++] = dir;
	char pidbuf[32];
	snprintf(pidbuf, sizeof(pidbuf), "%d", (int)pid);
	if (write_file(dir, file, value) < 0 || write_file(dir, "cgroup.procs", pidbuf) < 0) {
		snprintf(cg->why, sizeof(cg->why), "cannot configure %s: %s", dir, strerror(errno));
		return -1;
	}
	return 0;
}

int box_cgroup_attach(struct box_cgroup *cg, pid_t pid, int max_pids, int mem_mb)
{
	memset(cg, 0, sizeof(*cg));
	if (geteuid() != 0) {
		snprintf(cg->why, sizeof(cg->why), "not running as root (cgroups need root or delegation)");
		return -1;
	}
	char pids[32], mem[32];
	snprintf(pids, sizeof(pids), "%d", max_pids);
	snprintf(mem, sizeof(mem), "%lld", (long long)mem_mb << 20);
	struct stat st;
	if (stat("/sys/fs/cgroup/cgroup.controllers", &st) == 0) {
		/* v2: one directory for both limits. */
		char own[400];
		if (own_path(NULL, own, sizeof(own)) < 0) {
			snprintf(cg->why, sizeof(cg->why), "cannot find our cgroup v2 path");
			return -1;
		}
		char *parent = xasprintf("/sys/fs/cgroup%s", own);
		remove_stale(parent);
		free(parent);
		char *dir = xasprintf("/sys/fs/cgroup%s/ace-box-%d", own, (int)pid);
		if (mkdir(dir, 0755) < 0) {
			snprintf(cg->why, sizeof(cg->why), "cannot create %s: %s", dir, strerror(errno));
			free(dir);
			return -1;
		}
		cg->dirs[cg->n++] = dir;
		char pidbuf[32];
		snprintf(pidbuf, sizeof(pidbuf), "%d", (int)pid);
		if (write_file(dir, "pids.max", pids) < 0 || write_file(dir, "memory.max", mem) < 0 ||
		    write_file(dir, "cgroup.procs", pidbuf) < 0) {
			snprintf(cg->why, sizeof(cg->why), "cannot configure %s: %s", dir, strerror(errno));
			box_cgroup_release(cg);
			return -1;
		}
		return 0;
	}
	if (make_v1(cg, "pids", pid, "pids.max", pids) < 0 ||
	    make_v1(cg, "memory", pid, "memory.limit_in_bytes", mem) < 0) {
		char why[256];
		memcpy(why, cg->why, sizeof(why));
		box_cgroup_release(cg);
		memcpy(cg->why, why, sizeof(why));
		return -1;
	}
	return 0;
}

void box_cgroup_release(struct box_cgroup *cg)
{
	for (size_t i = 0; i < cg->n; i++) {
		/* The box is dead, but the kernel may take a moment to empty the group. */
		for (int tries = 0; tries < 50 && rmdir(cg->dirs[i]) < 0 && errno == EBUSY; tries++)
			usleep(1000);
		free(cg->dirs[i]);
		cg->dirs[i] = NULL;
	}
	cg->n = 0;
}
