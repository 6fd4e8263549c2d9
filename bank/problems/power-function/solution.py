def my_pow(x: float, n: int) -> float:
    if n < 0:
        x, n = 1 / x, -n
    # Binary exponentiation: base runs through x, x^2, x^4, ...; multiply it in for each set bit.
    result = 1.0
    base = x
    while n:
        if n & 1:
            result *= base
        base *= base
        n >>= 1
    return result
