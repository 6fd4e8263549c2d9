def first_unique_index(s):
    n = len(s)
    for i in range(n):
        count = 0
        for j in range(n):
            if s[j] == s[i]:
                count += 1
        if count == 1:
            return i
    return -1
