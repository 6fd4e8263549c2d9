def partition_labels(s: str) -> list[int]:
    # Correct but O(n^2): a cut after position i is allowed when the letters on its two
    # sides are disjoint; check every position from scratch.
    sizes = []
    start = 0
    for i in range(len(s)):
        if not set(s[: i + 1]) & set(s[i + 1 :]):
            sizes.append(i - start + 1)
            start = i + 1
    return sizes
