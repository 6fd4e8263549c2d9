# class: O(log n)
# why: the exponent |n| (gen.py's n) is halved every iteration: about log2(n) squarings
def my_pow(x: float, n: int) -> float:
    if n < 0:
        x, n = 1 / x, -n
    result = 1.0
    base = x
    while n:
        if n & 1:
            result *= base
        base *= base
        n >>= 1
    return result
