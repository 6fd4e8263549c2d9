# class: O(n^3)
# why: every triple i < j < k is tried: n^3/6 checks, each O(1) apart from the rare hits
def three_sum(nums: list[int]) -> list[list[int]]:
    n = len(nums)
    triples = set()
    for i in range(n):
        a = nums[i]
        for j in range(i + 1, n):
            ab = a + nums[j]
            for k in range(j + 1, n):
                if ab + nums[k] == 0:
                    triples.add(tuple(sorted((a, nums[j], nums[k]))))
    return [list(t) for t in triples]
