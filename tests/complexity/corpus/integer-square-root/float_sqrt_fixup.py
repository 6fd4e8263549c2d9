# class: O(1)
# why: one float square root, then at most a couple of correction steps for rounding; nothing grows with n
def int_sqrt(x: int) -> int:
    r = int(x ** 0.5)
    while r * r > x:
        r -= 1
    while (r + 1) * (r + 1) <= x:
        r += 1
    return r
