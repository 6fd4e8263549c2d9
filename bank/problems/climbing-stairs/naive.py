def climb_stairs(n: int) -> int:
    # Correct but exponential: the recurrence without remembering any result.
    if n <= 1:
        return 1
    return climb_stairs(n - 1) + climb_stairs(n - 2)
