# class: O(1)
# why: one math.isqrt call on a machine-sized integer (x <= n <= 10^18, at most two 30-bit digits)
import math


def int_sqrt(x: int) -> int:
    return math.isqrt(x)
