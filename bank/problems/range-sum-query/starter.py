class NumArray:
    def __init__(self, nums: list[int]):
        pass

    def sum_range(self, left: int, right: int) -> int:
        pass
