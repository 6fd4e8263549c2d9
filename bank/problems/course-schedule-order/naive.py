def find_order(num_courses: int, prerequisites: list[list[int]]) -> list[int]:
    # Correct but O(n * m): each round scans every pair to find the courses still blocked
    # and takes all the others. A long chain of prerequisites needs about n rounds.
    done = [False] * num_courses
    order = []
    while len(order) < num_courses:
        blocked = set()
        for a, b in prerequisites:
            if not done[b]:
                blocked.add(a)
        free = [c for c in range(num_courses) if not done[c] and c not in blocked]
        if not free:
            return []
        for c in free:
            done[c] = True
        order.extend(free)
    return order
