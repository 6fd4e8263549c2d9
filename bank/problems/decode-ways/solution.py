MOD = 10**9 + 7


def num_decodings(s: str) -> int:
    # ways(i) = [s[i-1] != '0'] * ways(i - 1) + [10 <= int(s[i-2:i]) <= 26] * ways(i - 2),
    # with ways(0) = 1; only the last two values are kept.
    before, current = 0, 1          # ways(i - 1) and ways(i), starting at i = 0
    previous_digit = ""
    for digit in s:
        count = current if digit != "0" else 0
        if previous_digit == "1" or (previous_digit == "2" and digit <= "6"):
            count += before
        before, current = current, count % MOD
        previous_digit = digit
    return current
