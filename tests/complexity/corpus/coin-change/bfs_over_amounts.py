# class: O(n)
# why: breadth-first search over the amounts 0..n, each reached at most once, with a fixed number (<= 12) of coins per amount
from collections import deque


def coin_change(coins: list[int], amount: int) -> int:
    if amount == 0:
        return 0
    seen = [False] * (amount + 1)
    seen[0] = True
    queue = deque([(0, 0)])
    while queue:
        reached, steps = queue.popleft()
        for c in coins:
            nxt = reached + c
            if nxt == amount:
                return steps + 1
            if nxt < amount and not seen[nxt]:
                seen[nxt] = True
                queue.append((nxt, steps + 1))
    return -1
