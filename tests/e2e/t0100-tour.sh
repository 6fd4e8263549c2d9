#!/bin/sh
# ace tour: the guided tour of the CLI works end to end and leaves no trace.
. "$(dirname "$0")/lib.sh"

ace tour
expect_rc 0 "the tour exits 0"
expect_out '^\$ ace submit two-sum .*/good.py' "the tour shows the commands it runs"
expect_out '^Accepted +[0-9]+/[0-9]+ tests passed' "the tour's fixed solution is accepted"
expect_out '^Wrong answer' "the tour's first attempt is not"
[ ! -e "$XDG_DATA_HOME/ace/ace.db" ] && pass "the tour does not touch the user's database" || fail "the tour wrote to the user's database"
ls /tmp | grep -q "^$(sed -n 's|.*scratch directory /tmp/\(ace-tour-[A-Za-z0-9]*\).*|\1|p' "$out")\$" && fail "the scratch directory is removed" || pass "the scratch directory is removed"
echo "1..$n"
