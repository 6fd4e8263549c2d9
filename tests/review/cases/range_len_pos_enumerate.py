# expect: range-len@3, range-len@11
def find(items, target):
    for i in range(len(items)):
        if items[i] == target:
            return i
    return -1


def show(self_words):
    lines = []
    for k in range(len(self_words)):
        lines.append(f"{k}: {self_words[k]}")
    return lines
