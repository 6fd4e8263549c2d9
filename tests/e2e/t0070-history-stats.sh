#!/bin/sh
# ace history and ace stats, human and JSON.
. "$(dirname "$0")/lib.sh"

ace history
expect_rc 0 "history on a fresh database exits 0"
expect_out 'No submissions' "an empty history says so"
sol good.py <<'PY'
def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
PY
sol bad.py <<'PY'
def two_sum(nums, target):
    return [0, 1]
PY
ace submit two-sum bad.py
ace submit two-sum good.py
ace history --json
expect_json '.submissions | length == 2' "both submissions are listed"
expect_json '.submissions[0].verdict == "accepted" and .submissions[1].verdict == "wrong_answer"' "newest first"
id=$(jq '.submissions[0].id' "$out")
ace history two-sum
expect_out 'accepted' "history SLUG lists that problem's submissions"
ace history --id "$id" --json
expect_json '.code | contains("seen = {}")' "one submission keeps its code"
expect_json '(.tests | length) >= 20 and (.tests[0] | has("status") and has("cpu_ms"))' "and its per-test results and timings"
ace history --id 9999
expect_rc 2 "an unknown submission id exits 2"
expect_err 'no submission 9999' "the error names the id"
ace history nope-nope
expect_rc 2 "history of an unknown problem exits 2"
ace history --limit x
expect_rc 2 "a bad --limit exits 2"
ace stats --json
expect_json '.overall.solved == 1 and .overall.attempted == 1 and .submissions == 2' "stats counts solved, attempted and submissions"
expect_json '.by_difficulty.easy.solved == 1' "stats by difficulty"
expect_json '.by_topic["dsa.hashing"].solved == 1' "stats by topic"
expect_json '.activity | length == 1 and .[0].submissions == 2 and .[0].accepted == 1' "activity by day"
ace stats
expect_out '^Solved 1 of [0-9]+ problems' "human stats"
expect_out 'dsa.hashing' "topics are listed"
echo "1..$n"
