# expect: manual-index@5
def pair_up(names, scores):
    result = []
    i = 0
    for name in names:
        result.append((name, scores[i]))
        i += 1
    return result
