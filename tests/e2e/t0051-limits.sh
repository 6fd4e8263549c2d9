#!/bin/sh
# Verdicts for code that runs out of time, memory or output, or will not return.
. "$(dirname "$0")/lib.sh"

sub() { # sub FILE: submit FILE to two-sum as JSON
	ace submit two-sum "$1" --json
}
sol loop.py <<'PY'
def two_sum(nums, target):
    while True:
        pass
PY
sub loop.py
expect_json '.verdict == "time_limit"' "an infinite loop is time_limit"
sol sleep.py <<'PY'
import time
def two_sum(nums, target):
    time.sleep(60)
PY
sub sleep.py
expect_json '.verdict == "time_limit" and (.tests[0].message | test("wall-clock"))' "sleeping forever is time_limit (wall clock)"
expect_json '(.tests | length) == 1 and .not_run == .total - 1 and .passed == 0' "a time limit ends the run: the other tests are not run, and counted as not run"
ace submit two-sum sleep.py
expect_out 'not run after the time limit' "the human output says so"
sol mem.py <<'PY'
def two_sum(nums, target):
    x = [0] * (10 ** 9)
PY
sub mem.py
expect_json '.verdict == "memory_limit"' "one huge allocation is memory_limit"
sol grow.py <<'PY'
def two_sum(nums, target):
    chunks = []
    while True:
        chunks.append(bytearray(1 << 20))
PY
sub grow.py
expect_json '.verdict == "memory_limit"' "slow growth is memory_limit"
sol flood.py <<'PY'
def two_sum(nums, target):
    while True:
        print("spam " * 100)
PY
sub flood.py
expect_json '.verdict == "output_limit"' "a stdout flood is output_limit"
expect_json '(.stdout | length) <= 70000' "captured output stays capped"
sol exit0.py <<'PY'
import os
def two_sum(nums, target):
    os._exit(0)
PY
sub exit0.py
expect_json '.verdict == "runtime_error"' "os._exit(0) is a runtime_error, never accepted"
sol sysexit.py <<'PY'
import sys
def two_sum(nums, target):
    sys.exit(0)
PY
sub sysexit.py
expect_json '.verdict == "runtime_error" and .error.type == "SystemExit"' "SystemExit is a runtime_error"
sol recurse.py <<'PY'
def two_sum(nums, target):
    def f(n):
        return f(n + 1)
    return f(0)
PY
sub recurse.py
expect_json '.verdict == "runtime_error" or .verdict == "memory_limit"' "unbounded recursion ends in runtime_error (or memory_limit)"
sol gen.py <<'PY'
def two_sum(nums, target):
    return (i for i in range(2))
PY
sub gen.py
expect_json '.verdict == "runtime_error" and (.tests[0].message | test("generator"))' "an unserialisable return value is a runtime_error that says why"
sol spoof.py <<'PY'
import json, sys
def two_sum(nums, target):
    sys.stdout.write(json.dumps({"ok": True, "value": [0, 1]}))
    return None
PY
sub spoof.py
expect_json '.verdict == "wrong_answer"' "printing a fake result does not fool the judge"
sol mod.py <<'PY'
raise RuntimeError("broken at import")
def two_sum(nums, target):
    return [0, 1]
PY
sub mod.py
expect_json '.verdict == "runtime_error" and (.error.message | test("broken at import")) and .error.line == 1' "an error at import time is a runtime_error with its line"
sol files.py <<'PY'
import tempfile, os
from concurrent.futures import ThreadPoolExecutor
def two_sum(nums, target):
    # Ordinary code within the per-test limits on open files and tasks: twenty files open at
    # once, a pool of eight threads, a pipe.
    files = [tempfile.TemporaryFile() for _ in range(20)]
    for i, f in enumerate(files):
        f.write(b"%d" % i)
    r, w = os.pipe()
    os.close(r); os.close(w)
    with ThreadPoolExecutor(8) as pool:
        sizes = list(pool.map(lambda f: f.tell(), files))
    for f in files:
        f.close()
    assert sizes[-1] == 2
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
PY
sub files.py
expect_json '.verdict == "accepted"' "twenty open files and a pool of threads are within the limits"
echo "1..$n"
