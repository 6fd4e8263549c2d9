# class: O(n)
# why: the bisect is logarithmic, but flattening the grid first copies all n cells
from bisect import bisect_left


def search_matrix(matrix: list[list[int]], target: int) -> bool:
    flat = [v for row in matrix for v in row]
    i = bisect_left(flat, target)
    return i < len(flat) and flat[i] == target
