#!/usr/bin/env python3
"""Generator for merge-intervals: gen.py N SEED MODE

Prints one line: a list of N spans [start, end] with 0 <= start <= end <= 10^4,
in random order.  MODE:
  random  short spans at random places (many merges, many gaps)
  points  zero-length spans [x, x], many repeated
  apart   the separate spans [3k, 3k+1], repeated once all are used
  chain   spans [i, i+1] that all link into one
  nested  spans around the middle, each inside the previous one, plus a few outside
Deterministic from its arguments.
"""
import random
import sys

LIM = 10 ** 4


def main():
    n, seed, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    if not 1 <= n <= 10 ** 4:
        sys.exit("need 1 <= N <= 10^4")
    rng = random.Random(seed)
    iv = []
    if mode == "random":
        for _ in range(n):
            s = rng.randint(0, LIM)
            iv.append([s, min(LIM, s + rng.choice((0, 0, 1, 2, 3, 5)))])
    elif mode == "points":
        for _ in range(n):
            x = rng.randint(0, LIM)
            iv.append([x, x])
    elif mode == "apart":
        base = [[3 * k, 3 * k + 1] for k in range(LIM // 3 + 1) if 3 * k + 1 <= LIM]
        while len(iv) < n:
            iv.extend(base[: n - len(iv)])
    elif mode == "chain":
        iv = [[i % LIM, i % LIM + 1] for i in range(n)]
    elif mode == "nested":
        mid = LIM // 2
        for i in range(n - 3):
            d = mid - (i * mid) // max(1, n - 3)
            iv.append([mid - d, mid + d])
        iv.extend([[0, 0], [LIM, LIM], [1, 1]][: n - len(iv)])
        iv = iv[:n]
    else:
        sys.exit("unknown MODE " + mode)
    rng.shuffle(iv)
    print("[" + ",".join("[%d,%d]" % (s, e) for s, e in iv) + "]")


if __name__ == "__main__":
    main()
