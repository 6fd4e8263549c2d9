def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    # Correct but O(n * m): in each round, scan every pair to find the courses still blocked,
    # and take all the others. A long chain of prerequisites needs about n rounds.
    done = [False] * num_courses
    remaining = num_courses
    while remaining:
        blocked = set()
        for a, b in prerequisites:
            if not done[b]:
                blocked.add(a)
        progress = False
        for c in range(num_courses):
            if not done[c] and c not in blocked:
                done[c] = True
                remaining -= 1
                progress = True
        if not progress:
            return False
    return True
