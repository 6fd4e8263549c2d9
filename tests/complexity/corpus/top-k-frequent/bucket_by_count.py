# class: O(n)
# why: counts the n values, puts each distinct value in a bucket indexed by its count (at most n buckets), reads buckets from the top
from collections import Counter


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    buckets = [[] for _ in range(len(nums) + 1)]
    for value, c in Counter(nums).items():
        buckets[c].append(value)
    out = []
    for c in range(len(buckets) - 1, 0, -1):
        for value in buckets[c]:
            out.append(value)
            if len(out) == k:
                return out
    return out
