# expect: none
def dedupe(a):
    seen = []
    for x in a:
        if x not in seen:
            seen.append(x)
    return seen


def walk(graph, start):
    order = [start]
    for v in graph[start]:
        if v in order:
            continue
        order = order + [v]
    return order


def from_param(items, queries):
    return [q for q in queries if q in items]
