# class: O(n)
# why: the constructor builds prefix sums over the n values (gen.py's list has n entries); each of the n queries is O(1)
from itertools import accumulate


class NumArray:
    def __init__(self, nums: list[int]):
        self.prefix = [0] + list(accumulate(nums))

    def sum_range(self, left: int, right: int) -> int:
        return self.prefix[right + 1] - self.prefix[left]
