def find_median(nums1: list[int], nums2: list[int]) -> float:
    a, b = nums1, nums2
    if len(a) > len(b):
        a, b = b, a                       # binary search over the shorter list
    m, n = len(a), len(b)
    half = (m + n + 1) // 2               # size of the left part (it takes the extra value)
    lo, hi = 0, m
    neg, pos = float("-inf"), float("inf")
    while True:
        i = (lo + hi) // 2                # take i values from a and half - i from b
        j = half - i
        a_left = a[i - 1] if i > 0 else neg
        a_right = a[i] if i < m else pos
        b_left = b[j - 1] if j > 0 else neg
        b_right = b[j] if j < n else pos
        if a_left > b_right:
            hi = i - 1
        elif b_left > a_right:
            lo = i + 1
        else:
            left_max = max(a_left, b_left)
            if (m + n) % 2:
                return float(left_max)
            return (left_max + min(a_right, b_right)) / 2
