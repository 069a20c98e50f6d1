# Recomputes the sum of the first k numbers from scratch for every k:
# O(n^2) additions.  Correct, but far too slow for n = 2*10^5.
# Expected: TLE.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
xs = list(map(int, data[1:1 + n]))
out = []
for k in range(1, n + 1):
    s = 0
    for i in range(k):
        s += xs[i]
    out.append("%.9f" % (s / k))
sys.stdout.write("\n".join(out) + "\n")
