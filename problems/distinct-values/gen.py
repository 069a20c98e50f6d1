#!/usr/bin/env python3
"""Generator for distinct-values: gen.py N SEED MAXABS [sorted]

Prints N, then N integers drawn uniformly from [-MAXABS, MAXABS].  A small
MAXABS gives many duplicates; 10^9 gives almost none.  With "sorted", the
same integers in ascending order (the worst case of a quicksort that takes
the first element as its pivot).  Deterministic from its arguments.
"""
import random
import sys


def main():
    n, seed, maxabs = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    if not 1 <= n <= 200000 or not 0 <= maxabs <= 10**9:
        sys.exit("need 1 <= N <= 200000 and 0 <= MAXABS <= 10^9")
    order = sys.argv[4] if len(sys.argv) > 4 else "random"
    if order not in ("random", "sorted"):
        sys.exit("unknown order " + order)
    rng = random.Random(seed)
    xs = [rng.randint(-maxabs, maxabs) for _ in range(n)]
    if order == "sorted":
        xs.sort()
    sys.stdout.write("%d\n%s\n" % (n, " ".join(map(str, xs))))


if __name__ == "__main__":
    main()
