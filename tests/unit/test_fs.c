/*
 * test_fs.c - unit tests of the file-system helpers (util/fs.h).
 *
 * Each test works in a fresh mkdtemp directory. Teardown removes it with
 * nftw rather than fs_remove_tree, so a broken fs_remove_tree cannot leave
 * the next test a dirty directory.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/fs.h"
#include "util/xalloc.h"

#include "testutil.h"

/* A call that must fail with this errno. */
#define EXPECT_ERRNO(what, rc_want, err_want, call)                                                        \
	do {                                                                                               \
		errno = 0;                                                                                 \
		int rc_ = (call);                                                                          \
		int e_ = errno;                                                                            \
		if (rc_ != (rc_want) || e_ != (err_want))                                                  \
			fail_msg("%s: expected %d with errno %s, got %d with errno %s", (what), (rc_want), \
			         strerror(err_want), rc_, e_ ? strerror(e_) : "0");                        \
	} while (0)

struct fx {
	char *dir;
	mode_t umask;
};

static int setup(void **state)
{
	struct fx *fx = xcalloc(1, sizeof(*fx));

	fx->dir = make_tmpdir("fs");
	if (!fx->dir) {
		free(fx);
		return -1;
	}
	/* A known umask, so that modes can be checked. */
	fx->umask = umask(022);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;

	umask(fx->umask);
	/* Directories made read-only by a test must be writable to be emptied. */
	chmod(fx->dir, 0700);
	rm_rf(fx->dir);
	free(fx->dir);
	free(fx);
	return 0;
}

static char *path_in(struct fx *fx, const char *name)
{
	return xasprintf("%s/%s", fx->dir, name);
}

static void expect_file(const char *path, const char *want)
{
	size_t len;
	char *got = read_bytes(path, &len);

	if (len != strlen(want) || memcmp(got, want, len) != 0)
		fail_msg("%s: expected content \"%s\", got %zu bytes \"%.*s\"", path, want, len, (int)len,
		         got);
	free(got);
}

static void expect_mode(const char *path, mode_t want)
{
	struct stat st;

	if (stat(path, &st) < 0)
		fail_msg("stat %s: %s", path, strerror(errno));
	if ((st.st_mode & 07777) != want)
		fail_msg("%s: expected mode %04o, got %04o", path, (unsigned)want,
		         (unsigned)(st.st_mode & 07777));
}

/* The names in dir, sorted and joined with ' ' (caller frees). */
static char *list_dir(const char *dir)
{
	struct dirent **names;
	int n = scandir(dir, &names, NULL, alphasort);
	char *out = xstrdup("");

	if (n < 0)
		fail_msg("scandir %s: %s", dir, strerror(errno));
	for (int i = 0; i < n; i++) {
		if (strcmp(names[i]->d_name, ".") && strcmp(names[i]->d_name, "..")) {
			char *next = xasprintf("%s%s%s", out, *out ? " " : "", names[i]->d_name);
			free(out);
			out = next;
		}
		free(names[i]);
	}
	free(names);
	return out;
}

static void expect_listing(const char *dir, const char *want)
{
	char *got = list_dir(dir);

	EXPECT_STR(dir, want, got);
	free(got);
}

/* ---- fs_read_file ---- */

static void test_read_file(void **state)
{
	struct fx *fx = *state;
	char *path = path_in(fx, "f.txt");
	struct buf b;

	write_bytes(path, "hello\nworld\n", 12);
	buf_init(&b, BUF_NOLIMIT);
	buf_adds(&b, "junk left from before");
	EXPECT_INT("fs_read_file", 0, fs_read_file(path, 100, &b));
	EXPECT_INT("length", 12, b.len);
	EXPECT_STR("content (the buffer is reset first)", "hello\nworld\n", b.data);

	write_bytes(path, "", 0);
	EXPECT_INT("fs_read_file of an empty file", 0, fs_read_file(path, 100, &b));
	EXPECT_STR("empty file", "", b.data);
	EXPECT_INT("empty file length", 0, b.len);

	write_bytes(path, "a\0b\xff", 4);
	EXPECT_INT("fs_read_file of binary", 0, fs_read_file(path, 100, &b));
	EXPECT_INT("binary length", 4, b.len);
	if (memcmp(b.data, "a\0b\xff", 5) != 0)
		fail_msg("binary content: expected a NUL b 0xff and a NUL, got other bytes");
	buf_release(&b);
	free(path);
}

