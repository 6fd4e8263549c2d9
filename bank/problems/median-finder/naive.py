class MedianFinder:
    # Correct but O(n log n) per find_median: sort a copy of everything on every query.

    def __init__(self):
        self.nums = []

    def add_num(self, num: int) -> None:
        self.nums.append(num)

    def find_median(self) -> float:
        s = sorted(self.nums)
        m = len(s) // 2
        if len(s) % 2:
            return float(s[m])
        return (s[m - 1] + s[m]) / 2
