def flatten_dict(nested: dict) -> dict:
    flat = {}

    def walk(d, prefix):
        # Depth-first, in each dictionary's own key order: dicts keep insertion order, so
        # `flat` receives its keys in exactly the order the walk meets them.
        for key, value in d.items():
            if isinstance(value, dict) and value:
                walk(value, prefix + key + ".")
            else:
                flat[prefix + key] = value      # leaves, lists and empty dicts as they are

    walk(nested, "")
    return flat
