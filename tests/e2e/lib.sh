# Shared helpers for the end-to-end tests (TAP output).
#
# Each test script runs ace on throwaway state: a scratch HOME and XDG
# directories, removed on exit. `ace ARGS...` runs the binary under test and
# leaves its stdout in $out, stderr in $err and exit status in $rc; the
# expect_* functions print one TAP line each.
set -u
: "${ACE:?set ACE to the ace binary under test}"
TESTS_DIR=$(cd "$(dirname "$0")" && pwd)
DATA="$TESTS_DIR/data"
SCRATCH=$(mktemp -d /tmp/ace-e2e-XXXXXX)
trap 'rm -rf "$SCRATCH"' EXIT
export HOME="$SCRATCH/home"
export XDG_DATA_HOME="$SCRATCH/data" XDG_CONFIG_HOME="$SCRATCH/config" XDG_CACHE_HOME="${ACE_TEST_CACHE:-$SCRATCH/cache}"
unset ACE_BANK_PATH ACE_CONFIG NO_COLOR
mkdir -p "$HOME"
cd "$SCRATCH" || exit 1
n=0
out="$SCRATCH/.out"
err="$SCRATCH/.err"
rc=0

ace() {
	"$ACE" "$@" >"$out" 2>"$err"
	rc=$?
}

_diag() {
	echo "#   exit status: $rc"
	sed -n '1,15s/^/#   stdout: /p' "$out"
	sed -n '1,15s/^/#   stderr: /p' "$err"
}

pass() { n=$((n + 1)); echo "ok $n - $1"; }
fail() { n=$((n + 1)); echo "not ok $n - $1"; _diag; }

# expect_rc N DESCRIPTION
expect_rc() {
	if [ "$rc" -eq "$1" ]; then pass "$2"; else echo "#   expected exit status $1"; fail "$2"; fi
}
# expect_out REGEX DESCRIPTION (grep -E on stdout)
expect_out() {
	if grep -Eq -- "$1" "$out"; then pass "$2"; else echo "#   stdout should match: $1"; fail "$2"; fi
}
expect_no_out() {
	if grep -Eq -- "$1" "$out"; then echo "#   stdout should not match: $1"; fail "$2"; else pass "$2"; fi
}
expect_err() {
	if grep -Eq -- "$1" "$err"; then pass "$2"; else echo "#   stderr should match: $1"; fail "$2"; fi
}
# expect_json JQ_EXPR DESCRIPTION: the jq expression must print true on stdout's JSON.
expect_json() {
	got=$(jq -e "$1" "$out" 2>&1)
	if [ "$got" = true ]; then pass "$2"; else echo "#   jq '$1' gave: $got"; fail "$2"; fi
}
# expect_file_has FILE REGEX DESCRIPTION
expect_file_has() {
	if grep -Eq -- "$2" "$1" 2>/dev/null; then pass "$3"; else echo "#   $1 should match: $2"; fail "$3"; fi
}
# A solution file from a heredoc: sol NAME <<'PY' ... PY
sol() { cat >"$SCRATCH/$1"; }