static void test_read_bounded(void **state)
{
	struct fx *fx = *state;
	char *path = path_in(fx, "big");
	size_t size = 200000; /* several read chunks */
	char *data = xmalloc(size);
	struct buf b;

	for (size_t i = 0; i < size; i++)
		data[i] = (char)('0' + i % 10);
	write_bytes(path, data, size);
	buf_init(&b, BUF_NOLIMIT);

	EXPECT_INT("a file of exactly max bytes", 0, fs_read_file(path, size, &b));
	if (b.len != size || memcmp(b.data, data, size) != 0 || b.data[size] != '\0')
		fail_msg(
		    "content of a %zu-byte file: expected it unchanged and NUL-terminated, got %zu bytes",
		    size, b.len);
	EXPECT_ERRNO("a file one byte over max", -2, EFBIG, fs_read_file(path, size - 1, &b));
	EXPECT_ERRNO("a file far over max", -2, EFBIG, fs_read_file(path, 10, &b));
	EXPECT_ERRNO("any byte over a max of 0", -2, EFBIG, fs_read_file(path, 0, &b));
	if (b.len > 10)
		fail_msg("after a refused read: expected at most max bytes held, got %zu", b.len);

	write_bytes(path, "", 0);
	EXPECT_INT("an empty file with max 0", 0, fs_read_file(path, 0, &b));
	buf_release(&b);
	free(data);
	free(path);
}

static void test_read_errors(void **state)
{
	struct fx *fx = *state;
	char *path = path_in(fx, "missing");
	struct buf b;

	buf_init(&b, BUF_NOLIMIT);
	EXPECT_ERRNO("a missing file", -1, ENOENT, fs_read_file(path, 100, &b));
	EXPECT_ERRNO("a directory", -1, EISDIR, fs_read_file(fx->dir, 100, &b));
	buf_release(&b);
	free(path);
}

/* ---- fs_write_file_atomic ---- */

static void test_write_atomic(void **state)
{
	struct fx *fx = *state;
	char *path = path_in(fx, "out.txt");
	int fd;
	char old[16] = {0};

	EXPECT_INT("write a new file", 0, fs_write_file_atomic(path, "first\n", 6, 0640));
	expect_file(path, "first\n");
	expect_mode(path, 0640);

	/* A reader holding the old file keeps reading the old content: the new one is renamed in. */
	fd = open(path, O_RDONLY);
	if (fd < 0)
		fail_msg("open %s: %s", path, strerror(errno));
	EXPECT_INT("replace it", 0, fs_write_file_atomic(path, "second version\n", 15, 0600));
	expect_file(path, "second version\n");
	expect_mode(path, 0600);
	if (read(fd, old, sizeof(old) - 1) != 6 || strcmp(old, "first\n") != 0)
		fail_msg("the old file through an open descriptor: expected \"first\\n\", got \"%s\"", old);
	close(fd);

	EXPECT_INT("write an empty file", 0, fs_write_file_atomic(path, "", 0, 0644));
	expect_file(path, "");
	/* No temporary file is left behind. */
	expect_listing(fx->dir, "out.txt");
	free(path);
}

static void test_write_atomic_errors(void **state)
{
	struct fx *fx = *state;
	char *path = path_in(fx, "no/such/dir/f");
	char *sub = path_in(fx, "sub");

	EXPECT_ERRNO("write into a missing directory", -1, ENOENT, fs_write_file_atomic(path, "x", 1, 0644));
	/* Renaming over a directory fails; the temporary file is removed. */
	if (mkdir(sub, 0755) < 0)
		fail_msg("mkdir %s: %s", sub, strerror(errno));
	EXPECT_ERRNO("write over a directory", -1, EISDIR, fs_write_file_atomic(sub, "x", 1, 0644));
	expect_listing(fx->dir, "sub");
	free(path);
	free(sub);
}

/* ---- fs_create_new ---- */

