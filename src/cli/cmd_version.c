/* ace version */
#include <stdio.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "sandbox/sandbox.h"

int cmd_version(struct cli *c, int argc, char **argv)
{
	(void)c;
	(void)argc;
	(void)argv;
	printf("ace %s (judge interpreter: %s)\n", ACE_VERSION, sandbox_python());
	return EXIT_OK;
}
