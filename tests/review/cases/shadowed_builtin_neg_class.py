# expect: none
class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class Store:
    type = "kv"

    def __init__(self):
        self.id = 0
        self.data = {}

    def set(self, key, value):
        self.data[key] = value

    def get(self, key):
        return self.data.get(key)
