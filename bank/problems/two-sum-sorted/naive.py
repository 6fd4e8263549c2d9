def two_sum_sorted(numbers, target):
    # Correct but O(n^2): try every pair of positions.
    n = len(numbers)
    for i in range(n):
        for j in range(i + 1, n):
            if numbers[i] + numbers[j] == target:
                return [i + 1, j + 1]
    return []
