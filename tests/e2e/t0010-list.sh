#!/bin/sh
# ace list: table, filters, --json, bad filters.
. "$(dirname "$0")/lib.sh"

ace list
expect_rc 0 "list exits 0"
expect_out 'two-sum +Two Sum +easy +todo' "two-sum is listed as todo"
ace list --json
expect_json '.problems | length >= 10' "list --json has at least 10 problems"
expect_json '[.problems[] | has("slug") and has("title") and has("difficulty") and has("topics") and has("status")] | all' "each entry has slug, title, difficulty, topics, status"
ace list --topic dsa.hashing --json
expect_json '[.problems[].topics | index("dsa.hashing") != null] | all' "--topic filters by topic"
expect_json '.problems | map(.slug) | index("two-sum") != null' "two-sum is under dsa.hashing"
ace list --topic dsa --json
expect_json '.count >= 10' "--topic accepts a prefix (dsa)"
ace list --difficulty medium --json
expect_json '.problems | map(.difficulty == "medium") | all' "--difficulty filters"
ace list --topic nope.nothing
expect_rc 2 "an unknown topic exits 2"
expect_err "not a topic ID" "the error says the topic is unknown"
ace list --difficulty impossible
expect_rc 2 "a bad difficulty exits 2"
ace list --status done
expect_rc 2 "a bad status exits 2"
expect_err "todo, attempted, solved" "the error lists the valid statuses"
ace list --topic
expect_rc 2 "--topic without a value exits 2"

sol good.py <<'PY'
def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
PY
sol bad.py <<'PY'
def max_depth(root):
    return 0
PY
ace submit two-sum good.py
ace list --status solved --json
expect_json '.problems | map(.slug) == ["two-sum"]' "after an accepted submit, two-sum is solved"
ace list --status todo --json
expect_json '.problems | map(.slug) | index("two-sum") == null' "and no longer todo"
echo "1..$n"
