# expect: none
from bisect import bisect_left


def suggestions(products, typed):
    products = sorted(products)
    prefix = ""
    result = []
    for ch in typed:
        prefix += ch
        result.append(bisect_left(products, prefix))
    return result
