#!/bin/sh
# ace show: statement rendering, hints one at a time, --json, unknown slugs.
. "$(dirname "$0")/lib.sh"

ace show two-sum
expect_rc 0 "show exits 0"
expect_out '^Two Sum +easy' "the title and difficulty come first"
expect_out '^Examples' "the Markdown heading is rendered"
expect_out '^• 2 <= len\(nums\)' "list items are rendered as bullets"
expect_no_out '^## ' "no raw Markdown heading marks remain"
expect_out 'Signature: def two_sum' "the signature is shown"
expect_no_out 'Hint 1/' "no hint is shown unless asked"
ace show two-sum --hint 1
expect_out '^Hint 1/3:' "--hint 1 shows the first hint"
expect_no_out '^Hint 2/3:' "--hint 1 does not show the second"
ace show two-sum --hint 2
expect_out '^Hint 2/3:' "--hint 2 shows hints up to the second"
ace show two-sum --hint 9
expect_rc 2 "a hint past the last exits 2"
expect_err 'has 3 hints' "the error says how many hints there are"
ace show two-sum --hint zero
expect_rc 2 "a non-numeric hint exits 2"
ace show two-sum --json --hint 1
expect_json '.slug == "two-sum" and (.hints | length) == 1 and .hints_total == 3' "--json carries the hints asked for"
expect_json '.statement | contains("## Examples")' "--json carries the Markdown statement"
expect_json '(.examples | length) == 3 and .examples[0].expected == [0, 1]' "--json carries the visible examples"
ace show two-summ
expect_rc 2 "an unknown slug exits 2"
expect_err "Did you mean 'two-sum'" "a near miss gets a suggestion"
ace show
expect_rc 2 "show without a slug exits 2"
COLUMNS=40 ace show two-sum
sed -n '3,/^Signature:/p' "$out" | grep -v '^Signature:' | sed 's/•/*/g' | awk 'length($0) > 40 && !/^    / { bad = 1 } END { exit bad }' && pass "the statement wraps to COLUMNS (code blocks excepted)" || fail "the statement wraps to COLUMNS"
echo "1..$n"
