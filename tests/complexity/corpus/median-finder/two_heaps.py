# class: O(n log n)
# why: a max-heap for the lower half and a min-heap for the upper half: O(log n) per add, O(1) per median, n calls
import heapq


class MedianFinder:
    def __init__(self):
        self.low = []
        self.high = []

    def add_num(self, num: int) -> None:
        heapq.heappush(self.low, -num)
        heapq.heappush(self.high, -heapq.heappop(self.low))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def find_median(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
