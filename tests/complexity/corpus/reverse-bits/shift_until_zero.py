# class: O(log n)
# why: loops once per significant bit of x, and gen.py draws x from 0..n, so about log2(n) iterations
def reverse_bits(x: int) -> int:
    out = 0
    width = 0
    while x:
        out = (out << 1) | (x & 1)
        x >>= 1
        width += 1
    return out << (32 - width)
