def count_smaller(nums):
    # Walk from the right; a Fenwick tree over the ranks of the values seen so far counts
    # how many of them are strictly smaller than the current value.
    ranks = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
    size = len(ranks)
    tree = [0] * (size + 1)
    result = [0] * len(nums)
    for idx in range(len(nums) - 1, -1, -1):
        r = ranks[nums[idx]]
        # Prefix count of ranks 1 .. r - 1.
        i = r - 1
        total = 0
        while i > 0:
            total += tree[i]
            i &= i - 1
        result[idx] = total
        i = r
        while i <= size:
            tree[i] += 1
            i += i & -i
    return result
