def search_suggestions(products, typed):
    # Scan every product after every letter: O(len(typed) * n).
    result = []
    for i in range(1, len(typed) + 1):
        prefix = typed[:i]
        matches = sorted(p for p in products if p.startswith(prefix))
        result.append(matches[:3])
    return result
