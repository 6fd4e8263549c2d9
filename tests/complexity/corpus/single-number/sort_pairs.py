# class: O(n log n)
# why: sorting the ~n values dominates (gen.py shuffles them, or lays pairs out unsorted); then a stride-2 scan
def single_number(nums: list[int]) -> int:
    s = sorted(nums)
    for i in range(0, len(s) - 1, 2):
        if s[i] != s[i + 1]:
            return s[i]
    return s[-1]
