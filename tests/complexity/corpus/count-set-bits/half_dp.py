# class: O(n)
# why: bits[i] = bits[i >> 1] + (i & 1): one O(1) step for each of 0..n
def count_bits(n: int) -> list[int]:
    bits = [0] * (n + 1)
    for i in range(1, n + 1):
        bits[i] = bits[i >> 1] + (i & 1)
    return bits
