class NumArray:
    """prefix[i] is the sum of nums[:i], so a range sum is a difference of two prefixes."""

    def __init__(self, nums: list[int]):
        prefix = [0]
        total = 0
        for x in nums:
            total += x
            prefix.append(total)
        self.prefix = prefix

    def sum_range(self, left: int, right: int) -> int:
        return self.prefix[right + 1] - self.prefix[left]
