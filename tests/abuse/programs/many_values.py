# expect: output_limit
# Two million items take 6 MB as JSON, under the byte cap, but ace would build each one
# in memory: the count of values is capped too.
def solve():
    return [0] * 2_000_000
