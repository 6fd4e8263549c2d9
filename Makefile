# ace - build. Plain GNU make, non-recursive.
#
#   make            build/ace (optimised, with debug info)
#   make test       unit tests (ASan+UBSan) and end-to-end tests; ends with "N passed, N failed"
#   make check-style  clang-format and banned-function checks
#
# Dependencies come from Debian packages; scripts/deps installs them.

CC      ?= gcc
PKGS    := sqlite3 jansson yaml-0.1 libcmark libseccomp python3-embed libmicrohttpd
# Linked: all but libmicrohttpd, which `ace serve` loads with dlopen (src/server/mhd.h says why).
LINK_PKGS := $(filter-out libmicrohttpd,$(PKGS))
MHD_SONAME := $(shell objdump -p "$$(pkg-config --variable=libdir libmicrohttpd)/libmicrohttpd.so" 2>/dev/null | awk '/SONAME/ {print $$2}')
WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wformat=2 -Wvla -Wnull-dereference -Wno-unused-parameter
CPPFLAGS_ALL := -std=c11 -D_GNU_SOURCE -Isrc -Ibuild/gen $(shell pkg-config --cflags $(PKGS)) \
                $(if $(MHD_SONAME),-DACE_MHD_SONAME='"$(MHD_SONAME)"')
CFLAGS  ?= -O2 -g
LDLIBS  := $(shell pkg-config --libs $(LINK_PKGS)) -ldl -lpthread -lm
SAN     := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

LIB_SRC := $(sort $(filter-out src/cli/%,$(wildcard src/*/*.c)))
CLI_SRC := $(sort $(wildcard src/cli/*.c))
GEN_SRC := build/gen/embedded.c
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))

LIB_OBJ  := $(LIB_SRC:%.c=build/obj/%.o) build/obj/gen/embedded.o
CLI_OBJ  := $(CLI_SRC:%.c=build/obj/%.o)
ALIB_OBJ := $(LIB_SRC:%.c=build/asan/obj/%.o) build/asan/obj/gen/embedded.o
ACLI_OBJ := $(CLI_SRC:%.c=build/asan/obj/%.o)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=build/test/%)

# Files compiled into the binary (see tools/embed.c): FILE, or NAME=FILE to embed FILE as NAME.
EMBED := python/harness.py python/mutate.py python/review.py
EMBED_FILES := $(foreach e,$(EMBED),$(lastword $(subst =, ,$(e))))

# The web UI that `ace serve` serves (docs/API.md): web/src/ as web/index.html and
# web/assets/NAME, and exactly the npm files that its import map names ("/assets/vendor/..."
# in index.html) as web/assets/vendor/PATH. `npm ci` fetches them when node_modules is
# missing or older than the lockfile; nothing else of Node runs at build time.
WEB_SRC    := $(sort $(wildcard web/src/*.html web/src/*.js web/src/*.css web/src/*.svg))
WEB_VENDOR := $(shell sed -n 's|^ *"[^"]*": *"/assets/vendor/\([^"]*\)".*|\1|p' web/src/index.html)
WEB_STAMP  := web/node_modules/.ace-npm-ci
WEB_CSP    := build/gen/csp-script-hashes
EMBED_ARGS := $(EMBED) web/index.html=web/src/index.html \
	$(foreach f,$(filter-out web/src/index.html,$(WEB_SRC)),web/assets/$(notdir $(f))=$(f)) \
	$(foreach f,$(WEB_VENDOR),web/assets/vendor/$(f)=web/node_modules/$(f)) \
	web/csp-script-hashes=$(WEB_CSP)

.PHONY: all test unit e2e bench check-style clean
all: build/ace

build/tools/embed: tools/embed.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) $(WARN) -O1 -o $@ $<

build/tools/csphash: tools/csphash.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) $(WARN) -O1 -o $@ $<

$(WEB_STAMP): web/package.json web/package-lock.json
	@command -v npm >/dev/null || { echo "make: npm is needed to fetch the web UI's editor; scripts/deps installs it" >&2; exit 1; }
	cd web && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The hashes of index.html's inline scripts (its import map), for the server's CSP.
$(WEB_CSP): build/tools/csphash web/src/index.html
	@mkdir -p $(@D)
	build/tools/csphash web/src/index.html >$@.tmp && mv $@.tmp $@

$(GEN_SRC): build/tools/embed $(EMBED_FILES) $(WEB_SRC) $(WEB_STAMP) $(WEB_CSP) Makefile
	@mkdir -p $(@D)
	build/tools/embed $@ $(EMBED_ARGS)

build/obj/gen/embedded.o: $(GEN_SRC)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) $(CFLAGS) -c -o $@ $<
build/asan/obj/gen/embedded.o: $(GEN_SRC)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) $(CFLAGS) $(SAN) -c -o $@ $<

build/obj/%.o: %.c | $(GEN_SRC)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) -DACE_SOURCE_DIR='"$(CURDIR)"' $(WARN) $(CFLAGS) -MMD -MP -c -o $@ $<

build/asan/obj/%.o: %.c | $(GEN_SRC)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) -DACE_SOURCE_DIR='"$(CURDIR)"' $(WARN) $(CFLAGS) $(SAN) -MMD -MP -c -o $@ $<

build/libace.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^
build/asan/libace.a: $(ALIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

build/ace: $(CLI_OBJ) build/libace.a
	$(CC) $(CFLAGS) -o $@ $(CLI_OBJ) build/libace.a $(LDLIBS)
build/asan/ace: $(ACLI_OBJ) build/asan/libace.a
	$(CC) $(CFLAGS) $(SAN) -o $@ $(ACLI_OBJ) build/asan/libace.a $(LDLIBS)

build/test/%: tests/unit/%.c tests/unit/testutil.h build/asan/libace.a
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) -DACE_SOURCE_DIR='"$(CURDIR)"' $(WARN) -Wno-missing-prototypes $(CFLAGS) $(SAN) \
		-o $@ $< build/asan/libace.a $(LDLIBS) -lcmocka

BENCH_SRC := $(sort $(wildcard bench/*.c))
BENCH_BIN := $(BENCH_SRC:bench/%.c=build/bench/%)
build/bench/%: bench/%.c build/libace.a
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) $(WARN) -Wno-missing-prototypes $(CFLAGS) -o $@ $< build/libace.a $(LDLIBS)

bench: build/ace $(BENCH_BIN)

unit: $(UNIT_BIN)
test: build/ace build/asan/ace $(UNIT_BIN)
	tests/run

check-style:
	scripts/check-style

clean:
	rm -rf build

-include $(shell find build -name '*.d' 2>/dev/null)
