from bisect import bisect_left


def length_of_lis(nums: list[int]) -> int:
    # tails[k] is the smallest value that ends a strictly increasing subsequence of length k + 1.
    # It is strictly increasing, so each number finds its place by binary search.
    tails = []
    for x in nums:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
