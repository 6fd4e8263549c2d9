# class: O(n)
# why: one pass keeping the cheapest price so far and the best profit
def max_profit(prices: list[int]) -> int:
    cheapest = float("inf")
    best = 0
    for p in prices:
        if p < cheapest:
            cheapest = p
        elif p - cheapest > best:
            best = p - cheapest
    return best