static void test_create_new(void **state)
{
	struct fx *fx = *state;
	char *path = path_in(fx, "new.txt");
	char *link = path_in(fx, "dangling");
	char *missing = path_in(fx, "nope/f");

	EXPECT_INT("create a new file", 0, fs_create_new(path, "data", 4, 0600));
	expect_file(path, "data");
	expect_mode(path, 0600);
	EXPECT_ERRNO("create it again", -1, EEXIST, fs_create_new(path, "other", 5, 0600));
	expect_file(path, "data"); /* untouched */

	/* O_EXCL: a dangling symlink counts as existing and is not followed. */
	if (symlink("target-that-does-not-exist", link) < 0)
		fail_msg("symlink: %s", strerror(errno));
	EXPECT_ERRNO("create over a dangling symlink", -1, EEXIST, fs_create_new(link, "x", 1, 0600));
	EXPECT_INT("the symlink target was not created", 0, fs_is_file(link));

	EXPECT_ERRNO("create in a missing directory", -1, ENOENT, fs_create_new(missing, "x", 1, 0600));
	free(path);
	free(link);
	free(missing);
}

/* ---- fs_mkdir_p ---- */

static void test_mkdir_p(void **state)
{
	struct fx *fx = *state;
	char *deep = path_in(fx, "a/b/c");
	char *trailing = path_in(fx, "x/y/");
	char *ab = path_in(fx, "a/b");

	EXPECT_INT("mkdir -p a/b/c", 0, fs_mkdir_p(deep, 0700));
	EXPECT_INT("a/b/c is a directory", 1, fs_is_dir(deep));
	expect_mode(deep, 0700);
	expect_mode(ab, 0700);
	EXPECT_INT("mkdir -p of an existing tree", 0, fs_mkdir_p(deep, 0700));
	EXPECT_INT("mkdir -p with a trailing slash", 0, fs_mkdir_p(trailing, 0755));
	EXPECT_INT("x/y is a directory", 1, fs_is_dir(trailing));
	EXPECT_INT("mkdir -p /", 0, fs_mkdir_p("/", 0755));
	EXPECT_INT("mkdir -p of the temporary directory itself", 0, fs_mkdir_p(fx->dir, 0700));
	free(deep);
	free(trailing);
	free(ab);
}

static void test_mkdir_p_errors(void **state)
{
	struct fx *fx = *state;
	char *file = path_in(fx, "file");
	char *under = path_in(fx, "file/sub/dir");
	char *ro = path_in(fx, "ro");
	char *ro_sub = path_in(fx, "ro/sub");

	write_bytes(file, "x", 1);
	EXPECT_ERRNO("a file where a directory should be", -1, ENOTDIR, fs_mkdir_p(under, 0755));
	EXPECT_ERRNO("the target is a file", -1, ENOTDIR, fs_mkdir_p(file, 0755));
	EXPECT_ERRNO("an empty path", -1, ENOENT, fs_mkdir_p("", 0755));
	if (geteuid() != 0) { /* root may write anywhere */
		if (mkdir(ro, 0500) < 0)
			fail_msg("mkdir %s: %s", ro, strerror(errno));
		EXPECT_ERRNO("under a read-only directory", -1, EACCES, fs_mkdir_p(ro_sub, 0755));
		chmod(ro, 0700);
	}
	free(file);
	free(under);
	free(ro);
	free(ro_sub);
}

/* ---- fs_is_dir, fs_is_file ---- */

static void test_is_dir_is_file(void **state)
{
	struct fx *fx = *state;
	char *file = path_in(fx, "f");
	char *dir = path_in(fx, "d");
	char *link = path_in(fx, "link-to-d");
	char *missing = path_in(fx, "missing");

	write_bytes(file, "", 0);
	if (mkdir(dir, 0755) < 0 || symlink(dir, link) < 0)
		fail_msg("mkdir/symlink: %s", strerror(errno));
	EXPECT_INT("fs_is_file(file)", 1, fs_is_file(file));
	EXPECT_INT("fs_is_dir(file)", 0, fs_is_dir(file));
	EXPECT_INT("fs_is_dir(dir)", 1, fs_is_dir(dir));
	EXPECT_INT("fs_is_file(dir)", 0, fs_is_file(dir));
	EXPECT_INT("fs_is_dir(symlink to dir) follows the link", 1, fs_is_dir(link));
	EXPECT_INT("fs_is_file(missing)", 0, fs_is_file(missing));
	EXPECT_INT("fs_is_dir(missing)", 0, fs_is_dir(missing));
	EXPECT_INT("fs_is_file(/dev/null), not a regular file", 0, fs_is_file("/dev/null"));
	free(file);
	free(dir);
	free(link);
	free(missing);
}

