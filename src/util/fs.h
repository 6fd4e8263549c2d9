/*
 * fs.h - small file-system helpers with bounded reads.
 */
#ifndef ACE_UTIL_FS_H
#define ACE_UTIL_FS_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

/*
 * Read a whole file of at most max bytes into out (which is reset first).
 * Returns 0; -1 with errno set on an I/O error; -2 when the file is larger
 * than max (EFBIG). out holds a NUL-terminated copy on success.
 */
int fs_read_file(const char *path, size_t max, struct buf *out);
/* Write data to path atomically (temp file + fsync + rename). -1 with errno on failure. */
int fs_write_file_atomic(const char *path, const void *data, size_t len, int mode);
/* Create a file that must not exist yet (O_EXCL). -1 with errno (EEXIST if it does). */
int fs_create_new(const char *path, const void *data, size_t len, int mode);
/* mkdir -p, with mode for the directories it creates. */
int fs_mkdir_p(const char *path, int mode);
bool fs_is_dir(const char *path);
bool fs_is_file(const char *path);
/* "a" + "/" + "b", without doubling a slash. Caller frees. */
char *fs_join(const char *a, const char *b);
/* Directory of the running executable (from /proc/self/exe). Caller frees; NULL if unknown. */
char *fs_exe_dir(void);
/* Remove a directory tree (no symlink following). */
int fs_remove_tree(const char *path);

#endif
