def replace_words(roots, sentence):
    # A trie of the roots; the key "$" marks the end of a root.
    trie = {}
    for root in roots:
        node = trie
        for ch in root:
            node = node.setdefault(ch, {})
        node["$"] = True
    out = []
    for word in sentence.split(" "):
        node = trie
        replaced = word
        for i, ch in enumerate(word):
            node = node.get(ch)
            if node is None:
                break
            if "$" in node:
                replaced = word[: i + 1]
                break
        out.append(replaced)
    return " ".join(out)
