# expect: output_limit
# Two million items take 6 MB as JSON, under the byte cap, but ace would build each one in
# memory: the count of values is capped too (by the harness on the list's length, at once,
# and by ace on the answer's bytes; forged_many_values.py tests the second).
def solve():
    return [0] * 2_000_000
