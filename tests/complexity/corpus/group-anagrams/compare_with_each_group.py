# class: O(n^2)
# why: each word is compared with the signature of every group found so far; gen.py makes n, n/4 or n/50 groups, so about n * groups = Theta(n^2) comparisons
def group_anagrams(strs: list[str]) -> list[list[str]]:
    signatures = []
    groups = []
    for word in strs:
        sig = sorted(word)
        for k in range(len(signatures)):
            if signatures[k] == sig:
                groups[k].append(word)
                break
        else:
            signatures.append(sig)
            groups.append([word])
    return groups
