def generate(n, rng):
    """Arguments for a test of size n (the total length of both lists); rng is a random.Random."""
    n = max(1, n)
    style = rng.randrange(3)
    if style == 0:
        # Interleaved values, split about evenly.
        k = n // 2
        nums1 = sorted(rng.randint(-10**6, 10**6) for _ in range(k))
        nums2 = sorted(rng.randint(-10**6, 10**6) for _ in range(n - k))
    elif style == 1:
        # Very uneven lengths: a short list against a long one.
        k = rng.randint(0, max(0, min(n - 1, 5)))
        nums1 = sorted(rng.randint(-10**6, 10**6) for _ in range(k))
        nums2 = sorted(rng.randint(-10**6, 10**6) for _ in range(n - k))
        if rng.random() < 0.5:
            nums1, nums2 = nums2, nums1
    else:
        # Disjoint ranges: every value of one list is below every value of the other.
        k = rng.randint(0, n)
        nums1 = sorted(rng.randint(-10**6, -1) for _ in range(k))
        nums2 = sorted(rng.randint(0, 10**6) for _ in range(n - k))
        if rng.random() < 0.5:
            nums1, nums2 = nums2, nums1
    return [nums1, nums2]
