from bisect import bisect_left


def search_suggestions(products, typed):
    products = sorted(products)
    result = []
    lo = 0
    prefix = ""
    for ch in typed:
        prefix += ch
        # Products starting with prefix form a block; its start only moves right.
        lo = bisect_left(products, prefix, lo)
        block = []
        for p in products[lo:lo + 3]:
            if p.startswith(prefix):
                block.append(p)
        result.append(block)
    return result
