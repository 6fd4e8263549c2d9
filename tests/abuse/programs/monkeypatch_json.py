# expect: wrong_answer two-sum
# Replacing the harness's JSON encoder changes only what this code returns, never the comparison.
import json
def two_sum(nums, target):
    json.dumps = lambda *a, **k: '{"ok": true, "value": [0, 1]}'
    return [-1, -1]
