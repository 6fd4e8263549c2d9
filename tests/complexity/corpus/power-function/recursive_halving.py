# class: O(log n)
# why: each call recurses once on n // 2, so the recursion is log2(n) deep with constant work per level
def my_pow(x: float, n: int) -> float:
    if n < 0:
        return 1.0 / my_pow(x, -n)
    if n == 0:
        return 1.0
    half = my_pow(x, n // 2)
    if n % 2:
        return half * half * x
    return half * half
