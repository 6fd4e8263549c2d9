from itertools import islice


def batched(iterable, n):
    """Yield lists of n consecutive items from iterable; the last list may be shorter."""
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    it = iter(iterable)
    while batch := list(islice(it, n)):
        yield batch
