# class: O(n^2)
# why: s.count(ch) scans all n characters for each position; gen.py's unique 'z' is in the last tenth or absent, so nearly every position is counted
def first_unique_index(s: str) -> int:
    for i, ch in enumerate(s):
        if s.count(ch) == 1:
            return i
    return -1
