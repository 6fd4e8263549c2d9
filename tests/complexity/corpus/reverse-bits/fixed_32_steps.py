# class: O(1)
# why: always exactly 32 shift-and-or steps, whatever x is; gen.py's n only bounds the value of x
def reverse_bits(x: int) -> int:
    result = 0
    for _ in range(32):
        result = (result << 1) | (x & 1)
        x >>= 1
    return result
