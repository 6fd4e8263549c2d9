#!/bin/sh
# ace submit: verdicts, JSON shape, bad sources, fresh state per test.
. "$(dirname "$0")/lib.sh"

sol good.py <<'PY'
def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
PY
ace submit two-sum good.py --json
expect_rc 0 "an accepted submission exits 0"
expect_json '.verdict == "accepted"' "verdict accepted"
expect_json 'has("problem") and has("verdict") and has("passed") and has("total") and has("cpu_ms") and has("wall_ms") and has("peak_kb") and has("tests") and has("stdout") and has("stderr") and has("error")' "the JSON has every documented field"
expect_json '.passed == .total and .total >= 20' "every test ran and passed"
expect_json '[.tests[] | has("name") and has("status") and has("cpu_ms")] | all' "each test has name, status, cpu_ms"
expect_json '[.tests[] | select(.visible == false) | has("input") or has("expected") or has("got")] | any | not' "hidden tests reveal no data"
expect_json '.submission >= 1' "the submission id is reported"

sol wrong.py <<'PY'
def two_sum(nums, target):
    return [0, 1]
PY
ace submit two-sum wrong.py --json
expect_rc 1 "a wrong answer exits 1"
expect_json '.verdict == "wrong_answer" and .passed < .total' "verdict wrong_answer"
ace submit two-sum wrong.py
expect_out '^Wrong answer +[0-9]+/[0-9]+ tests passed' "human output starts with the verdict"
expect_out 'First failing test: example 2' "the first failing case is named"
expect_out '^  expected +\[1, 2\]' "expected is shown for a visible case"

sol counter.py <<'PY'
calls = 0
class Box:
    seen = []

def two_sum(nums, target, _cache={}):
    global calls
    calls += 1
    Box.seen.append(target)
    # Any state left over from another test would break these checks.
    assert calls == 1, "global state leaked between tests"
    assert Box.seen == [target], "class attribute leaked between tests"
    assert not _cache, "mutable default leaked between tests"
    _cache[target] = True
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
PY
ace submit two-sum counter.py --json
expect_json '.verdict == "accepted"' "state in a global, a class attribute and a default argument does not carry over between tests"

printf 'def two_sum(nums, target):\n    return [0, 1\n' >syntax.py
ace submit two-sum syntax.py --json
expect_rc 1 "a syntax error exits 1"
expect_json '.verdict == "compile_error" and .error.line == 2' "compile_error with the line"
expect_json '.error.message | test("never closed|SyntaxError")' "the message explains the syntax error"

sol name.py <<'PY'
def twoSum(nums, target):
    return [0, 1]
PY
ace submit two-sum name.py --json
expect_json '.verdict == "compile_error" and (.error.message | test("no function named .two_sum.")) and (.error.message | test("twoSum"))' "a wrong function name names the expected one and what was defined"

: >empty.py
ace submit two-sum empty.py --json
expect_rc 1 "an empty file exits 1"
expect_json '.verdict == "compile_error" and (.error.message | test("empty"))' "an empty file is a compile_error saying so"

printf 'def two_sum(nums, target):\n    return "\351t\351"\n' >latin1.py
ace submit two-sum latin1.py --json
expect_json '.verdict == "compile_error" and (.error.message | test("not valid UTF-8")) and .error.line == 2' "non-UTF-8 source is a compile_error with the line"

head -c 300000 /dev/zero | tr '\0' '#' >huge.py
ace submit two-sum huge.py --json
expect_json '.verdict == "compile_error" and (.error.message | test("limit"))' "an oversized file is a compile_error naming the limit"

sol boom.py <<'PY'
def helper(x):
    return x[10]

def two_sum(nums, target):
    print("looking at", nums[:3])
    return helper(nums)
PY
ace submit two-sum boom.py --json
expect_json '.verdict == "runtime_error" and .error.type == "IndexError"' "an exception is a runtime_error with its type"
expect_json '.error.traceback | map(.line) == [6, 2]' "the traceback has only the candidate's frames, with lines"
expect_json '.stdout | test("looking at")' "the candidate's stdout is captured"
ace submit two-sum boom.py
expect_out 'boom.py line 2, in helper' "human output shows the traceback with file and line"

ace submit two-sum nofile.py
expect_rc 2 "a missing file exits 2"
ace submit no-such-problem good.py
expect_rc 2 "an unknown slug exits 2"
ace submit two-sum
expect_rc 2 "missing arguments exit 2"

# Problem kinds: class (call sequences), linked list, tree, assert-style tests.
sol lru.py <<'PY'
from collections import OrderedDict
class LRUCache:
    def __init__(self, capacity):
        self.cap = capacity
        self.d = OrderedDict()
    def get(self, key):
        if key not in self.d:
            return -1
        self.d.move_to_end(key)
        return self.d[key]
    def put(self, key, value):
        self.d[key] = value
        self.d.move_to_end(key)
        if len(self.d) > self.cap:
            self.d.popitem(last=False)
PY
ace submit lru-cache lru.py --json
expect_json '.verdict == "accepted"' "a class problem is judged through method calls"
sol rev.py <<'PY'
def reverse_list(head):
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    return prev
PY
ace submit reverse-linked-list rev.py --json
expect_json '.verdict == "accepted"' "linked-list arguments and results are converted"
sol memo.py <<'PY'
import functools
def memoize(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    return wrapper
PY
ace submit memoize-decorator memo.py --json
expect_json '.verdict == "accepted"' "assert-style tests (test_solution.py) are supported"
sol nomemo.py <<'PY'
def memoize(fn):
    return fn
PY
ace submit memoize-decorator nomemo.py --json
expect_json '.verdict == "wrong_answer"' "a failing assertion is a wrong_answer"

# A test_solution.py test must return what it observed: one that returns None is refused.
mkdir -p pack/problems
cp -r "$TESTS_DIR/../../bank/problems/memoize-decorator" pack/problems/
cat >>pack/problems/memoize-decorator/test_solution.py <<'PY'


def test_observes_nothing():
    assert solution.memoize(abs)(-3) == 3
PY
ace bank check pack
expect_rc 1 "a test that returns None fails bank check"
expect_out 'test_observes_nothing returns None: every test_\* must return what it observed' "naming the test and saying why"
echo "1..$n"
