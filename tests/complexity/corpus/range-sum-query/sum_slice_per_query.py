# class: O(n^2)
# why: every query sums a slice; gen.py's ranges mostly span over half of the n values, and there are n - 1 queries
class NumArray:
    def __init__(self, nums: list[int]):
        self.nums = nums

    def sum_range(self, left: int, right: int) -> int:
        return sum(self.nums[left:right + 1])
