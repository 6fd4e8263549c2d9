def climb_stairs(n: int) -> int:
    # ways(i) = ways(i - 1) + ways(i - 2) with ways(0) = ways(1) = 1; keep only the last two.
    before, current = 1, 1
    for _ in range(n - 1):
        before, current = current, before + current
    return current
