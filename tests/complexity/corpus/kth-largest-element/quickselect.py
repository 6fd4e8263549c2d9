# class: O(n)
# why: quickselect with a random pivot and three-way split keeps only one side: n + n/2 + ... expected work, and the equal-values bucket handles gen.py's duplicates
import random


def find_kth_largest(nums: list[int], k: int) -> int:
    pool = nums
    while True:
        pivot = random.choice(pool)
        bigger = [x for x in pool if x > pivot]
        if k <= len(bigger):
            pool = bigger
            continue
        same = sum(1 for x in pool if x == pivot)
        if k <= len(bigger) + same:
            return pivot
        k -= len(bigger) + same
        pool = [x for x in pool if x < pivot]
