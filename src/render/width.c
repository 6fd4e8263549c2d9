/*
 * width.c - display columns of a code point, from the C library's wcwidth().
 *
 * glibc's tables follow Unicode (combining marks 0, East Asian wide 2), so we
 * keep none of our own. wcwidth() depends on LC_CTYPE; a private C.UTF-8
 * locale object makes the answer independent of the caller's setlocale().
 */
#include <locale.h>
#include <wchar.h>

#include "render/render_int.h"

int render_cp_width(uint32_t cp)
{
	static locale_t utf8;
	if (!utf8)
		utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	locale_t old = utf8 ? uselocale(utf8) : (locale_t)0;
	int w = wcwidth((wchar_t)cp);
	if (old)
		uselocale(old);
	return w < 0 ? 1 : w;
}
