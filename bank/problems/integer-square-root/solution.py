def int_sqrt(x: int) -> int:
    # Binary search for the last r with r * r <= x.
    lo, hi = 0, min(x, 10**9 + 1)
    while lo < hi:
        mid = (lo + hi + 1) // 2      # round up so that lo = mid always makes progress
        if mid * mid <= x:
            lo = mid
        else:
            hi = mid - 1
    return lo
