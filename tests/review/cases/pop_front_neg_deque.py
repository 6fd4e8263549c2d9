# expect: none
from collections import deque


def bfs(graph, start):
    queue = deque([start])
    order = []
    while queue:
        node = queue.popleft()
        order.append(node)
        queue.extend(graph[node])
    return order


def front(q):
    q = deque(q)
    while q:
        q.insert(0, 1)
        return q.pop()
