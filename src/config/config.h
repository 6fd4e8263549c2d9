/*
 * config.h - the user's settings, from $XDG_CONFIG_HOME/ace/config.yaml.
 *
 *   color: auto          # auto | always | never
 *   python: /usr/bin/python3
 *   bank:                # extra packs, searched after --bank and ACE_BANK_PATH
 *     - ~/interview-pack
 *
 * A missing file means the defaults. A malformed one is an error that names
 * the file, line and field; nothing is guessed.
 */
#ifndef ACE_CONFIG_CONFIG_H
#define ACE_CONFIG_CONFIG_H

#include "util/diag.h"

enum color_mode { COLOR_AUTO = 0, COLOR_ALWAYS, COLOR_NEVER };

struct config {
	enum color_mode color;
	char *python; /* NULL: default */
	char **banks; /* NULL-terminated, "~/" expanded; never NULL after config_load */
	char *path;   /* the file read, or NULL when there was none */
};

/* Load path (NULL: the default location). Returns 0, or -1 with entries in diags. */
int config_load(const char *path, struct config *cfg, struct diags *diags);
void config_release(struct config *cfg);

#endif
