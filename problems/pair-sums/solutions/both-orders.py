# Looks up each value's partner in a set, but forgets that x < y is
# required: every pair is printed twice, as "x y" and as "y x".
# Expected: WA.
import sys

data = sys.stdin.buffer.read().split()
n, t = int(data[0]), int(data[1])
xs = list(map(int, data[2:2 + n]))
values = set(xs)
for x in xs:
    y = t - x
    if y != x and y in values:
        print(x, y)
