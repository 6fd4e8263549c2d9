# class: O(n log n)
# why: for each of the n values one bisect into the list of pile tops (up to n long)
from bisect import bisect_left


def length_of_lis(nums: list[int]) -> int:
    tops = []
    for x in nums:
        i = bisect_left(tops, x)
        if i == len(tops):
            tops.append(x)
        else:
            tops[i] = x
    return len(tops)
