# expect: none
def pairs(nums, target):
    nums = sorted(nums)
    found = []
    for x in nums:
        if target - x in nums:
            found.append(x)
    return found


def groups(words):
    out = {}
    for w in words:
        key = "".join(sorted(w))
        out.setdefault(key, []).append(w)
    return list(out.values())
