/* ace design [list] [--topic T] [--difficulty D] [--json] | ace design show ID [--json] */
#include "cli/commands.h"
#include "cli/knowledge_view.h"

int cmd_design(struct cli *c, int argc, char **argv)
{
	return knowledge_command(c, "design", K_DESIGN, argc, argv);
}
