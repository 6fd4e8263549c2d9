# class: O(n^2)
# why: list.pop(0) shifts every remaining element; the loop pops about n times from lists of length up to n (gen.py interleaves the values, so both lists drain together)
def merge_sorted(a: list[int], b: list[int]) -> list[int]:
    a, b = list(a), list(b)
    merged = []
    while a and b:
        if a[0] <= b[0]:
            merged.append(a.pop(0))
        else:
            merged.append(b.pop(0))
    return merged + a + b
