def min_eating_speed(piles: list[int], h: int) -> int:
    def hours(k):
        return sum((p + k - 1) // k for p in piles)

    total = sum(piles)
    lo = max(1, (total + h - 1) // h)          # even with no rounding up, slower fails
    hi = max(piles)                            # one pile per hour always works (h >= len(piles))
    if h > len(piles):
        # Each pile costs at most p / k + 1 hours, so total / (h - n) is always fast enough.
        hi = min(hi, max(lo, (total + h - len(piles) - 1) // (h - len(piles))))
    while lo < hi:                             # the smallest k with hours(k) <= h
        mid = (lo + hi) // 2
        if hours(mid) <= h:
            hi = mid
        else:
            lo = mid + 1
    return lo
