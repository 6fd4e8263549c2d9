# expect: none
def tokens(text):
    it = iter(text)
    out = []
    for ch in it:
        if ch == '"':
            word = []
            for ch2 in it:
                if ch2 == '"':
                    break
                word.append(ch2)
            out.append("".join(word))
    return out


def levels(nodes):
    depth = 0
    for node in nodes:
        nodes = node.children
        for child in nodes:
            depth = max(depth, child.depth)
    return depth
