#!/usr/bin/env python3
"""Generator for merge-two-sorted-lists: gen.py N1 N2 SEED [MODE]

Prints two lines, list1 (N1 values) and list2 (N2 values), each sorted
in non-decreasing order, values in [-100000, 100000].  MODE:
  random      (default) independent uniform values
  interleave  list1 and list2 alternate: every merge step switches lists
  disjoint    every value of list1 is below every value of list2
  equal       every value in both lists is the same
  narrow      values in [-3, 3]: long runs of duplicates
Deterministic from its arguments.
"""
import random
import sys

LIM = 100000


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit("usage: gen.py N1 N2 SEED [MODE]")
    n1, n2, seed = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    mode = sys.argv[4] if len(sys.argv) == 5 else "random"
    if not (0 <= n1 <= 50000 and 0 <= n2 <= 50000):
        sys.exit("need 0 <= N1, N2 <= 50000")
    rng = random.Random(seed)
    if mode == "random":
        a = [rng.randint(-LIM, LIM) for _ in range(n1)]
        b = [rng.randint(-LIM, LIM) for _ in range(n2)]
    elif mode == "narrow":
        a = [rng.randint(-3, 3) for _ in range(n1)]
        b = [rng.randint(-3, 3) for _ in range(n2)]
    elif mode == "interleave":
        start = -LIM + rng.randint(0, 10)
        a = [start + 2 * i for i in range(n1)]
        b = [start + 2 * i + 1 for i in range(n2)]
    elif mode == "disjoint":
        a = [rng.randint(-LIM, -1) for _ in range(n1)]
        b = [rng.randint(0, LIM) for _ in range(n2)]
    elif mode == "equal":
        v = rng.randint(-LIM, LIM)
        a, b = [v] * n1, [v] * n2
    else:
        sys.exit("unknown mode %r" % mode)
    a.sort()
    b.sort()
    sys.stdout.write("[%s]\n[%s]\n" % (",".join(map(str, a)), ",".join(map(str, b))))


if __name__ == "__main__":
    main()
