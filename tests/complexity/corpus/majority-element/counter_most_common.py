# class: O(n)
# why: Counter tallies the n values in one C-speed pass; most_common(1) is a max over the distinct values, at most n
from collections import Counter


def majority_element(nums: list[int]) -> int:
    return Counter(nums).most_common(1)[0][0]
