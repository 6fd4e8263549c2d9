# class: O(n^2)
# why: max(prices[i + 1:]) copies and scans the rest of the list for every day i; C speed, but still n^2/2 element visits
def max_profit(prices: list[int]) -> int:
    best = 0
    for i in range(len(prices) - 1):
        best = max(best, max(prices[i + 1:]) - prices[i])
    return best
