/*
 * test_embedded.c - unit tests of the files compiled into the binary (util/embedded.h,
 * made by tools/embed.c, tools/csphash.c and the Makefile).
 *
 * Embedded bytes must equal the source files byte for byte (text and binary alike),
 * the web UI's import map must name only embedded files, and the CSP hash of the
 * page's inline import map must be there for the server.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/embedded.h"
#include "util/xalloc.h"

#include "testutil.h"

/* The embedded entry `name` has the same bytes as the source file `path`. */
static void expect_same(const char *name, const char *path)
{
	size_t elen = 0, flen = 0;
	const char *data = embedded_get(name, &elen);
	if (!data)
		fail_msg("%s is not embedded", name);
	char *full = xasprintf("%s/%s", ACE_SOURCE_DIR, path);
	char *file = read_bytes(full, &flen);
	EXPECT_INT(name, (long long)flen, (long long)elen);
	if (memcmp(data, file, flen) != 0)
		fail_msg("%s differs from %s", name, full);
	if (data[elen] != '\0')
		fail_msg("%s is not NUL-terminated", name);
	free(file);
	free(full);
}

static void test_same_bytes(void **state)
{
	(void)state;
	expect_same("python/harness.py", "python/harness.py");
	expect_same("web/index.html", "web/src/index.html");
	expect_same("web/assets/app.js", "web/src/app.js");
	expect_same("web/assets/style.css", "web/src/style.css");
	/* The largest vendor file, with non-ASCII bytes, quotes, backslashes and digits. */
	expect_same("web/assets/vendor/@codemirror/view/dist/index.js",
	            "web/node_modules/@codemirror/view/dist/index.js");
}

static void test_missing(void **state)
{
	(void)state;
	size_t len = 99;
	assert_null(embedded_get("web/assets/nope.js", &len));
	assert_null(embedded_get("", NULL));
	EXPECT_INT("len untouched", 99, (long long)len);
}

/* Every "/assets/..." URL in the page (the import map, the stylesheet, the app) is embedded. */
static void test_page_urls_embedded(void **state)
{
	(void)state;
	const char *page = embedded_get("web/index.html", NULL);
	assert_non_null(page);
	int vendor = 0;
	for (const char *p = strstr(page, "\"/assets/"); p; p = strstr(p + 1, "\"/assets/")) {
		const char *start = p + 1;
		const char *end = strchr(start, '"');
		assert_non_null(end);
		char *name = xasprintf("web%.*s", (int)(end - start), start);
		if (!embedded_get(name, NULL))
			fail_msg("index.html names %.*s, but %s is not embedded", (int)(end - start), start, name);
		vendor += strncmp(start, "/assets/vendor/", 15) == 0;
		free(name);
	}
	if (vendor < 5)
		fail_msg("expected the import map's vendor files, found %d", vendor);
}

static void test_csp_hash(void **state)
{
	(void)state;
	const char *h = embedded_get("web/csp-script-hashes", NULL);
	assert_non_null(h);
	/* One inline script (the import map): 'sha256-' + 44 base64 characters + "'\n". */
	EXPECT_INT("length", 8 + 44 + 2, (long long)strlen(h));
	if (strncmp(h, "'sha256-", 8) != 0 || h[8 + 43] != '=' || h[8 + 44] != '\'')
		fail_msg("not a CSP hash source: %s", h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_same_bytes),
	    cmocka_unit_test(test_missing),
	    cmocka_unit_test(test_page_urls_embedded),
	    cmocka_unit_test(test_csp_hash),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
