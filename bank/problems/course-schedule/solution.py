from collections import deque


def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    # Kahn's algorithm: repeatedly take a course whose prerequisites are all done.
    dependents = [[] for _ in range(num_courses)]
    missing = [0] * num_courses
    for a, b in prerequisites:
        dependents[b].append(a)
        missing[a] += 1
    ready = deque(i for i in range(num_courses) if missing[i] == 0)
    taken = 0
    while ready:
        course = ready.popleft()
        taken += 1
        for nxt in dependents[course]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                ready.append(nxt)
    return taken == num_courses
