# expect: mutable-default@2, mutable-default@10, mutable-default@16
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


def tag(word, *, seen=set()):
    seen.add(word)
    return len(seen)


def group(pairs,
          into=dict()):
    into.update(pairs)
    return into
