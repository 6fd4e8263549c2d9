#!/bin/sh
# ace run: custom input, compared with the reference solution.
. "$(dirname "$0")/lib.sh"

sol good.py <<'PY'
def two_sum(nums, target):
    print("scanning", len(nums))
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
PY
ace run two-sum good.py --input '[[1, 5, 3], 8]'
expect_rc 0 "run exits 0"
expect_out '^Output: +\[1, 2\]' "the return value is printed"
expect_out '^Reference: +\[1, 2\] +\(matches\)' "the reference's answer is compared"
expect_out '^scanning 3' "stdout is printed"
expect_out '^Time:' "the time is printed"
ace run two-sum good.py --input '[[1, 5, 3], 8]' --json
expect_json '.output == [1, 2] and .reference == [1, 2] and .matches_reference == true' "--json has output, reference and the comparison"
ace run two-sum good.py --input '[[1, 5, 3'
expect_rc 2 "malformed JSON input exits 2"
expect_err 'not valid JSON' "the error says the input is not JSON"
ace run two-sum good.py --input '{"nums": [1]}'
expect_rc 2 "input that is not an argument list exits 2"
ace run two-sum good.py
expect_rc 2 "run without --input exits 2"
sol lru.py <<'PY'
class LRUCache:
    def __init__(self, capacity):
        self.d = {}
    def get(self, key):
        return self.d.get(key, -1)
    def put(self, key, value):
        self.d[key] = value
PY
ace run lru-cache lru.py --input '[["LRUCache", 1], ["put", 1, 1], ["put", 2, 2], ["get", 1]]' --json
expect_json '.output == [null, null, null, 1] and .reference == [null, null, null, -1] and .matches_reference == false' "a class problem runs a call list; the difference from the reference shows"
ace run lru-cache lru.py --input '[[1, 2]]'
expect_rc 2 "a class problem rejects a plain argument list"
sol crash.py <<'PY'
def two_sum(nums, target):
    return nums[99]
PY
ace run two-sum crash.py --input '[[1, 2], 3]'
expect_rc 1 "an exception on custom input exits 1"
expect_out 'IndexError' "the error is shown"
# Heavy modules are imported into the zygote only for code that names them (harness.py,
# ON_DEMAND); either way the candidate's imports work.
sol lean.py <<'PY'
import sys
def two_sum(nums, target):
    return [int("dataclasses" in sys.modules), int("fractions" in sys.modules)]
PY
ace run two-sum lean.py --input '[[1, 2], 3]' --json
expect_json '.output == [0, 0]' "code that names no heavy module: the child does not have them"
sol heavy.py <<'PY'
import sys
from dataclasses import dataclass
from fractions import Fraction

@dataclass
class Pair:
    i: int
    x: Fraction

def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        p = Pair(i, Fraction(x))
        if target - p.x in seen:
            return [seen[target - p.x], p.i]
        seen[p.x] = p.i
PY
ace run two-sum heavy.py --input '[[1, 5, 3], 8]' --json
expect_json '.output == [1, 2] and .matches_reference == true' "a solution with dataclasses and fractions runs"
echo "1..$n"
