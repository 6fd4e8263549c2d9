# class: O(n log n)
# why: sorts the n intervals by start; two of gen.py's three styles are in random order (its third, a reversed list, timsort reverses in O(n)); the merge pass is linear
def merge(intervals: list[list[int]]) -> list[list[int]]:
    result = []
    for start, end in sorted(intervals, key=lambda iv: iv[0]):
        if result and start <= result[-1][1]:
            if end > result[-1][1]:
                result[-1][1] = end
        else:
            result.append([start, end])
    return result
