def multiply(num1: str, num2: str) -> str:
    if num1 == "0" or num2 == "0":
        return "0"
    a = [ord(c) - 48 for c in reversed(num1)]   # least significant digit first
    b = [ord(c) - 48 for c in reversed(num2)]
    acc = [0] * (len(a) + len(b))
    for i, da in enumerate(a):
        if da == 0:
            continue
        for j, db in enumerate(b):
            acc[i + j] += da * db                 # carries are resolved once, below
    carry = 0
    for k in range(len(acc)):
        carry, acc[k] = divmod(acc[k] + carry, 10)
    while len(acc) > 1 and acc[-1] == 0:
        acc.pop()
    return "".join(chr(48 + d) for d in reversed(acc))
