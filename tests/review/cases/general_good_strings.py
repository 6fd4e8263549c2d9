# expect: none
from collections import Counter


def reverse_words(s):
    return " ".join(reversed(s.split()))


def is_anagram(a, b):
    return Counter(a) == Counter(b)


def longest_unique(s):
    last = {}
    start = best = 0
    for i, ch in enumerate(s):
        if last.get(ch, -1) >= start:
            start = last[ch] + 1
        last[ch] = i
        best = max(best, i - start + 1)
    return best


def compress(s):
    parts = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        parts.append(f"{s[i]}{j - i}")
        i = j
    return "".join(parts)


def to_binary(n):
    digits = ""
    while n:
        digits = str(n % 2) + digits
        n //= 2
    return digits or "0"


def first_index(items, target):
    for i, item in enumerate(items):
        if item == target:
            break
    else:
        return -1
    return i


def last_index(items, target):
    for i in range(len(items) - 1, -1, -1):
        if items[i] == target:
            return i
    return -1
