/*
 * paths.h - where ace keeps its files (XDG base directories).
 *
 *   data    $XDG_DATA_HOME/ace    (default ~/.local/share/ace): the database
 *   config  $XDG_CONFIG_HOME/ace  (default ~/.config/ace): config.yaml
 *   cache   $XDG_CACHE_HOME/ace   (default ~/.cache/ace): generated test data
 *
 * Relative XDG values are ignored, as the XDG spec requires.
 */
#ifndef ACE_UTIL_PATHS_H
#define ACE_UTIL_PATHS_H

enum ace_dir { ACE_DIR_DATA, ACE_DIR_CONFIG, ACE_DIR_CACHE };

/*
 * The directory's path (caller frees), or NULL with *err set (caller frees)
 * when neither the XDG variable nor HOME is usable. With create, the
 * directory is created (mode 0700) if missing.
 */
char *paths_dir(enum ace_dir which, int create, char **err);

#endif
