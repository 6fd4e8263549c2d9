# expect: none
import os.path
import collections.abc
from math import gcd


def join(a, b):
    return os.path.join(a, b), gcd(len(a), len(b)), isinstance(a, collections.abc.Sized)


def lazy():
    import itertools
    return itertools.count()
