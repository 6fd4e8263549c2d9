# class: O(1)
# why: math.pow converts n to a float and calls C pow() once: constant time for any exponent
import math


def my_pow(x: float, n: int) -> float:
    return math.pow(x, n)
