# expect: none
from collections import Counter


def top_k(nums, k):
    counts = Counter(nums)
    return [v for v, _ in counts.most_common(k)]
