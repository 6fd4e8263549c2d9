def max_profit(prices):
    # Correct but O(n^2): every buy day with every later sell day.
    n = len(prices)
    best = 0
    for i in range(n):
        for j in range(i + 1, n):
            if prices[j] - prices[i] > best:
                best = prices[j] - prices[i]
    return best
