/*
 * knowledge_view.h - listing and showing knowledge content from the CLI:
 * `ace cards`, `ace design`, `ace behavioral` and `ace tracks` share it.
 */
#ifndef ACE_CLI_KNOWLEDGE_VIEW_H
#define ACE_CLI_KNOWLEDGE_VIEW_H

#include "bank/knowledge.h"
#include "cli/cli.h"

/*
 * `ace NAME [list] [--topic T] [--difficulty D] [--json]` or
 * `ace NAME show ID [--json]` for one kind (tracks also lists loops).
 * name is the command, for messages and usage.
 */
int knowledge_command(struct cli *c, const char *name, enum kkind kind, int argc, char **argv);

#endif
