/*
 * main.c - the `ace` command: global options, then a subcommand from the table.
 */
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli/cli.h"
#include "sandbox/sandbox_int.h"
#include "util/xalloc.h"

static void usage_all(FILE *out)
{
	fprintf(out,
	        "usage: ace [--bank DIR]... [--color|--no-color] COMMAND [ARGS]\n\n"
	        "Prepare for Python technical interviews: solve problems, get judged, track progress.\n\n"
	        "Commands:\n");
	for (const struct command *cmd = commands; cmd->name; cmd++) {
		char name[40];
		snprintf(name, sizeof(name), "%s%s%s", cmd->name, cmd->alias ? ", " : "",
		         cmd->alias ? cmd->alias : "");
		fprintf(out, "  %-16s %s\n", name, cmd->summary);
	}
	fprintf(out, "\nRun `ace help COMMAND` for a command's options. Start with `ace tour`.\n");
}

int main(int argc, char **argv)
{
	/* The judge's box: this binary re-executed inside the sandbox (src/sandbox/box.c). */
	if (argc >= 2 && !strcmp(argv[1], "__box"))
		return box_main(argc, argv);

	struct cli c = {.argv0 = "ace", .width = 80};
	setlocale(LC_CTYPE, "C.UTF-8");
	/* A dead runner must not kill ace: writes to it fail with EPIPE instead. */
	signal(SIGPIPE, SIG_IGN);

	/* Global options may stand anywhere: take them out of argv first. */
	char **args = xcalloc((size_t)argc + 1, sizeof(char *));
	c.bank_extra = xcalloc((size_t)argc + 1, sizeof(char *));
	int nargs = 0, nbank = 0, color = -1;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--")) {
			while (i < argc)
				args[nargs++] = argv[i++];
			break;
		}
		if (!strcmp(a, "--bank")) {
			if (i + 1 >= argc) {
				fprintf(stderr, "ace: --bank needs a directory: ace --bank DIR COMMAND\n");
				return EXIT_USAGE;
			}
			c.bank_extra[nbank++] = argv[++i];
		} else if (!strncmp(a, "--bank=", 7)) {
			c.bank_extra[nbank++] = argv[i] + 7;
		} else if (!strcmp(a, "--no-color")) {
			color = 0;
		} else if (!strcmp(a, "--color")) {
			color = 1;
		} else {
			args[nargs++] = argv[i];
		}
	}
	args[nargs] = NULL;

	struct diags d = {0};
	int rc;
	if (config_load(getenv("ACE_CONFIG"), &c.cfg, &d) < 0) {
		diags_print(&d, stderr);
		fprintf(stderr, "ace: fix the configuration file above (or move it away) and try again\n");
		diags_release(&d);
		rc = EXIT_USAGE;
		goto out;
	}
	diags_release(&d);
	if (c.cfg.python && !getenv("ACE_PYTHON"))
		setenv("ACE_PYTHON", c.cfg.python, 1);

	bool tty = isatty(STDOUT_FILENO);
	c.stderr_tty = isatty(STDERR_FILENO);
	const char *no_color = getenv("NO_COLOR");
	bool auto_color = !(no_color && *no_color) && getenv("TERM") && strcmp(getenv("TERM"), "dumb");
	if (color < 0)
		color = c.cfg.color == COLOR_ALWAYS ? 1 : c.cfg.color == COLOR_NEVER ? 0 : -1;
	c.color = color >= 0 ? color : (tty && auto_color);
	c.err_color = color >= 0 ? color : (c.stderr_tty && auto_color);
	struct winsize ws;
	if (tty && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
		c.width = ws.ws_col > 120 ? 120 : ws.ws_col;
	const char *cols = getenv("COLUMNS");
	if (!tty && cols) {
		long w = strtol(cols, NULL, 10);
		if (w >= 20 && w <= 500)
			c.width = (int)w;
	}

	if (nargs == 0) {
		usage_all(stderr);
		rc = EXIT_USAGE;
		goto out;
	}
	if (!strcmp(args[0], "--help") || !strcmp(args[0], "-h")) {
		usage_all(stdout);
		rc = EXIT_OK;
		goto out;
	}
	if (!strcmp(args[0], "--version")) {
		args[0] = "version";
	}
	const struct command *cmd = command_find(args[0]);
	if (!cmd) {
		fprintf(stderr, "ace: '%s' is not a command. Run `ace help` for the list.\n", args[0]);
		rc = EXIT_USAGE;
		goto out;
	}
	for (int i = 1; i < nargs; i++) {
		if (!strcmp(args[i], "--"))
			break;
		if (!strcmp(args[i], "--help") || !strcmp(args[i], "-h")) {
			char *hargv[] = {"help", (char *)cmd->name, NULL};
			rc = command_find("help")->run(&c, 2, hargv);
			goto out;
		}
	}
	rc = cmd->run(&c, nargs, args);
out:
	bank_free(c.bank);
	store_free(c.store);
	config_release(&c.cfg);
	free(c.cache_dir);
	free(c.bank_extra);
	free(args);
	return rc;
}
