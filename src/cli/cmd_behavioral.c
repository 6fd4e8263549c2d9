/* ace behavioral [list] [--topic T] [--difficulty D] [--json] | ace behavioral show ID [--json] */
#include "cli/commands.h"
#include "cli/knowledge_view.h"

int cmd_behavioral(struct cli *c, int argc, char **argv)
{
	return knowledge_command(c, "behavioral", K_BEHAVIORAL, argc, argv);
}
