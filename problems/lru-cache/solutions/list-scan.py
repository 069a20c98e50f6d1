# Too slow: keeps [key, value] pairs in a list, least recent first, and
# searches it on every call: O(capacity) per call.
class LRUCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.items = []

    def _find(self, key):
        for i, item in enumerate(self.items):
            if item[0] == key:
                return i
        return -1

    def get(self, key: int) -> int:
        i = self._find(key)
        if i < 0:
            return -1
        item = self.items.pop(i)
        self.items.append(item)
        return item[1]

    def put(self, key: int, value: int) -> None:
        i = self._find(key)
        if i >= 0:
            self.items.pop(i)
        elif len(self.items) == self.capacity:
            self.items.pop(0)
        self.items.append([key, value])
