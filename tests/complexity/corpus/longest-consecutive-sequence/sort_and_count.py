# class: O(n log n)
# why: sorts the list itself, which gen.py shuffles (sorting a set of these ints would not do: small-range ints iterate out of a set almost in order); the run count afterwards is one pass
def longest_consecutive(nums: list[int]) -> int:
    if not nums:
        return 0
    ordered = sorted(nums)
    best = run = 1
    for prev, cur in zip(ordered, ordered[1:]):
        if cur == prev:
            continue
        run = run + 1 if cur == prev + 1 else 1
        best = max(best, run)
    return best
