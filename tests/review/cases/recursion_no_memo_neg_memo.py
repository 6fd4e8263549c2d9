# expect: none
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


def climb(n, memo):
    if n < 2:
        return 1
    if n not in memo:
        memo[n] = climb(n - 1, memo) + climb(n - 2, memo)
    return memo[n]
