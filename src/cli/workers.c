/*
 * workers.c - see workers.h.
 */
#include "cli/workers.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/buf.h"
#include "util/xalloc.h"

int workers_count(const struct cli *c, size_t n)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	int jobs = c->jobs > 0 ? c->jobs : (int)(cpus > 0 ? cpus : 1);
	if ((size_t)jobs > n)
		jobs = (int)(n ? n : 1);
	return jobs;
}

int workers_parse_jobs(struct cli *c, int r, const char *v)
{
	char *end = NULL;
	long jv = r > 0 && v ? strtol(v, &end, 10) : 0;
	if (r < 0 || !end || *end || jv < 1 || jv > 64) {
		cli_error(c, "--jobs takes a number from 1 to 64");
		return -1;
	}
	c->jobs = (int)jv;
	return 0;
}

static void take_line(const char *line, size_t n, take_fn take, void *ctx)
{
	json_t *j = json_loads(line, 0, NULL);
	json_int_t i = json_integer_value(json_object_get(j, "i"));
	if (j && i >= 0 && (size_t)i < n)
		take(ctx, (size_t)i, json_object_get(j, "result"));
	json_decref(j);
}

int workers_run(struct cli *c, size_t n, int jobs, const char *label, bool quiet, worker_fn work,
                take_fn take, void *ctx)
{
	if (jobs < 1 || jobs > 64)
		return -1;
	int *fds = xcalloc((size_t)jobs, sizeof(int));
	pid_t *pids = xcalloc((size_t)jobs, sizeof(pid_t));
	int started = 0;
	fflush(stdout);
	fflush(stderr);
	for (int w = 0; w < jobs; w++) {
		int pfd[2];
		if (pipe2(pfd, O_CLOEXEC) < 0)
			break;
		pid_t pid = fork();
		if (pid < 0) {
			close(pfd[0]);
			close(pfd[1]);
			break;
		}
		if (pid == 0) {
			close(pfd[0]);
			FILE *out = fdopen(pfd[1], "w");
			for (size_t i = (size_t)w; i < n && out; i += (size_t)jobs) {
				json_t *line =
				    json_pack("{s:I, s:o}", "i", (json_int_t)i, "result", work(c, i, ctx));
				json_dumpf(line, out, JSON_COMPACT);
				fputc('\n', out);
				fflush(out);
				json_decref(line);
			}
			_exit(out ? 0 : 1);
		}
		close(pfd[1]);
		fds[w] = pfd[0];
		pids[w] = pid;
		started++;
	}
	if (started < jobs) {
		for (int w = 0; w < started; w++) {
			kill(pids[w], SIGKILL);
			waitpid(pids[w], NULL, 0);
			close(fds[w]);
		}
		free(fds);
		free(pids);
		return -1;
	}
	struct buf *in = xcalloc((size_t)jobs, sizeof(struct buf));
	for (int w = 0; w < jobs; w++)
		buf_init(&in[w], BUF_NOLIMIT);
	size_t done = 0;
	int open_fds = jobs;
	while (open_fds > 0) {
		struct pollfd pf[64];
		int map[64], np = 0;
		for (int w = 0; w < jobs; w++) {
			if (fds[w] >= 0) {
				pf[np] = (struct pollfd){.fd = fds[w], .events = POLLIN};
				map[np++] = w;
			}
		}
		if (poll(pf, (nfds_t)np, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (int q = 0; q < np; q++) {
			if (!pf[q].revents)
				continue;
			int w = map[q];
			char chunk[8192];
			ssize_t r = read(fds[w], chunk, sizeof(chunk));
			if (r <= 0) {
				close(fds[w]);
				fds[w] = -1;
				open_fds--;
				continue;
			}
			buf_add(&in[w], chunk, (size_t)r);
			char *nl;
			while ((nl = memchr(in[w].data, '\n', in[w].len))) {
				*nl = '\0';
				take_line(in[w].data, n, take, ctx);
				size_t rest = in[w].len - (size_t)(nl + 1 - in[w].data);
				memmove(in[w].data, nl + 1, rest);
				in[w].len = rest;
				in[w].data[rest] = '\0';
				done++;
				if (!quiet)
					cli_progress(c, label, done, n);
			}
		}
	}
	for (int w = 0; w < jobs; w++) {
		if (fds[w] >= 0)
			close(fds[w]);
		waitpid(pids[w], NULL, 0);
		buf_release(&in[w]);
	}
	free(in);
	free(fds);
	free(pids);
	return 0;
}
