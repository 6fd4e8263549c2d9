# class: O(n^2)
# why: `in` on the list slice nums[i+1:] is a C-speed linear scan, done for each i until the pair, which gen.py places at index >= n/2
def two_sum(nums: list[int], target: int) -> list[int]:
    for i, x in enumerate(nums):
        rest = nums[i + 1:]
        if target - x in rest:
            return [i, i + 1 + rest.index(target - x)]
    return []
