# class: O(n log n)
# why: ranks the values with a sort, then for each of the n values (right to left) a Fenwick query and update of O(log n)
def count_smaller(nums: list[int]) -> list[int]:
    rank = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
    size = len(rank)
    tree = [0] * (size + 1)
    result = [0] * len(nums)
    for idx in range(len(nums) - 1, -1, -1):
        r = rank[nums[idx]]
        i, total = r - 1, 0
        while i > 0:
            total += tree[i]
            i -= i & -i
        result[idx] = total
        i = r
        while i <= size:
            tree[i] += 1
            i += i & -i
    return result
