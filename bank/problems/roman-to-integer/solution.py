VALUES = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}


def roman_to_int(s: str) -> int:
    total = 0
    n = len(s)
    for i in range(n):
        v = VALUES[s[i]]
        if i + 1 < n and v < VALUES[s[i + 1]]:
            total -= v
        else:
            total += v
    return total
