# class: O(n)
# why: `ch in it` advances one shared iterator over t, so t's characters are consumed once in total across all of s
def is_subsequence(s: str, t: str) -> bool:
    it = iter(t)
    return all(ch in it for ch in s)
