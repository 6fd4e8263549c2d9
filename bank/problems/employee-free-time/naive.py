def employee_free_time(schedules: list[list[list[int]]]) -> list[list[int]]:
    # Correct but O(n^2): a gap can only start where some interval ends. For every end point,
    # check against every interval whether somebody is still busy just after it, and if not,
    # find the earliest later start.
    intervals = [iv for s in schedules for iv in s]
    last = max(e for _, e in intervals)
    free = set()
    for _, e in intervals:
        if e >= last:
            continue
        if any(s <= e < t for s, t in intervals):
            continue
        nxt = min(s for s, _ in intervals if s > e)
        free.add((e, nxt))
    return [list(g) for g in sorted(free)]
