#include "util/paths.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "util/fs.h"
#include "util/xalloc.h"

char *paths_dir(enum ace_dir which, int create, char **err)
{
	static const char *const vars[] = {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"};
	static const char *const defaults[] = {".local/share", ".config", ".cache"};
	const char *xdg = getenv(vars[which]);
	char *base;
	if (xdg && xdg[0] == '/') {
		base = xstrdup(xdg);
	} else {
		const char *home = getenv("HOME");
		if (!home || home[0] != '/') {
			*err = xasprintf("neither %s nor HOME is set to an absolute path; set one of them",
			                 vars[which]);
			return NULL;
		}
		base = fs_join(home, defaults[which]);
	}
	char *dir = fs_join(base, "ace");
	free(base);
	if (create && fs_mkdir_p(dir, 0700) < 0) {
		*err = xasprintf("cannot create %s: %s", dir, strerror(errno));
		free(dir);
		return NULL;
	}
	return dir;
}
