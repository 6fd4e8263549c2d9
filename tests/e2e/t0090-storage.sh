#!/bin/sh
# Storage and configuration: XDG locations, WAL, migrations, bad config.
. "$(dirname "$0")/lib.sh"

sol good.py <<'PY'
def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
PY
ace submit two-sum good.py
[ -f "$XDG_DATA_HOME/ace/ace.db" ] && pass "the database is in \$XDG_DATA_HOME/ace" || fail "the database is in \$XDG_DATA_HOME/ace"
[ "$(sqlite3 "$XDG_DATA_HOME/ace/ace.db" 'PRAGMA journal_mode')" = wal ] && pass "the database is in WAL mode" || fail "WAL mode"
[ "$(sqlite3 "$XDG_DATA_HOME/ace/ace.db" 'PRAGMA user_version')" -ge 1 ] && pass "the schema version is recorded" || fail "schema version"
[ -n "$(ls "$XDG_CACHE_HOME/ace/generated/two-sum/" 2>/dev/null)" ] && pass "generated tests are cached in \$XDG_CACHE_HOME/ace" || fail "generated cache"
(unset XDG_DATA_HOME; "$ACE" submit two-sum good.py >/dev/null 2>&1)
[ -f "$HOME/.local/share/ace/ace.db" ] && pass "without XDG_DATA_HOME the database is in ~/.local/share/ace" || fail "default data dir"

sqlite3 "$XDG_DATA_HOME/ace/ace.db" 'PRAGMA user_version = 999'
ace history
expect_rc 2 "a database from a newer ace is refused"
expect_err 'newer than this ace' "the error says why"
sqlite3 "$XDG_DATA_HOME/ace/ace.db" 'PRAGMA user_version = 1'
ace history --json
expect_json '.submissions | length == 1' "nothing stored was lost"

mkdir -p "$XDG_CONFIG_HOME/ace"
printf 'color: sometimes\n' >"$XDG_CONFIG_HOME/ace/config.yaml"
ace list
expect_rc 2 "a bad setting exits 2"
expect_err 'config.yaml:1: color: expected auto, always or never' "the error names file, line and setting"
printf 'color: [\n' >"$XDG_CONFIG_HOME/ace/config.yaml"
ace list
expect_rc 2 "malformed YAML in the config exits 2"
printf 'colour: never\n' >"$XDG_CONFIG_HOME/ace/config.yaml"
ace list
expect_err 'colour: unknown setting' "an unknown setting is named"
printf 'color: always\n' >"$XDG_CONFIG_HOME/ace/config.yaml"
ace list
expect_out "$(printf '\033')\[" "color: always turns colors on"
printf 'color: never\n' >"$XDG_CONFIG_HOME/ace/config.yaml"
ace list
expect_no_out "$(printf '\033')\[" "color: never turns them off"
rm "$XDG_CONFIG_HOME/ace/config.yaml"

# A writer killed mid-run loses nothing already committed.
for i in 1 2 3 4 5; do "$ACE" submit two-sum good.py >/dev/null 2>&1; done
before=$(sqlite3 "$XDG_DATA_HOME/ace/ace.db" 'SELECT count(*) FROM submissions')
( while :; do "$ACE" submit two-sum good.py >/dev/null 2>&1; done ) &
loop=$!
sleep 1.5
kill -9 $loop 2>/dev/null
pkill -9 -f "ace submit two-sum good.py" 2>/dev/null
wait 2>/dev/null
[ "$(sqlite3 "$XDG_DATA_HOME/ace/ace.db" 'PRAGMA integrity_check')" = ok ] && pass "the database is intact after a kill -9" || fail "integrity after kill"
after=$(sqlite3 "$XDG_DATA_HOME/ace/ace.db" 'SELECT count(*) FROM submissions')
[ "$after" -ge "$before" ] && pass "every committed submission survives ($before before, $after after)" || fail "submissions lost"
echo "1..$n"
