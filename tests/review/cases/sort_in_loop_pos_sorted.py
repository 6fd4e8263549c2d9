# expect: sort-in-loop@5, sort-in-loop@13, pop-front-in-loop@14
def largest_each_round(scores, rounds):
    best = []
    for _ in range(rounds):
        ordered = sorted(scores)
        best.append(ordered[-1])
    return best


def k_smallest(heap, k):
    out = []
    while len(out) < k:
        heap.sort()
        out.append(heap.pop(0))
    return out
