# expect: mutable-default@2
def add(item, items=[]):
    items.append(item)
    return items
