# expect: none
def primes(limit):
    is_prime = [True] * (limit + 1)
    n = len(is_prime)
    for i in range(2, n):
        if is_prime[i]:
            for j in range(i * i, n, i):
                is_prime[j] = False
    return [i for i in range(2, n) if is_prime[i]]
