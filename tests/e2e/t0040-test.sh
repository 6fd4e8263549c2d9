#!/bin/sh
# ace test: visible examples only, per case input/expected/got/time.
. "$(dirname "$0")/lib.sh"

sol good.py <<'PY'
def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
PY
sol wrong.py <<'PY'
def two_sum(nums, target):
    for i, x in enumerate(nums):
        for j, y in enumerate(nums):
            if x + y == target:
                return [i, j]
PY
ace test two-sum good.py
expect_rc 0 "passing examples exit 0"
expect_out '^PASS example 1 +\([0-9.]+ ms\)' "each example shows PASS and its time"
expect_out '^  input +\[\[4, 9, 2, 15\], 13\]' "the input is shown"
expect_out '^  expected +\[0, 1\]' "the expected value is shown"
expect_out '3/3 examples passed' "a summary line"
ace test two-sum wrong.py
expect_rc 1 "a failing example exits 1"
expect_out '^FAIL example 2' "the failing example is marked"
expect_out '^  got +\[0, 0\]' "what the code returned is shown"
ace test two-sum good.py --json
expect_json '.total == 3 and .verdict == "accepted"' "--json: only the visible cases run"
ace history --json
expect_json '.submissions | length == 0' "ace test records nothing"
ace test two-sum missing.py
expect_rc 2 "a missing file exits 2"
expect_err 'missing.py: no such file' "the error names the file"
# Every test runs in a fresh child of the zygote: random is reseeded in each one
# (as a fresh interpreter seeds it), and the recursion limit is the judge's.
sol rnd.py <<'PY'
import random, sys
def two_sum(nums, target):
    return [random.randint(0, 10**9), sys.getrecursionlimit()]
PY
ace test two-sum rnd.py --json
expect_json '[.tests[].got[0]] | unique | length == 3' "each test's child draws its own random numbers"
expect_json '[.tests[].got[1]] | unique == [100050]' "the candidate gets a recursion limit of 100000 (plus the harness's frames)"
echo "1..$n"
