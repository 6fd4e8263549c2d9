/* ace cards [list] [--topic T] [--difficulty D] [--json] | ace cards show ID [--json] */
#include "cli/commands.h"
#include "cli/knowledge_view.h"

int cmd_cards(struct cli *c, int argc, char **argv)
{
	return knowledge_command(c, "cards", K_CARD, argc, argv);
}
