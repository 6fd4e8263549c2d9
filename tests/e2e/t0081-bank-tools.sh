#!/bin/sh
# ace bank mutants (the tests' strength), ace bank doc (docs/BANK.md) and
# ace list --topic for every topic.
. "$(dirname "$0")/lib.sh"
ROOT=$(cd "$TESTS_DIR/../.." && pwd)
BUILTIN=$ROOT/bank

# Mutation testing: binary-search's tests reject the classic slips.
ace bank mutants "$BUILTIN/problems/binary-search" --json
expect_rc 0 "bank mutants runs on a problem"
expect_json '.total >= 6 and .killed >= 5 and .failed == 0' "most mutants of binary-search are killed"
expect_json '[.problems[0].mutants[].kind] | index("compare") != null and index("off_by_one") != null' \
	"mutants include a wrong comparison and an off-by-one"
expect_json '[.problems[0].mutants[] | select(.killed) | .verdict] | all(. != "accepted")' \
	"a killed mutant is one the tests did not accept"
expect_json '.problems[0].mutants | all(.description | test("^line [0-9]+: "))' "each mutant names its line"

# Weak tests let mutants live: a copy of binary-search with only its first test.
mkdir -p weak/problems
cp -r "$BUILTIN/problems/binary-search" weak/problems/
T=weak/problems/binary-search/tests.yaml
head -1 "$T" >"$T.new" # example 1 only
mv "$T.new" "$T"
ace bank mutants weak --json
expect_json '.killed < .total' "with one test, some mutants survive"
ace bank mutants weak --min 100
expect_rc 1 "--min fails when the share killed is below it"
expect_out 'survived: line [0-9]+: ' "survivors are listed with line and change"

ace bank mutants "$BUILTIN/problems/binary-search" --max 0
expect_rc 2 "--max 0 is refused"
expect_err '--max takes a number from 1 to 32' "the error says the range"
ace bank mutants /nonexistent
expect_rc 2 "a missing directory is an error"
expect_err 'no such directory' "the error names it"

# docs/BANK.md is exactly what `ace bank doc` prints.
ace bank doc
expect_rc 0 "bank doc runs"
if cmp -s "$out" "$ROOT/docs/BANK.md"; then
	pass "docs/BANK.md is up to date (build/ace bank doc > docs/BANK.md)"
else
	diff "$ROOT/docs/BANK.md" "$out" | head -10 | sed 's/^/#   /'
	fail "docs/BANK.md is up to date (build/ace bank doc > docs/BANK.md)"
fi
expect_out '^\| `dsa.graphs` \| ' "the coverage table lists dsa.graphs"
expect_out '^### `dsa.heap`' "problems are grouped by topic"
ace bank doc /nonexistent
expect_rc 2 "bank doc on a missing pack is an error"

# ace list --topic works for every topic of TOPICS.md, and every coding topic has problems.
ace topics --json
jq -r '.topics[].id' "$out" >topics.txt
bad=""
empty=""
while read -r t; do
	ace list --topic "$t" --json
	[ "$rc" -eq 0 ] || bad="$bad $t"
	case $t in
	dsa.*) [ "$(jq '.problems | length' "$out")" -ge 3 ] || empty="$empty $t" ;;
	esac
done <topics.txt
[ -s topics.txt ] && [ -z "$bad" ] && pass "ace list --topic works for all $(wc -l <topics.txt) topics" ||
	{ echo "#   failed:$bad"; fail "ace list --topic works for every topic"; }
[ -z "$empty" ] && pass "every coding topic lists at least 3 problems" ||
	{ echo "#   fewer than 3:$empty"; fail "every coding topic lists at least 3 problems"; }
echo "1..$n"
