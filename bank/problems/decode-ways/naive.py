MOD = 10**9 + 7


def num_decodings(s: str) -> int:
    # Correct but exponential: try a one-digit and a two-digit first letter, remembering nothing.
    def count(i):
        if i == len(s):
            return 1
        if s[i] == "0":
            return 0
        total = count(i + 1)
        if i + 1 < len(s) and 10 <= int(s[i:i + 2]) <= 26:
            total += count(i + 2)
        return total

    return count(0) % MOD
