#!/usr/bin/env python3
"""Generator for reverse-linked-list: gen.py N SEED [MODE]

Prints one line, the linked list as an array of N values in
[-5000, 5000].  MODE: random (default), ascending (sorted values) or
constant (one value repeated).  Deterministic from its arguments.
"""
import random
import sys


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: gen.py N SEED [random|ascending|constant]")
    n, seed = int(sys.argv[1]), int(sys.argv[2])
    mode = sys.argv[3] if len(sys.argv) == 4 else "random"
    if not 0 <= n <= 100000:
        sys.exit("need 0 <= N <= 100000")
    rng = random.Random(seed)
    xs = [rng.randint(-5000, 5000) for _ in range(n)]
    if mode == "ascending":
        xs.sort()
    elif mode == "constant":
        xs = [rng.randint(-5000, 5000)] * n
    elif mode != "random":
        sys.exit("unknown mode %r" % mode)
    sys.stdout.write("[%s]\n" % ",".join(map(str, xs)))


if __name__ == "__main__":
    main()
