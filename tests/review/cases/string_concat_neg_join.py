# expect: none
def join_words(words):
    parts = []
    for w in words:
        parts.append(w)
    return " ".join(parts)


def total(nums):
    t = 0
    for x in nums:
        t += x
    return t


def once(a, b):
    s = ""
    s += a
    return s + b
