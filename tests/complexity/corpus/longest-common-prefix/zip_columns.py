# class: O(n)
# why: zip(*words) walks the columns of the n words; the shared prefix is at most 90 characters, so ~90 columns of n characters each
def longest_common_prefix(words: list[str]) -> str:
    prefix = []
    for column in zip(*words):
        first = column[0]
        if any(ch != first for ch in column):
            break
        prefix.append(first)
    return "".join(prefix)
