# class: O(2^n)
# why: tries all 2^n subsets of the steps 1..n as landing spots (bitmasks) and counts those with no gap over 2 and n included; O(1) bit tests per mask
def climb_stairs(n: int) -> int:
    if n <= 1:
        return 1
    everything = (1 << n) - 1
    top = 1 << (n - 1)
    ways = 0
    for mask in range(1 << n):
        if not mask & top:
            continue
        skipped = ~mask & everything
        if skipped & (skipped >> 1):
            continue
        ways += 1
    return ways
