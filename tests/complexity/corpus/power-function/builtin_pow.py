# class: O(1)
# why: a single float ** int, which CPython hands to the C library's pow(); its cost does not depend on the exponent n
def my_pow(x: float, n: int) -> float:
    return x ** n
