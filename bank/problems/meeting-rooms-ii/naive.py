def min_meeting_rooms(intervals: list[list[int]]) -> int:
    # Correct but O(n^2): the answer is the most meetings running at once, and that maximum
    # is reached at some meeting's start; count the meetings running at each start.
    best = 0
    for s, _ in intervals:
        running = sum(1 for a, b in intervals if a <= s < b)
        best = max(best, running)
    return best
