# expect: recursion-no-memo@6, recursion-no-memo@18
def find_target_sum_ways(nums, target):
    def count(i, value):
        if i == len(nums):
            return 1 if value == target else 0
        return count(i + 1, value + nums[i]) + count(i + 1, value - nums[i])

    return count(0, 0)


def palindrome_subseq(s, i, j):
    if i > j:
        return 0
    if i == j:
        return 1
    if s[i] == s[j]:
        return 2 + palindrome_subseq(s, i + 1, j - 1)
    return max(palindrome_subseq(s, i + 1, j), palindrome_subseq(s, i, j - 1))
