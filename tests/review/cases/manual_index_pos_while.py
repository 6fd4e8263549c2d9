# expect: manual-index@5, manual-index@14
def total(nums):
    s = 0
    i = 0
    while i < len(nums):
        s += nums[i]
        i += 1
    return s


def labels(items, tags):
    out = []
    k = 0
    for item in items:
        k += 1
        out.append(f"{item}-{tags[k]}")
    return out
