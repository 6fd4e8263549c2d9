# class: O(log n)
# why: one bisect over the first column (a key view, no copy) picks the row, a second bisect searches that row: log(rows) + log(cols) = log n
import bisect


class _FirstColumn:
    def __init__(self, matrix):
        self.matrix = matrix

    def __len__(self):
        return len(self.matrix)

    def __getitem__(self, i):
        return self.matrix[i][0]


def search_matrix(matrix: list[list[int]], target: int) -> bool:
    if not matrix or not matrix[0]:
        return False
    r = bisect.bisect_right(_FirstColumn(matrix), target) - 1
    if r < 0:
        return False
    row = matrix[r]
    c = bisect.bisect_left(row, target)
    return c < len(row) and row[c] == target
