# expect: unused-variable@3
def area(w, h):
    perimeter = 2 * (w + h)
    return w * h
