def group_anagrams(strs):
    # Correct but O(n^2 * k log k): compare every word with the first word of every group
    # found so far, sorting both each time.
    groups = []
    for word in strs:
        for group in groups:
            if sorted(group[0]) == sorted(word):
                group.append(word)
                break
        else:
            groups.append([word])
    return groups
