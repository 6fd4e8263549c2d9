def find_redundant_connection(edges: list[list[int]]) -> list[int]:
    n = len(edges)
    parent = list(range(n + 1))
    size = [1] * (n + 1)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]       # path halving
            x = parent[x]
        return x

    # The first edge whose ends are already connected closes the cycle: every other cycle
    # edge came before it, so it is the cycle edge that comes last in the input.
    for edge in edges:
        u, v = edge
        ru, rv = find(u), find(v)
        if ru == rv:
            return edge
        if size[ru] < size[rv]:
            ru, rv = rv, ru
        parent[rv] = ru
        size[ru] += size[rv]
    return []
