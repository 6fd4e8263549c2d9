# class: O(n^2)
# why: list.count is a full O(n) scan, called for every one of the n values (the comprehension does not stop at the answer)
def single_number(nums: list[int]) -> int:
    return [x for x in nums if nums.count(x) == 1][0]
