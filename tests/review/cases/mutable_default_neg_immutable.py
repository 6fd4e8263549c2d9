# expect: none
def f(x=(), y=frozenset(), n=0, s="", flag=False):
    return x, y, n, s, flag


def g(*, key=None, size=10):
    return key, size
