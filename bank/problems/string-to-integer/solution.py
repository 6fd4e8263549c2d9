def parse_int(s: str) -> int:
    INT_MAX = 2**31 - 1
    n = len(s)
    i = 0
    while i < n and s[i] == " ":
        i += 1
    negative = False
    if i < n and s[i] in "+-":
        negative = s[i] == "-"
        i += 1
    limit = INT_MAX + 1 if negative else INT_MAX
    value = 0
    while i < n and "0" <= s[i] <= "9":
        value = value * 10 + (ord(s[i]) - 48)
        if value >= limit:
            value = limit       # clamped; later digits cannot bring it back
            break
        i += 1
    return -value if negative else value
