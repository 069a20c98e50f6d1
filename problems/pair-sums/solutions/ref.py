# Reference: one pass with a hash set.  O(n) expected.  A pair is printed
# when its second value (in input order) is read, so the pairs come out in
# a different order from ref.c's; the checker accepts any order.
# Expected: AC.
import sys

data = sys.stdin.buffer.read().split()
n, t = int(data[0]), int(data[1])
seen = set()
out = []
for y in map(int, data[2:2 + n]):
    x = t - y
    if x in seen:
        out.append("%d %d" % (min(x, y), max(x, y)))
    seen.add(y)
if out:
    sys.stdout.write("\n".join(out) + "\n")
