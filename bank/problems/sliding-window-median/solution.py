import heapq


def median_sliding_window(nums: list[int], k: int) -> list[float]:
    """Two heaps split the window into a lower and an upper half; leaving elements are
    deleted lazily. Entries are (value, index) pairs, so equal values never get confused:
    an entry is stale once its index has left the window. O(n log n) time, O(n) space."""
    n = len(nums)
    lo = [(-nums[i], -i) for i in range(k)]    # max-heap of the lower half (negated)
    heapq.heapify(lo)
    hi = []                                     # min-heap of the upper half
    for _ in range(k // 2):
        v, i = heapq.heappop(lo)
        heapq.heappush(hi, (-v, -i))
    odd = k & 1
    push, pop = heapq.heappush, heapq.heappop

    def median():
        if odd:
            return float(-lo[0][0])
        return (-lo[0][0] + hi[0][0]) / 2

    result = [median()]
    for i in range(k, n):
        j = i - k                               # the index leaving the window
        top_v, top_i = -lo[0][0], -lo[0][1]     # the lower half's maximum, never stale here
        # balance = change in the valid size of lo minus that of hi
        balance = -1 if (nums[j], j) <= (top_v, top_i) else 1
        x = nums[i]
        if (x, i) <= (top_v, top_i):
            push(lo, (-x, -i))
            balance += 1
        else:
            push(hi, (x, i))
            balance -= 1
        if balance < 0:                         # lo lost one and hi gained one
            v, idx = pop(hi)
            push(lo, (-v, -idx))
        elif balance > 0:                       # hi lost one and lo gained one
            v, idx = pop(lo)
            push(hi, (-v, -idx))
        while lo and -lo[0][1] <= j:
            pop(lo)
        while hi and hi[0][1] <= j:
            pop(hi)
        result.append(median())
    return result
