class KthLargest:
    # Correct, but keeps every score and sorts them all on each add: O(n log n) per call.

    def __init__(self, k, nums):
        self.k = k
        self.scores = list(nums)

    def add(self, val):
        self.scores.append(val)
        self.scores.sort(reverse=True)
        return self.scores[self.k - 1]
