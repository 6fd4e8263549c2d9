# expect: bare-except@5
def to_int(s):
    try:
        return int(s)
    except:
        return 0
