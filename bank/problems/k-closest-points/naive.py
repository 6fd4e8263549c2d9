def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    # Correct but O(n * k): pick the nearest remaining point k times.
    remaining = [list(p) for p in points]
    result = []
    for _ in range(k):
        best = min(range(len(remaining)), key=lambda i: remaining[i][0] ** 2 + remaining[i][1] ** 2)
        result.append(remaining.pop(best))
    return result
