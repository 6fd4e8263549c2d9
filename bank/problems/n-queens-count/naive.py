from itertools import permutations


def total_n_queens(n: int) -> int:
    # Correct but O(n! * n): try every assignment of one column per row, then check diagonals.
    count = 0
    for cols in permutations(range(n)):
        if len({r - c for r, c in enumerate(cols)}) == n and len({r + c for r, c in enumerate(cols)}) == n:
            count += 1
    return count
