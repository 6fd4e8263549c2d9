# expect: string-concat-in-loop@5
def join_words(words):
    out = ""
    for w in words:
        out += w + " "
    return out.strip()
