def coin_change(coins: list[int], amount: int) -> int:
    usable = sorted({c for c in coins if c <= amount})
    unreachable = amount + 1          # more coins than any real answer can use
    best = [0] + [unreachable] * amount
    for a in range(1, amount + 1):
        fewest = unreachable
        for c in usable:
            if c > a:
                break
            candidate = best[a - c] + 1
            if candidate < fewest:
                fewest = candidate
        best[a] = fewest
    return best[amount] if best[amount] <= amount else -1
