def int_sqrt(x: int) -> int:
    # Correct but O(sqrt(x)): count up until the next square is too big.
    r = 0
    while (r + 1) * (r + 1) <= x:
        r += 1
    return r
