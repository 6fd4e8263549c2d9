# class: O(n^2)
# why: "quick-find": every union that joins two components rewrites the label list of length n; gen.py's edges perform Theta(n) such unions
def count_components(n: int, edges: list[list[int]]) -> int:
    label = list(range(n))
    for a, b in edges:
        la, lb = label[a], label[b]
        if la != lb:
            label = [la if x == lb else x for x in label]
    return len(set(label))