/* ---- fs_join ---- */

static void test_join(void **state)
{
	static const struct {
		const char *a, *b, *want;
	} cases[] = {
	    {"a", "b", "a/b"},
	    {"a/", "b", "a/b"},
	    {"/", "etc", "/etc"},
	    {"/usr/lib", "x.so", "/usr/lib/x.so"},
	    {"a/b/", "c/d", "a/b/c/d"},
	    {"pack", "problems", "pack/problems"},
	    {"a", "", "a/"},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = fs_join(cases[i].a, cases[i].b);
		char what[64];

		snprintf(what, sizeof(what), "fs_join(\"%s\", \"%s\")", cases[i].a, cases[i].b);
		EXPECT_STR(what, cases[i].want, got);
		free(got);
	}
}

/* ---- fs_exe_dir ---- */

static void test_exe_dir(void **state)
{
	char *dir = fs_exe_dir();
	char *self;

	if (!dir)
		fail_msg("fs_exe_dir: expected the directory of this test binary, got NULL");
	if (dir[0] != '/')
		fail_msg("fs_exe_dir: expected an absolute path, got \"%s\"", dir);
	self = fs_join(dir, "test_fs");
	if (!fs_is_file(self))
		fail_msg("fs_exe_dir: expected %s to be this test binary, it is not a file", self);
	free(self);
	free(dir);
}

/* ---- fs_remove_tree ---- */

static void test_remove_tree(void **state)
{
	struct fx *fx = *state;
	char *tree = path_in(fx, "tree");
	char *outside = path_in(fx, "outside");
	char *keep = path_in(fx, "outside/keep.txt");
	char *deep = path_in(fx, "tree/a/b/c");
	char *f1 = path_in(fx, "tree/top.txt");
	char *f2 = path_in(fx, "tree/a/b/c/deep.txt");
	char *hidden = path_in(fx, "tree/a/.hidden");
	char *empty = path_in(fx, "tree/empty");
	char *link = path_in(fx, "tree/a/link-to-outside");
	char *flink = path_in(fx, "tree/a/link-to-file");

	if (fs_mkdir_p(deep, 0755) < 0 || fs_mkdir_p(outside, 0755) < 0 || mkdir(empty, 0755) < 0)
		fail_msg("building the tree: %s", strerror(errno));
	write_bytes(f1, "1", 1);
	write_bytes(f2, "2", 1);
	write_bytes(hidden, "h", 1);
	write_bytes(keep, "keep", 4);
	if (symlink(outside, link) < 0 || symlink(keep, flink) < 0)
		fail_msg("symlink: %s", strerror(errno));

	EXPECT_INT("fs_remove_tree", 0, fs_remove_tree(tree));
	EXPECT_INT("the tree is gone", 0, access(tree, F_OK) == 0);
	/* Symlinks are removed, not followed. */
	expect_file(keep, "keep");
	expect_listing(fx->dir, "outside");

	EXPECT_INT("fs_remove_tree of a missing path", 0, fs_remove_tree(tree));
	EXPECT_INT("fs_remove_tree of a plain file", 0, fs_remove_tree(keep));
	EXPECT_INT("the file is gone", 0, access(keep, F_OK) == 0);
	expect_listing(outside, "");
	free(tree);
	free(outside);
	free(keep);
	free(deep);
	free(f1);
	free(f2);
	free(hidden);
	free(empty);
	free(link);
	free(flink);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
	    T(test_read_file),
	    T(test_read_bounded),
	    T(test_read_errors),
	    T(test_write_atomic),
	    T(test_write_atomic_errors),
	    T(test_create_new),
	    T(test_mkdir_p),
	    T(test_mkdir_p_errors),
	    T(test_is_dir_is_file),
	    cmocka_unit_test(test_join),
	    cmocka_unit_test(test_exe_dir),
	    T(test_remove_tree),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
