/* ace serve [--host H] [--port P] [--allow-remote] [--jobs N] [--threads N]: the web app. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/workers.h"
#include "server/http.h"
#include "server/server.h"
#include "util/fs.h"
#include "util/paths.h"

int cmd_serve(struct cli *c, int argc, char **argv)
{
	const char *host = "127.0.0.1", *port_s = NULL, *jobs_s = NULL, *threads_s = NULL;
	bool allow_remote = false;
	for (int i = 1; i < argc; i++) {
		int r;
		if (cli_is(argv[i], "--allow-remote", NULL))
			allow_remote = true;
		else if ((r = cli_opt(c, argc, argv, &i, "--host", NULL, &host)) ||
		         (r = cli_opt(c, argc, argv, &i, "--port", "-p", &port_s)) ||
		         (r = cli_opt(c, argc, argv, &i, "--threads", NULL, &threads_s))) {
			if (r < 0)
				return cli_usage(c, "serve");
		} else if ((r = cli_opt(c, argc, argv, &i, "--jobs", "-j", &jobs_s))) {
			if (workers_parse_jobs(c, r, jobs_s) < 0)
				return EXIT_USAGE;
		} else if (argv[i][0] == '-')
			return cli_unknown_option(c, "serve", argv[i]);
		else
			return cli_error(c, "`ace serve` takes no argument '%s'", argv[i]);
	}
	long long port = SERVER_DEFAULT_PORT;
	if (port_s && http_parse_int(port_s, 0, 65535, &port) < 0)
		return cli_error(c, "--port takes a number from 0 to 65535 (0: any free port), got '%s'",
		                 port_s);
	long long threads = 0;
	if (threads_s && http_parse_int(threads_s, 1, 64, &threads) < 0)
		return cli_error(c, "--threads takes a number from 1 to 64, got '%s'", threads_s);
	bank_t *b = cli_bank(c);
	if (!b)
		return EXIT_USAGE;
	store_t *st = cli_store(c);
	if (!st)
		return EXIT_USAGE;
	char *err = NULL, *cache = NULL;
	char *dir = paths_dir(ACE_DIR_CACHE, 1, &err);
	if (dir) {
		cache = fs_join(dir, "generated");
		free(dir);
	} else {
		cli_warn(c, "no cache for generated tests (%s)", err);
		free(err);
		err = NULL;
	}
	/* A judge worker per CPU by default, up to 8: each judges one submission at a time. */
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	int jobs = c->jobs > 0 ? c->jobs : cpus < 1 ? 1 : cpus > 8 ? 8 : (int)cpus;

	/* Every thread the server starts inherits this mask: the signals come to sigwait() below. */
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &stop, NULL);
	signal(SIGPIPE, SIG_IGN);

	struct server_opts o = {
	    .host = host,
	    .port = (int)port,
	    .allow_remote = allow_remote,
	    .jobs = jobs,
	    .threads = (int)threads,
	    .bank = b,
	    .store = st,
	    .cache_dir = cache,
	    .version = ACE_VERSION,
	};
	server_t *s = NULL;
	if (server_start(&o, &s, &err) < 0) {
		cli_error(c, "%s", err);
		free(err);
		free(cache);
		return EXIT_USAGE;
	}
	printf("ace serve: %s (%d judge worker%s; Ctrl-C to stop)\n", server_url(s), jobs,
	       jobs == 1 ? "" : "s");
	fflush(stdout);
	int sig = 0;
	sigwait(&stop, &sig);
	fprintf(stderr, "ace serve: stopping (%s)\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
	server_free(s);
	free(cache);
	return EXIT_OK;
}
