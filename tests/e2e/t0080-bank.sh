#!/bin/sh
# ace bank check: the built-in bank passes; malformed packs are reported by
# file, line and field; extra packs come from --bank and ACE_BANK_PATH.
. "$(dirname "$0")/lib.sh"
BUILTIN=$(cd "$TESTS_DIR/../.." && pwd)/bank

ace bank check --strict
expect_rc 0 "the built-in bank passes bank check --strict (its own bar, every coding topic covered)"
expect_out '^ok +two-sum +[0-9]+ tests' "each problem is reported"
expect_out ', 0 failed' "the summary counts no failures"

# A pack of our own, made from two-sum, then broken in many ways.
mkpack() { # mkpack NAME: a fresh pack with one copy of two-sum called NAME
	rm -rf pack
	mkdir -p pack/problems
	cp -r "$BUILTIN/problems/two-sum" "pack/problems/$1"
	sed -i "s/^slug: two-sum/slug: $1/; s/^title: Two Sum/title: Two Sum Again/" "pack/problems/$1/problem.yaml"
}
Y=pack/problems/twin/problem.yaml
T=pack/problems/twin/tests.yaml

mkpack twin
ace bank check pack
expect_rc 0 "a copy of a good problem passes"
ace bank check pack --strict
expect_rc 1 "--strict fails a pack that leaves coding topics uncovered"
expect_out "TOPICS.md: dsa.graphs: 0 problems cover this topic; the bank needs at least 3" "--strict names each uncovered topic"
ace --bank pack list --json
expect_json '.problems | map(.slug) | index("twin") != null' "--bank adds the pack's problems to the list"
ACE_BANK_PATH="$SCRATCH/pack" ace list --json
expect_json '.problems | map(.slug) | index("twin") != null' "ACE_BANK_PATH adds the pack's problems"
ace bank check pack --json
expect_json '.ok == true and .checked == 1' "bank check --json"

mkpack twin; sed -i 's/^title: .*//' $Y
ace bank check pack
expect_rc 1 "a missing title fails"
expect_out 'problem.yaml: title: missing' "the error names file and field"

mkpack twin; sed -i 's/^difficulty: easy/difficulty: impossible/' $Y
ace bank check pack
expect_out "problem.yaml:3: difficulty: 'impossible' is not one of easy, medium, hard" "a bad difficulty is named with its line"

mkpack twin; sed -i 's/^topics: .*/topics: [dsa.hashing, dsa.nonsense]/' $Y
ace bank check pack
expect_out "problem.yaml:4: topics\[1\]: unknown topic 'dsa.nonsense'" "an unknown topic is named with its index"

mkpack twin; sed -i 's/^slug: twin/slug: other-name/' $Y
ace bank check pack
expect_out "slug: 'other-name' does not match the directory name 'twin'" "a slug must match its directory"

mkpack twin; printf 'slug: twin\ntitle: [unclosed\n' >$Y
ace bank check pack
expect_out 'problem.yaml:[0-9]+: YAML: ' "a YAML syntax error is reported with its line"

mkpack twin; sed -i 's/^  name: two_sum/  name: 2sum/' $Y
ace bank check pack
expect_out "entry.name: '2sum' is not a Python identifier" "a bad entry name is named"

mkpack twin; echo 'colour: blue' >>$Y
ace bank check pack
expect_out "problem.yaml:[0-9]+: colour: unknown field" "an unknown field is reported"

mkpack twin; sed -i 's/^- {name: negatives, args: \[\[-3, 4, 3, 90\], 0\], expected: \[0, 2\]}/- {name: negatives, args: [[-3, 4, 3, 90], 0]}/' $T
ace bank check pack
expect_out "tests.yaml:6: \[5\].expected: missing" "a test without expected is named by line and index"

mkpack twin; sed -i 's/^- {name: negatives, args: \[\[-3, 4, 3, 90\], 0\]/- {name: negatives, args: 17/' $T
ace bank check pack
expect_out "tests.yaml:6: \[5\].args: expected the list of positional arguments" "args that are not a list are reported"

mkpack twin; sed -i 's/expected: \[0, 2\]}/expected: [1, 2]}/' $T
ace bank check pack
expect_out "tests.yaml:6: solution.py \(the reference\) gets wrong_answer on test 'negatives'" "a wrong expected value is caught by running the reference"

mkpack twin; cp pack/problems/twin/solution.py pack/problems/twin/naive.py
ace bank check pack
expect_out "naive.py gets accepted, not time_limit" "a naive solution must get its declared verdict"

mkpack twin; rm pack/problems/twin/solution.py
ace bank check pack
expect_out "solution.py is missing" "a missing reference solution is reported"

# Against a second pack holding the real two-sum (not the whole built-in bank, which the
# first check of this script has judged already: judging it twice cost CI minutes).
mkpack twin; sed -i 's/^title: Two Sum Again/title: Two Sum/' $Y
rm -rf pack2 && mkdir -p pack2/problems && cp -r "$BUILTIN/problems/two-sum" pack2/problems/
ace bank check pack pack2
expect_out "title: 'Two Sum' is also the title of" "duplicate titles are reported"

mkpack twin; sed -i 's/^difficulty: easy/difficulty: impossible/' $Y
ace --bank pack list --json
expect_rc 0 "a broken problem in a pack does not stop listing"
expect_err "skipped: .*problem.yaml:3: difficulty" "and it is reported on stderr"
expect_json '.problems | map(.slug) | index("two-sum") != null' "the other problems are still listed"

ace bank check /nonexistent
expect_rc 2 "checking a directory that does not exist exits 2"
expect_out 'no such directory' "and says so"
mkdir -p notapack
ace bank check notapack
expect_out 'not a pack' "a directory that is not a pack is reported"

ace bank path
expect_out "$BUILTIN" "bank path lists the built-in bank"
ace bank check --jobs 0 pack
expect_rc 2 "--jobs 0 exits 2"
expect_err '--jobs takes a number from 1 to 64' "the error gives the range of --jobs"
ace bank check --jobs many pack
expect_rc 2 "a non-numeric --jobs exits 2"
mkpack twin
ace bank check --jobs 1 pack
expect_rc 0 "--jobs 1 checks one problem at a time"
ace bank frob
expect_rc 2 "an unknown bank subcommand exits 2"
echo "1..$n"
