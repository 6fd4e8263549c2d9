/* ace start SLUG [DIR]: write a starter file, never over existing work. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "render/render.h"
#include "util/fs.h"
#include "util/xalloc.h"

int cmd_start(struct cli *c, int argc, char **argv)
{
	const char *slug = NULL, *dir = ".";
	int pos = 0;
	for (int i = 1; i < argc; i++) {
		if (argv[i][0] == '-' && argv[i][1])
			return cli_unknown_option(c, "start", argv[i]);
		if (pos == 0)
			slug = argv[i];
		else if (pos == 1)
			dir = argv[i];
		else
			return cli_error(c, "too many arguments: ace start SLUG [DIR]");
		pos++;
	}
	if (!slug)
		return cli_usage(c, "start");
	struct problem *p = cli_problem(c, slug, true);
	if (!p)
		return EXIT_USAGE;
	if (!fs_is_dir(dir) && fs_mkdir_p(dir, 0755) < 0)
		return cli_error(c, "cannot create directory %s: %s", dir, strerror(errno));

	char *base = xstrdup(p->slug);
	for (char *s = base; *s; s++)
		if (*s == '-')
			*s = '_';
	char *name = xasprintf("%s.py", base);
	char *path = fs_join(dir, name);
	free(base);
	free(name);

	char *err = NULL;
	char *text = render_starter(p, path, &err);
	if (!text) {
		cli_error(c, "%s", err);
		free(err);
		free(path);
		return EXIT_USAGE;
	}
	struct buf f = {.data = text, .len = strlen(text)};
	if (fs_create_new(path, f.data, f.len, 0644) < 0) {
		int e = errno;
		free(text);
		if (e == EEXIST) {
			cli_error(
			    c,
			    "%s already exists; your work is kept. Choose another directory: ace start %s DIR",
			    path, p->slug);
		} else {
			cli_error(c, "cannot write %s: %s", path, strerror(e));
		}
		free(path);
		return EXIT_USAGE;
	}
	free(text);
	printf("Wrote %s\nNext: edit it, then `ace test %s %s`.\n", path, p->slug, path);
	free(path);
	return EXIT_OK;
}
