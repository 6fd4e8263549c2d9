def _sorted_under(words, order):
    rank = {c: i for i, c in enumerate(order)}
    keyed = [[rank[c] for c in w] for w in words]
    return all(keyed[i] <= keyed[i + 1] for i in range(len(keyed) - 1))


def check(args, expected, got):
    words = args[0]
    if not isinstance(got, str):
        return "the result must be a string"
    if expected == "":
        if got != "":
            return "no alphabet can make this list sorted, so the answer is the empty string"
        return True
    if got == "":
        return "an order exists for this list, but the empty string was returned"
    letters = set("".join(words))
    if len(got) != len(set(got)):
        return "a letter appears more than once in the returned order"
    if set(got) != letters:
        return "the returned order must contain exactly the letters that appear in the words"
    if not _sorted_under(words, got):
        return "the words are not sorted under the returned order"
    return True
