# Prints n / (smallest divisor): the largest proper divisor, usually a
# different answer from the reference's, and just as valid.  Shows that
# the checker accepts any divisor.  Expected: AC.
import sys


def smallest_divisor(n):
    if n % 2 == 0:
        return 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return d
        d += 2
    return n


data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for tok in data[1:1 + t]:
    n = int(tok)
    d = smallest_divisor(n)
    out.append(str(n // d) if d < n else "-1")
sys.stdout.write("\n".join(out) + "\n")
