# Reference: a running sum, one pass.  Expected: AC.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
out = []
s = 0
for k in range(1, n + 1):
    s += int(data[k])
    out.append("%.9f" % (s / k))
sys.stdout.write("\n".join(out) + "\n")
