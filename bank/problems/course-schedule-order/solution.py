from collections import deque


def find_order(num_courses: int, prerequisites: list[list[int]]) -> list[int]:
    # Kahn's algorithm: the order in which courses become free is a topological order.
    dependents = [[] for _ in range(num_courses)]
    missing = [0] * num_courses
    for a, b in prerequisites:
        dependents[b].append(a)
        missing[a] += 1
    ready = deque(i for i in range(num_courses) if missing[i] == 0)
    order = []
    while ready:
        course = ready.popleft()
        order.append(course)
        for nxt in dependents[course]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                ready.append(nxt)
    return order if len(order) == num_courses else []
