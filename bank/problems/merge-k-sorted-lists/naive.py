def merge_k_sorted(lists):
    # Scan every list's head for each output value: O(n * k).
    pos = [0] * len(lists)
    out = []
    while True:
        best = -1
        for i, lst in enumerate(lists):
            if pos[i] < len(lst) and (best < 0 or lst[pos[i]] < lists[best][pos[best]]):
                best = i
        if best < 0:
            return out
        out.append(lists[best][pos[best]])
        pos[best] += 1
