# expect: nested-loop-same-collection@5
def anagram_pairs(words):
    count = 0
    for a in words:
        for b in words:
            if a != b and sorted(a) == sorted(b):
                count += 1
    return count // 2
