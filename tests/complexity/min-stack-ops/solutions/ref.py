# O(1) per operation: two stacks, the values and the minimum of each prefix
class MinStack:

    def __init__(self):
        self.vals = []
        self.mins = []

    def push(self, val: int) -> None:
        self.vals.append(val)
        self.mins.append(val if not self.mins or val < self.mins[-1] else self.mins[-1])

    def pop(self) -> None:
        self.vals.pop()
        self.mins.pop()

    def top(self) -> int:
        return self.vals[-1]

    def getMin(self) -> int:
        return self.mins[-1]
