#!/bin/sh
# The Pythonic review on every submission (python/review.py in the sandbox):
# findings with line, rule and message, in --json and for people.
. "$(dirname "$0")/lib.sh"
ROOT=$(cd "$TESTS_DIR/../.." && pwd)

sol rough.py <<'PY'
import os


def two_sum(nums, target, seen=[]):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
    if target == None:
        return []
    return []
PY
ace submit two-sum rough.py --json
expect_json '.review | map(.rule) | index("mutable-default") != null' "a mutable default is pointed out"
expect_json '.review[] | select(.rule == "mutable-default") | .line == 4' "with its line"
expect_json '.review | map(.rule) | index("compare-singleton") != null' "== None is pointed out"
expect_json '.review | map(.rule) | index("unused-import") != null' "an unused import is pointed out"
expect_json '.review | all(.message | test("^[^\\n]+[.]$"))' "each finding is one line, a sentence"
expect_json '.review | map(.line) == (map(.line) | sort)' "findings are sorted by line"
ace submit two-sum rough.py
expect_out 'Review \([0-9]+ notes\)' "the human output has a review section"
expect_out 'line 4: .*\(mutable-default\)' "naming line and rule"

ace submit two-sum "$ROOT/bank/problems/two-sum/solution.py" --json
expect_rc 0 "the reference is accepted"
expect_json '.review == []' "and has nothing to review"

sol broken.py <<'PY'
def two_sum(nums, target)
    return []
PY
ace submit two-sum broken.py --json
expect_json 'has("review") | not' "code that does not compile gets no review"
echo "1..$n"
