import json


def _flatten(d, prefix, out):
    for key, value in d.items():
        if isinstance(value, dict) and value:
            _flatten(value, prefix + key + ".", out)
        else:
            out[prefix + key] = value
    return out


def check(args, expected, got):
    """Equal keys and values, and the keys in depth-first order (dicts keep their order in
    JSON; compare.c would sort them, so the order is checked here)."""
    if not isinstance(got, dict):
        return "the result must be a dict"
    want = _flatten(args[0], "", {})
    if got == want and json.dumps(got) == json.dumps(want):
        return True
    if sorted(got) == sorted(want) and all(json.dumps(got[k]) == json.dumps(want[k]) for k in want):
        return "the keys and values are right, but the keys are not in depth-first order"
    return False
