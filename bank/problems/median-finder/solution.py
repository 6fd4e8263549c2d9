import heapq


class MedianFinder:
    """Two heaps: `low` (a max-heap of negated values) holds the smaller half and `high`
    (a min-heap) the larger half; len(low) is len(high) or len(high) + 1."""

    def __init__(self):
        self.low = []
        self.high = []

    def add_num(self, num: int) -> None:
        # Route the number through the lower half so every value in low stays <= every value in high.
        heapq.heappush(self.high, -heapq.heappushpop(self.low, -num))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def find_median(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
