# class: O(n^3)
# why: itertools.combinations yields all C(n, 3) ~ n^3/6 triples, each unpacked and tested; only the rare hits are sorted and stored
from itertools import combinations


def three_sum(nums: list[int]) -> list[list[int]]:
    found = set()
    for a, b, c in combinations(nums, 3):
        if a + b + c == 0:
            found.add(tuple(sorted((a, b, c))))
    return [list(t) for t in found]
