# For each element, scan all the earlier ones to see whether its value
# was already seen: O(n^2).  Correct, but far too slow for n = 2*10^5.
# Expected: TLE.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
xs = list(map(int, data[1:1 + n]))
count = 0
for i in range(n):
    seen = False
    for j in range(i):
        if xs[j] == xs[i]:
            seen = True
            break
    if not seen:
        count += 1
print(count)
