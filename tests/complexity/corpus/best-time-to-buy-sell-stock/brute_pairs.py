# class: O(n^2)
# why: tries every buy day with every later sell day: n(n-1)/2 pairs, no early exit
def max_profit(prices: list[int]) -> int:
    best = 0
    n = len(prices)
    for buy in range(n):
        for sell in range(buy + 1, n):
            gain = prices[sell] - prices[buy]
            if gain > best:
                best = gain
    return best
