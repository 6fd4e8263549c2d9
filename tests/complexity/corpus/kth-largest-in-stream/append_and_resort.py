# class: O(n^2)
# why: each add appends and re-sorts the whole list; timsort sees an ascending run plus one value, so each sort is O(size) ~ O(n), over n calls
class KthLargest:
    def __init__(self, k: int, nums: list[int]):
        self.k = k
        self.scores = sorted(nums)

    def add(self, val: int) -> int:
        self.scores.append(val)
        self.scores.sort()
        return self.scores[-self.k]
