from collections import defaultdict


def ladder_length(begin_word: str, end_word: str, word_list: list[str]) -> int:
    words = set(word_list)
    if end_word not in words:
        return 0
    n = len(begin_word)
    # Words that differ in exactly one position share the pattern with '*' there.
    buckets = defaultdict(list)
    for w in words:
        for i in range(n):
            buckets[w[:i] + "*" + w[i + 1:]].append(w)
    seen = {begin_word}
    level = [begin_word]
    length = 1
    while level:
        length += 1
        nxt = []
        for w in level:
            for i in range(n):
                key = w[:i] + "*" + w[i + 1:]
                for v in buckets.pop(key, ()):    # a bucket never needs to be read twice
                    if v not in seen:
                        if v == end_word:
                            return length
                        seen.add(v)
                        nxt.append(v)
        level = nxt
    return 0
