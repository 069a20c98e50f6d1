#!/usr/bin/env python3
"""Generator for pair-sums: gen.py N SEED PAIRS

Prints "N t", then N distinct integers in [-10^9, 10^9] in random order.
About PAIRS pairs are planted so that x + y = t; the other values are
random (and may form a few more pairs by chance).  When t is even, t/2 is
included, to catch solutions that pair a value with itself.
Deterministic from its arguments.
"""
import random
import sys

LIM = 10**9


def main():
    n, seed, pairs = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    if not 1 <= n <= 100000 or not 0 <= 2 * pairs <= n:
        sys.exit("need 1 <= N <= 100000 and 0 <= 2*PAIRS <= N")
    rng = random.Random(seed)
    t = rng.randint(-LIM, LIM)
    lo, hi = max(-LIM, t - LIM), min(LIM, t + LIM)
    used = set()
    xs = []
    if t % 2 == 0 and n - 2 * pairs >= 1:
        used.add(t // 2)
        xs.append(t // 2)
    goal = len(xs) + 2 * pairs
    while len(xs) + 2 <= min(n, goal):
        x = rng.randint(lo, hi)
        y = t - x
        if x == y or x in used or y in used:
            continue
        used.update((x, y))
        xs.extend((x, y))
    while len(xs) < n:
        x = rng.randint(-LIM, LIM)
        if x not in used:
            used.add(x)
            xs.append(x)
    rng.shuffle(xs)
    sys.stdout.write("%d %d\n%s\n" % (n, t, " ".join(map(str, xs))))


if __name__ == "__main__":
    main()
