# class: O(n)
# why: set(nums) & {complements} is two linear set builds and a linear intersection in C; the index lookups after it are two more scans
def two_sum(nums: list[int], target: int) -> list[int]:
    hits = set(nums) & {target - x for x in nums}
    for value in hits:
        other = target - value
        i = nums.index(value)
        if other != value:
            return [i, nums.index(other)]
        if nums.count(value) > 1:
            return [i, nums.index(value, i + 1)]
    return []
