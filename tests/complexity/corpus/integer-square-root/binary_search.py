# class: O(log n)
# why: binary search over 0..x, and gen.py picks x between n/2 and n, so about log2(n) halvings
def int_sqrt(x: int) -> int:
    lo, hi = 0, x
    ans = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if mid * mid <= x:
            ans = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return ans
