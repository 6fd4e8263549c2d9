/* ace version */
#include <stdio.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "sandbox/sandbox.h"

#ifndef ACE_VERSION
#define ACE_VERSION "0.1.0"
#endif

int cmd_version(struct cli *c, int argc, char **argv)
{
	(void)c;
	(void)argc;
	(void)argv;
	printf("ace %s (judge interpreter: %s)\n", ACE_VERSION, sandbox_python());
	return EXIT_OK;
}
