# class: O(n)
# why: the same front-popping merge as with lists, but deque.popleft is O(1)
from collections import deque


def merge_sorted(a: list[int], b: list[int]) -> list[int]:
    left, right = deque(a), deque(b)
    merged = []
    while left and right:
        merged.append(left.popleft() if left[0] <= right[0] else right.popleft())
    merged.extend(left)
    merged.extend(right)
    return merged
