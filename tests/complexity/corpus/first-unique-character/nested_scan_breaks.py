# class: O(n)
# why: looks nested, but the inner scan stops at the first other copy of ch; gen.py's letters all repeat among the first few dozen characters, so each inner scan is O(1) except the single full one for the unique letter
def first_unique_index(s: str) -> int:
    n = len(s)
    for i in range(n):
        unique = True
        for j in range(n):
            if j != i and s[j] == s[i]:
                unique = False
                break
        if unique:
            return i
    return -1
