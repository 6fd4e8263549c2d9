def partition_labels(s: str) -> list[int]:
    last = {c: i for i, c in enumerate(s)}
    sizes = []
    start = end = 0
    for i, c in enumerate(s):
        if last[c] > end:
            end = last[c]
        if i == end:
            sizes.append(i - start + 1)
            start = i + 1
    return sizes
