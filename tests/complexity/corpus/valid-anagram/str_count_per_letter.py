# class: O(n)
# why: str.count scans the whole string, but only once per distinct letter (at most 26): 26 * 2n character visits, in C
def is_anagram(s: str, t: str) -> bool:
    if len(s) != len(t):
        return False
    return all(s.count(c) == t.count(c) for c in set(s))
