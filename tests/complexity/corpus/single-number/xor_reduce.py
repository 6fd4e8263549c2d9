# class: O(n)
# why: functools.reduce folds xor over the n values once; the pairs cancel out
from functools import reduce
from operator import xor


def single_number(nums: list[int]) -> int:
    return reduce(xor, nums, 0)
