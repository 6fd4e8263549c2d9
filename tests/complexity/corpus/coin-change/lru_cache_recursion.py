# class: O(n)
# why: functools.lru_cache makes the top-down recursion compute each amount 0..n once, trying at most 12 coins each (unmemoized, the same code is exponential)
from functools import lru_cache


def coin_change(coins: list[int], amount: int) -> int:
    @lru_cache(maxsize=None)
    def fewest(rest):
        if rest == 0:
            return 0
        best = -1
        for c in coins:
            if c <= rest:
                sub = fewest(rest - c)
                if sub >= 0 and (best < 0 or sub + 1 < best):
                    best = sub + 1
        return best

    return fewest(amount)
