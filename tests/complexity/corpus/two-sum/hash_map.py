# class: O(n)
# why: one pass over the n values with a dict of value -> index; each lookup and insert is O(1) on average
def two_sum(nums: list[int], target: int) -> list[int]:
    seen = {}
    for i, x in enumerate(nums):
        j = seen.get(target - x)
        if j is not None:
            return [j, i]
        seen[x] = i
    return []
