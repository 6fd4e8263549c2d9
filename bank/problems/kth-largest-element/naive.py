def find_kth_largest(nums: list[int], k: int) -> int:
    # Correct but O(n * k): remove the current maximum k - 1 times, then read the maximum.
    values = list(nums)
    for _ in range(k - 1):
        values.remove(max(values))
    return max(values)
