# Tries every pair of positions: O(n^2).  Correct, but far too slow for
# n = 10^5.  Expected: TLE.
import sys

data = sys.stdin.buffer.read().split()
n, t = int(data[0]), int(data[1])
xs = list(map(int, data[2:2 + n]))
out = []
for i in range(n):
    xi = xs[i]
    for j in range(i + 1, n):
        if xi + xs[j] == t:
            out.append("%d %d" % (min(xi, xs[j]), max(xi, xs[j])))
if out:
    sys.stdout.write("\n".join(out) + "\n")
