# class: O(n)
# why: the right end moves over the n characters once; the left end only jumps forward using a dict of last positions
def length_of_longest_substring(s: str) -> int:
    last = {}
    start = best = 0
    for i, ch in enumerate(s):
        if last.get(ch, -1) >= start:
            start = last[ch] + 1
        last[ch] = i
        best = max(best, i - start + 1)
    return best
