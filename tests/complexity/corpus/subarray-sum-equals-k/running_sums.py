# class: O(n^2)
# why: for each start, extends the end one element at a time with a running total: n(n+1)/2 additions
def subarray_sum(nums: list[int], k: int) -> int:
    count = 0
    for i in range(len(nums)):
        total = 0
        for j in range(i, len(nums)):
            total += nums[j]
            if total == k:
                count += 1
    return count
