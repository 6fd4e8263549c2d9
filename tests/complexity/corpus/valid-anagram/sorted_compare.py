# class: O(n log n)
# why: sorts both length-n strings character by character (gen.py shuffles t; s is random)
def is_anagram(s: str, t: str) -> bool:
    return sorted(s) == sorted(t)
