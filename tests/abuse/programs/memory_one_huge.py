# expect: memory_limit
def solve():
    block = bytearray(8 * 1024 ** 3)
    return "contained" if block else "?"
