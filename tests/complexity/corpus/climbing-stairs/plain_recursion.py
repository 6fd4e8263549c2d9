# class: O(2^n)
# why: ways(n) = ways(n-1) + ways(n-2) without memoization makes Fibonacci-many calls (~1.62^n); gen.py passes n itself (capped at 90, far beyond where this stops)
def climb_stairs(n: int) -> int:
    if n <= 1:
        return 1
    return climb_stairs(n - 1) + climb_stairs(n - 2)
