/*
 * csphash - the Content-Security-Policy hashes of a page's inline scripts.
 *
 *   csphash PAGE.html > OUT
 *
 * The web UI's import map has to be inline (Chromium does not load external import
 * maps), and the server's policy allows no inline script unless its hash is listed in
 * script-src. For each <script> element without a src attribute, csphash prints the
 * source expression 'sha256-BASE64' of its text, exactly as the browser hashes it (the
 * bytes between the opening tag's '>' and "</script"), one per line. The server adds
 * them to script-src (docs/API.md, entry web/csp-script-hashes). A page with no inline
 * script gives an empty file.
 *
 * SHA-256 is written out from FIPS 180-4 because the build must not need more than a C
 * compiler; it only ever hashes our own page, so speed does not matter.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static uint32_t rotr(uint32_t x, int n)
{
	return (x >> n) | (x << (32 - n));
}

static void sha256_block(uint32_t h[8], const unsigned char *p)
{
	uint32_t w[64];
	for (int i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 |
		       (uint32_t)p[4 * i + 3];
	for (int i = 16; i < 64; i++) {
		uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
		uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
	for (int i = 0; i < 64; i++) {
		uint32_t t1 =
		    k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
		uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
		k = g;
		g = f;
		f = e;
		e = d + t1;
		d = c;
		c = b;
		b = a;
		a = t1 + t2;
	}
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
	h[4] += e;
	h[5] += f;
	h[6] += g;
	h[7] += k;
}

static void sha256(const unsigned char *data, size_t len, unsigned char out[32])
{
	uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
	                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
	size_t i = 0;
	for (; len - i >= 64; i += 64)
		sha256_block(h, data + i);
	/* The tail, the 0x80 marker and the length in bits fill one or two last blocks. */
	unsigned char last[128] = {0};
	size_t rest = len - i;
	memcpy(last, data + i, rest);
	last[rest] = 0x80;
	size_t nlast = rest + 9 <= 64 ? 64 : 128;
	uint64_t bits = (uint64_t)len * 8;
	for (int j = 0; j < 8; j++)
		last[nlast - 1 - j] = (unsigned char)(bits >> (8 * j));
	for (size_t j = 0; j < nlast; j += 64)
		sha256_block(h, last + j);
	for (int j = 0; j < 8; j++) {
		out[4 * j] = (unsigned char)(h[j] >> 24);
		out[4 * j + 1] = (unsigned char)(h[j] >> 16);
		out[4 * j + 2] = (unsigned char)(h[j] >> 8);
		out[4 * j + 3] = (unsigned char)h[j];
	}
}

/* Standard base64 with padding; out holds at least 4 * ((n + 2) / 3) + 1 bytes. */
static void base64(const unsigned char *in, size_t n, char *out)
{
	static const char tab[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t o = 0;
	for (size_t i = 0; i < n; i += 3) {
		uint32_t v = (uint32_t)in[i] << 16;
		if (i + 1 < n)
			v |= (uint32_t)in[i + 1] << 8;
		if (i + 2 < n)
			v |= in[i + 2];
		out[o++] = tab[v >> 18 & 63];
		out[o++] = tab[v >> 12 & 63];
		out[o++] = i + 1 < n ? tab[v >> 6 & 63] : '=';
		out[o++] = i + 2 < n ? tab[v & 63] : '=';
	}
	out[o] = '\0';
}

/* Case-insensitive search for needle in [s, end). */
static const char *find_ci(const char *s, const char *end, const char *needle)
{
	size_t n = strlen(needle);
	for (; s + n <= end; s++) {
		size_t i = 0;
		while (i < n && tolower((unsigned char)s[i]) == needle[i])
			i++;
		if (i == n)
			return s;
	}
	return NULL;
}

/* Does the opening tag [tag, gt) have a src attribute? */
static int has_src(const char *tag, const char *gt)
{
	for (const char *p = find_ci(tag, gt, "src"); p; p = find_ci(p + 1, gt, "src")) {
		const char *q = p + 3;
		while (q < gt && isspace((unsigned char)*q))
			q++;
		if (isspace((unsigned char)p[-1]) && q < gt && *q == '=')
			return 1;
	}
	return 0;
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return NULL;
	}
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	size_t got;
	while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) {
			char *bigger = realloc(buf, cap *= 2);
			if (!bigger)
				free(buf);
			buf = bigger;
		}
	}
	if (!buf || ferror(f)) {
		fprintf(stderr, "csphash: cannot read %s\n", path);
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	*len = n;
	return buf;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: csphash PAGE.html\n");
		return 2;
	}
	size_t len;
	char *page = read_all(argv[1], &len);
	if (!page)
		return 1;
	const char *end = page + len;
	const char *p = page;
	int status = 0;
	while ((p = find_ci(p, end, "<script"))) {
		const char *gt = memchr(p, '>', (size_t)(end - p));
		if (!gt) {
			fprintf(stderr, "csphash: %s: unterminated <script tag\n", argv[1]);
			status = 1;
			break;
		}
		const char *body = gt + 1;
		const char *close = find_ci(body, end, "</script");
		if (!close) {
			fprintf(stderr, "csphash: %s: <script> without </script>\n", argv[1]);
			status = 1;
			break;
		}
		if (!has_src(p, gt)) {
			unsigned char digest[32];
			char b64[48];
			sha256((const unsigned char *)body, (size_t)(close - body), digest);
			base64(digest, sizeof digest, b64);
			printf("'sha256-%s'\n", b64);
		}
		p = close;
	}
	free(page);
	return status;
}
