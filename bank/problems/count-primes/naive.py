def count_primes(n: int) -> int:
    # Correct but O(n sqrt n): trial division of every number below n.
    count = 0
    for k in range(2, n):
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            count += 1
    return count
