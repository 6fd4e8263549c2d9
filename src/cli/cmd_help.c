/* ace help [COMMAND] */
#include <stdio.h>

#include "cli/cli.h"
#include "cli/commands.h"

int cmd_help(struct cli *c, int argc, char **argv)
{
	if (argc < 2) {
		printf("usage: ace [--bank DIR]... [--color|--no-color] COMMAND [ARGS]\n\nCommands:\n");
		for (const struct command *cmd = commands; cmd->name; cmd++) {
			char name[40];
			snprintf(name, sizeof(name), "%s%s%s", cmd->name, cmd->alias ? ", " : "",
			         cmd->alias ? cmd->alias : "");
			printf("  %-16s %s\n", name, cmd->summary);
		}
		printf(
		    "\nEvery command that lists or reports takes --json.\n"
		    "Exit status: 0 success, 1 a negative result (e.g. not accepted), 2 a usage or input error.\n"
		    "Files: data in $XDG_DATA_HOME/ace, settings in $XDG_CONFIG_HOME/ace/config.yaml,\n"
		    "cache in $XDG_CACHE_HOME/ace. Extra packs: --bank DIR or ACE_BANK_PATH=dir1:dir2.\n");
		return EXIT_OK;
	}
	const struct command *cmd = command_find(argv[1]);
	if (!cmd)
		return cli_error(c, "no command '%s'; `ace help` lists them", argv[1]);
	printf("usage: ace %s\n\n%s.\n", cmd->usage, cmd->summary);
	if (cmd->alias)
		printf("Alias: ace %s\n", cmd->alias);
	if (cmd->help && *cmd->help)
		printf("\n%s\n", cmd->help);
	return EXIT_OK;
}
