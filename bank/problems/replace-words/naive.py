def replace_words(roots, sentence):
    # Try every root against every word: O(words * roots * root length).
    out = []
    for word in sentence.split(" "):
        best = word
        for root in roots:
            if word.startswith(root) and len(root) < len(best):
                best = root
        out.append(best)
    return " ".join(out)
