# class: O(n)
# why: one dict insert per word keyed by its sorted letters; gen.py's words are at most 100 letters, so each key costs O(1) in n
from collections import defaultdict


def group_anagrams(strs: list[str]) -> list[list[str]]:
    groups = defaultdict(list)
    for word in strs:
        groups["".join(sorted(word))].append(word)
    return list(groups.values())
