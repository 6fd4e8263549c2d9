# class: O(n)
# why: int.bit_count() is O(1) for these small ints; one call per number 0..n
def count_bits(n: int) -> list[int]:
    return [i.bit_count() for i in range(n + 1)]
