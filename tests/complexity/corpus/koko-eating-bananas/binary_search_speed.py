# class: O(n)
# why: binary search over speeds 1..max(pile) <= 10^9 is at most ~30 rounds whatever n is; each round sums over the n piles, so 30 * n
def min_eating_speed(piles: list[int], h: int) -> int:
    lo, hi = 1, max(piles)
    while lo < hi:
        speed = (lo + hi) // 2
        hours = sum((p + speed - 1) // speed for p in piles)
        if hours <= h:
            hi = speed
        else:
            lo = speed + 1
    return lo
