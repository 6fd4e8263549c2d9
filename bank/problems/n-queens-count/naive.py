from itertools import permutations


def count_queens(n: int, blocked: list[list[int]]) -> int:
    # Correct but O(n! * n): try every assignment of one column per row, then check the
    # blocked squares and the diagonals afterwards. It never prunes a partial placement.
    closed = {(r, c) for r, c in blocked}
    count = 0
    for cols in permutations(range(n)):
        if any((r, c) in closed for r, c in enumerate(cols)):
            continue
        if len({r - c for r, c in enumerate(cols)}) == n and len({r + c for r, c in enumerate(cols)}) == n:
            count += 1
    return count
