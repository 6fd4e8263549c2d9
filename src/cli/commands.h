/* commands.h - the subcommands, one per cmd_NAME.c file. */
#ifndef ACE_CLI_COMMANDS_H
#define ACE_CLI_COMMANDS_H

#include <stdbool.h>
#include <stddef.h>

struct cli;
struct diags;

int cmd_tour(struct cli *c, int argc, char **argv);
int cmd_list(struct cli *c, int argc, char **argv);
int cmd_show(struct cli *c, int argc, char **argv);
int cmd_start(struct cli *c, int argc, char **argv);
int cmd_test(struct cli *c, int argc, char **argv);
int cmd_submit(struct cli *c, int argc, char **argv);
int cmd_run(struct cli *c, int argc, char **argv);
int cmd_history(struct cli *c, int argc, char **argv);
int cmd_stats(struct cli *c, int argc, char **argv);
int cmd_serve(struct cli *c, int argc, char **argv);
int cmd_bank(struct cli *c, int argc, char **argv);
/* ace bank mutants / ace bank doc (cmd_bank_mutants.c, cmd_bank_doc.c); argv[0] is the subcommand. */
int cmd_bank_mutants(struct cli *c, int argc, char **argv);
int cmd_bank_doc(struct cli *c, int argc, char **argv);
int cmd_doctor(struct cli *c, int argc, char **argv);
int cmd_cards(struct cli *c, int argc, char **argv);
int cmd_design(struct cli *c, int argc, char **argv);
int cmd_behavioral(struct cli *c, int argc, char **argv);
int cmd_tracks(struct cli *c, int argc, char **argv);
int cmd_topics(struct cli *c, int argc, char **argv);
int cmd_help(struct cli *c, int argc, char **argv);
int cmd_version(struct cli *c, int argc, char **argv);

/*
 * The problem directories named by dirs (packs or single problems; none: every
 * pack in use), sorted within each pack, in *out (caller frees each and the
 * array); what is not a pack goes to top. Sets c->cache_dir when unset.
 */
void bank_problem_dirs(struct cli *c, int ndirs, char **dirs, char ***out, size_t *n, struct diags *top);

/*
 * The knowledge part of bank check (cmd_bank_knowledge.c): validate the
 * packs' cards, prompts, tracks and loops, run the cards' code examples and
 * print the coverage of TOPICS.md (pcounts[i]: problems on topics[i]); with
 * strict, an uncovered topic is an error. Sets *out to the JSON report and
 * returns the number of errors.
 */
struct json_t;
size_t bank_check_knowledge(struct cli *c, const char *const *packs, const size_t *pcounts, bool strict,
                            bool json, struct json_t **out);

#endif
