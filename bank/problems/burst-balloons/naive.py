def max_coins(nums):
    # Try every order of bursting: O(n!).
    def go(row):
        if not row:
            return 0
        top = 0
        for k in range(len(row)):
            left = row[k - 1] if k > 0 else 1
            right = row[k + 1] if k + 1 < len(row) else 1
            top = max(top, left * row[k] * right + go(row[:k] + row[k + 1:]))
        return top
    return go(list(nums))
