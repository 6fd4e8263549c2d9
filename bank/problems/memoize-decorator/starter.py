import functools


def memoize(func):
    """Return a wrapper around func that caches its results by positional arguments."""
