# expect: runtime_error contained-deep
# Recursion through C (repr of a deeply nested list) with the limit lifted: the interpreter crashes.
# Its own problem gives it 4 s: on some machines growing the C stack to its limit costs 0.5 s.
import sys
def solve():
    sys.setrecursionlimit(10 ** 8)
    nested = []
    for _ in range(3 * 10 ** 5):
        nested = [nested]
    return repr(nested)
