class MinStack:

    def __init__(self):
        self.items = []  # (value, smallest value up to here)

    def push(self, val: int) -> None:
        m = self.items[-1][1] if self.items and self.items[-1][1] < val else val
        self.items.append((val, m))

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1][0]

    def getMin(self) -> int:
        return self.items[-1][1]


# Your MinStack object will be instantiated and called as such:
# obj = MinStack()
# obj.push(val)
# obj.pop()
# param_3 = obj.top()
# param_4 = obj.getMin()
