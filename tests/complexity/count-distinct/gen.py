#!/usr/bin/env python3
"""Generator for count-distinct: gen.py N SEED

Prints N, then N integers drawn uniformly from [-10^9, 10^9] (so almost
all distinct).  Deterministic from its arguments.
"""
import random
import sys


def main():
    n, seed = int(sys.argv[1]), int(sys.argv[2])
    if n < 1:
        sys.exit("need N >= 1")
    rng = random.Random(seed)
    xs = [rng.randint(-10 ** 9, 10 ** 9) for _ in range(n)]
    sys.stdout.write("%d\n%s\n" % (n, " ".join(map(str, xs))))


if __name__ == "__main__":
    main()
