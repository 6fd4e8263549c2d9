def count_components(n: int, edges: list[list[int]]) -> int:
    # Correct but O(n * m): every node carries a label, and joining two components relabels
    # one of them by scanning all n nodes.
    label = list(range(n))
    components = n
    for a, b in edges:
        la, lb = label[a], label[b]
        if la != lb:
            for i in range(n):
                if label[i] == lb:
                    label[i] = la
            components -= 1
    return components
