# expect: output_limit
def solve():
    return "x" * (40 << 20)
