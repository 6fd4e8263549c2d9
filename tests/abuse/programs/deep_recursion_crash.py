# expect: runtime_error
# Recursion through C (repr of a deeply nested list) with the limit lifted: the interpreter crashes.
import sys
def solve():
    sys.setrecursionlimit(10 ** 8)
    nested = []
    for _ in range(10 ** 6):
        nested = [nested]
    return repr(nested)
