# expect: unused-variable@3, unused-variable@13
def longest(words):
    count = 0
    best = ""
    for w in words:
        count += 1
        if len(w) > len(best):
            best = w
    return best


def parse(text):
    result: list = text.split()
    return text.strip()
