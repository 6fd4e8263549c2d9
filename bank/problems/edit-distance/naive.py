def edit_distance(a: str, b: str) -> int:
    # Correct but exponential: the recurrence on the last characters, remembering nothing.
    def dist(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        if a[i - 1] == b[j - 1]:
            return dist(i - 1, j - 1)
        return 1 + min(dist(i - 1, j), dist(i, j - 1), dist(i - 1, j - 1))

    return dist(len(a), len(b))
