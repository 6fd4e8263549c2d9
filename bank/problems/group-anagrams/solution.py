def group_anagrams(strs):
    groups = {}
    for word in strs:
        key = "".join(sorted(word))
        bucket = groups.get(key)
        if bucket is None:
            groups[key] = [word]
        else:
            bucket.append(word)
    return list(groups.values())
