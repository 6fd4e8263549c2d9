import sys

sys.setrecursionlimit(100_000)


def coin_change(coins: list[int], amount: int) -> int:
    # Correct but exponential: the same recursion as the DP, without remembering results.
    def fewest(a):
        if a == 0:
            return 0
        best = -1
        for c in coins:
            if c <= a:
                rest = fewest(a - c)
                if rest >= 0 and (best < 0 or rest + 1 < best):
                    best = rest + 1
        return best

    return fewest(amount)
