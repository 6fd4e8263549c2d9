# expect: bare-except@6, bare-except@12
def load(path, parse):
    try:
        with open(path) as f:
            text = f.read()
    except:
        text = ""
    try:
        return parse(text)
    except ValueError:
        return None
    except:
        return {}
