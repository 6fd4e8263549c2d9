# class: O(n)
# why: a table over amounts 0..n (gen.py's n is the amount) with at most 12 coins tried per cell
def coin_change(coins: list[int], amount: int) -> int:
    INF = amount + 1
    best = [0] + [INF] * amount
    for value in range(1, amount + 1):
        for c in coins:
            if c <= value and best[value - c] + 1 < best[value]:
                best[value] = best[value - c] + 1
    return best[amount] if best[amount] != INF else -1
