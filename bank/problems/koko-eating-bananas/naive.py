def min_eating_speed(piles: list[int], h: int) -> int:
    # Correct but O(n * answer): try every speed from 1 upwards.
    k = 1
    while sum((p + k - 1) // k for p in piles) > h:
        k += 1
    return k
