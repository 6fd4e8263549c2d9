/* ace tracks [list] [--topic T] [--difficulty D] [--json] | ace tracks show ID [--json] */
#include "cli/commands.h"
#include "cli/knowledge_view.h"

int cmd_tracks(struct cli *c, int argc, char **argv)
{
	return knowledge_command(c, "tracks", K_TRACK, argc, argv);
}
