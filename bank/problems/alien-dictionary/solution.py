from collections import deque


def alien_order(words):
    letters = sorted(set("".join(words)))
    after = {c: set() for c in letters}
    indegree = {c: 0 for c in letters}
    for a, b in zip(words, words[1:]):
        for x, y in zip(a, b):
            if x != y:
                if y not in after[x]:
                    after[x].add(y)
                    indegree[y] += 1
                break
        else:
            if len(a) > len(b):
                return ""  # a word before its own proper prefix
    queue = deque(c for c in letters if indegree[c] == 0)
    order = []
    while queue:
        c = queue.popleft()
        order.append(c)
        for d in sorted(after[c]):
            indegree[d] -= 1
            if indegree[d] == 0:
                queue.append(d)
    if len(order) < len(letters):
        return ""  # a cycle
    return "".join(order)
