# expect: sort-in-loop@7
def running_medians(nums):
    seen = []
    out = []
    for x in nums:
        seen.append(x)
        seen.sort()
        out.append(seen[len(seen) // 2])
    return out
