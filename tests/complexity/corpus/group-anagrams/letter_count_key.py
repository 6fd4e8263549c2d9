# class: O(n)
# why: a 26-count tuple per word (bounded word length) as the dict key: constant work per word, n words
def group_anagrams(strs: list[str]) -> list[list[str]]:
    groups = {}
    a = ord("a")
    for word in strs:
        counts = [0] * 26
        for ch in word:
            counts[ord(ch) - a] += 1
        groups.setdefault(tuple(counts), []).append(word)
    return list(groups.values())
