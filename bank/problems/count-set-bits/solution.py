def count_bits(n: int) -> list[int]:
    # i >> 1 has the same bits as i without its lowest one.
    bits = [0] * (n + 1)
    for i in range(1, n + 1):
        bits[i] = bits[i >> 1] + (i & 1)
    return bits
