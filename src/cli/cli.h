/*
 * cli.h - what the subcommands of `ace` share.
 *
 * Each subcommand lives in its own file (cmd_NAME.c) and is registered in
 * the table in commands.c. A command gets the shared context and its own
 * arguments (argv[0] is the command name) and returns the exit status:
 * 0 success, 1 a negative result (not accepted, check failed), 2 a usage or
 * input error. Errors go to stderr and say what was wrong and how to fix it.
 */
#ifndef ACE_CLI_CLI_H
#define ACE_CLI_CLI_H

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>

#include "bank/bank.h"
#include "config/config.h"
#include "judge/judge.h"
#include "store/store.h"

#ifndef ACE_VERSION
#define ACE_VERSION "0.1.0"
#endif

#define EXIT_OK       0
#define EXIT_NEGATIVE 1
#define EXIT_USAGE    2

struct cli {
	const char *argv0;
	char **bank_extra; /* --bank directories, NULL-terminated */
	bool color;        /* ANSI styles on stdout */
	bool err_color;    /* ANSI styles on stderr */
	bool stderr_tty;
	int width; /* terminal columns */
	struct config cfg;
	bank_t *bank;   /* opened on demand by cli_bank() */
	store_t *store; /* opened on demand by cli_store() */
	char *cache_dir;
	int jobs; /* parallel workers for bank check; 0: one per CPU */
};

struct command {
	const char *name;
	const char *alias;   /* NULL when none */
	const char *usage;   /* "list [--topic T] ..." */
	const char *summary; /* one line */
	const char *help;    /* the rest of `ace help CMD` */
	int (*run)(struct cli *c, int argc, char **argv);
};

extern const struct command commands[];
const struct command *command_find(const char *name);

/* Print "ace: message" to stderr (with a trailing newline). Returns EXIT_USAGE. */
int cli_error(struct cli *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Print "ace: warning: message" to stderr. */
void cli_warn(struct cli *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The usage line for a command, to stderr, with "run `ace help CMD`". Returns EXIT_USAGE. */
int cli_usage(struct cli *c, const char *cmd);

/* Open the bank (once). Problems with broken packs are warned about on stderr. NULL when none loads. */
bank_t *cli_bank(struct cli *c);
/* Find a problem by slug, with its tests loaded when with_tests; prints an error (with a suggestion) and returns NULL otherwise. */
struct problem *cli_problem(struct cli *c, const char *slug, bool with_tests);
/* Open the store (once). Prints an error and returns NULL on failure. */
store_t *cli_store(struct cli *c);
/* Read a candidate's source file; prints an error and returns NULL on failure. */
char *cli_read_source(struct cli *c, const char *path, size_t *len);

/* Styles: return the escape sequence when color is on, "" otherwise. */
const char *sty(const struct cli *c, const char *which);
/* Print a JSON document to stdout, indented, with a newline; consumes j. */
void cli_print_json(json_t *j);
/* A progress bar on stderr when it is a terminal: "label [=====>    ] done/total". */
void cli_progress(struct cli *c, const char *label, size_t done, size_t total);
/* Print the judge result for people. */
void cli_print_result(struct cli *c, const struct problem *p, const struct judge_result *r, bool examples);
/* Store a judged submission; returns its id or -1 (with a warning printed). */
long long cli_record(struct cli *c, const struct problem *p, const char *kind, const char *code,
                     const struct judge_result *r);
/* Parse --json and the like: true if argv[i] equals one of the names. */
bool cli_is(const char *arg, const char *long_name, const char *short_name);

/*
 * Read the candidate's file at path and judge it (progress bar on a terminal
 * when progress). Returns 0 with r filled (release it), or -1 after printing
 * an error (unreadable file). *source_out, when not NULL, gets the source.
 */
int cli_judge(struct cli *c, const struct problem *p, const char *path, enum judge_mode mode,
              const json_t *custom, bool progress, char **source_out, struct judge_result *r);

/*
 * Match an option that takes a value at argv[*i]: "--name VALUE" or
 * "--name=VALUE" (or the short form "-x VALUE"). Returns 1 and sets *val
 * (advancing *i past a separate value), 0 when argv[*i] is another argument,
 * or -1 after printing an error when the value is missing.
 */
int cli_opt(struct cli *c, int argc, char **argv, int *i, const char *name, const char *short_name,
            const char **val);
/* An argument that starts with '-' and is not known: prints an error, returns EXIT_USAGE. */
int cli_unknown_option(struct cli *c, const char *cmd, const char *arg);

struct cx_report;
/* The measured complexity, for people (cmd_analyze.c): class, comparison, confidence, space. */
void cli_print_complexity(struct cli *c, const struct problem *p, const struct cx_report *r);
/* cx_opts.progress for a terminal (ctx: the cli); a fraction of 1 or more erases the line. */
void cli_cx_progress(void *ctx, double fraction);

#endif
