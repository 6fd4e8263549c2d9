# class: O(n log n)
# why: for each i up to n, a Python loop clears one set bit per iteration: popcount(i), on average (log2 n)/2, iterations
def count_bits(n: int) -> list[int]:
    out = []
    for i in range(n + 1):
        c = 0
        while i:
            i &= i - 1
            c += 1
        out.append(c)
    return out
