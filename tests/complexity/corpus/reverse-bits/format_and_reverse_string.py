# class: O(1)
# why: formats a fixed 32-character binary string, reverses it and parses it back; the length never depends on n
def reverse_bits(x: int) -> int:
    bits = format(x, "032b")
    return int(bits[::-1], 2)
