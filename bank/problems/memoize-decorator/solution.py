import functools


def memoize(func):
    """Return a wrapper around func that caches its results by positional arguments."""
    cache = {}

    @functools.wraps(func)
    def wrapper(*args):
        try:
            return cache[args]
        except KeyError:
            pass
        # Call func outside the except block, so its own exceptions are not chained
        # to the KeyError; store the result only once func has returned.
        result = func(*args)
        cache[args] = result
        return result

    return wrapper
