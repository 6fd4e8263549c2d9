from collections import Counter


def least_interval(tasks: list[str], n: int) -> int:
    counts = Counter(tasks).values()
    top = max(counts)
    tied = sum(1 for c in counts if c == top)
    # top - 1 full frames of n + 1 steps, then one step for each letter tied at the top count.
    return max(len(tasks), (top - 1) * (n + 1) + tied)
