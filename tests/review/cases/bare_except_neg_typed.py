# expect: none
def to_int(s):
    try:
        return int(s)
    except (ValueError, TypeError):
        return 0
    except Exception as e:
        raise RuntimeError(s) from e
