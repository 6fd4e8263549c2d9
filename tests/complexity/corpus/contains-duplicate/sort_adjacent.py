# class: O(n log n)
# why: sorts the n random values, then compares neighbours in one pass
def contains_duplicate(nums: list[int]) -> bool:
    ordered = sorted(nums)
    return any(a == b for a, b in zip(ordered, ordered[1:]))
