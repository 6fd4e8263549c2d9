#include "config/config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "bank/yj.h"
#include "util/fs.h"
#include "util/paths.h"
#include "util/xalloc.h"

static char *expand_home(const char *p)
{
	const char *home = getenv("HOME");
	if (p[0] == '~' && (p[1] == '/' || !p[1]) && home)
		return xasprintf("%s%s", home, p + 1);
	return xstrdup(p);
}

int config_load(const char *path, struct config *cfg, struct diags *d)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->banks = xcalloc(1, sizeof(char *));
	char *own = NULL;
	if (!path) {
		char *err = NULL;
		char *dir = paths_dir(ACE_DIR_CONFIG, 0, &err);
		if (!dir) {
			free(err);
			return 0; /* no HOME: no config, defaults apply */
		}
		own = fs_join(dir, "config.yaml");
		free(dir);
		path = own;
	}
	struct buf text;
	buf_init(&text, BUF_NOLIMIT);
	struct yj_doc doc = {0};
	size_t before = d->errors;
	int rc = fs_read_file(path, 1u << 20, &text);
	if (rc < 0) {
		if (rc == -2)
			diags_add(d, path, 0, NULL, "larger than 1 MiB");
		else if (errno != ENOENT)
			diags_add(d, path, 0, NULL, "cannot read: %s", strerror(errno));
		goto out;
	}
	cfg->path = xstrdup(path);
	int line;
	char *msg;
	if (yj_parse(text.data, text.len, &doc, &line, &msg) < 0) {
		diags_add(d, path, line, NULL, "YAML: %s", msg);
		free(msg);
		goto out;
	}
	if (!doc.root)
		goto out;
	if (!json_is_object(doc.root)) {
		diags_add(d, path, 1, NULL, "expected a mapping of settings (color, python, bank)");
		goto out;
	}
	const char *key;
	json_t *v;
	json_object_foreach(doc.root, key, v) {
		int ln = yj_line(&doc, key);
		if (!strcmp(key, "color")) {
			const char *s = json_string_value(v);
			if (s && !strcmp(s, "auto"))
				cfg->color = COLOR_AUTO;
			else if (s && !strcmp(s, "always"))
				cfg->color = COLOR_ALWAYS;
			else if (s && !strcmp(s, "never"))
				cfg->color = COLOR_NEVER;
			else
				diags_add(d, path, ln, "color", "expected auto, always or never");
		} else if (!strcmp(key, "python")) {
			const char *s = json_string_value(v);
			if (!s || s[0] != '/')
				diags_add(d, path, ln, "python",
				          "expected an absolute path to a Python 3 interpreter");
			else
				cfg->python = xstrdup(s);
		} else if (!strcmp(key, "bank")) {
			if (!json_is_array(v)) {
				diags_add(d, path, ln, "bank", "expected a list of pack directories");
				continue;
			}
			size_t n = json_array_size(v), i;
			json_t *e;
			free(cfg->banks);
			cfg->banks = xcalloc(n + 1, sizeof(char *));
			size_t k = 0;
			json_array_foreach(v, i, e) {
				if (!json_is_string(e) || !*json_string_value(e)) {
					char f[32];
					snprintf(f, sizeof(f), "bank[%zu]", i);
					diags_add(d, path, yj_line(&doc, f), f, "expected a directory path");
					continue;
				}
				cfg->banks[k++] = expand_home(json_string_value(e));
			}
		} else {
			diags_add(d, path, ln, key, "unknown setting (known: color, python, bank)");
		}
	}
out:
	yj_release(&doc);
	buf_release(&text);
	free(own);
	return d->errors > before ? -1 : 0;
}

void config_release(struct config *cfg)
{
	free(cfg->python);
	for (size_t i = 0; cfg->banks && cfg->banks[i]; i++)
		free(cfg->banks[i]);
	free(cfg->banks);
	free(cfg->path);
	memset(cfg, 0, sizeof(*cfg));
}
