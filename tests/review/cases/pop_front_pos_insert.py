# expect: pop-front-in-loop@5, pop-front-in-loop@16
def reversed_copy(items):
    result = []
    for x in items:
        result.insert(0, x)
    return result


class Stream:
    def __init__(self):
        self.buf = []

    def drain(self):
        out = []
        while self.buf:
            out.append(self.buf.pop(0))
        return out
