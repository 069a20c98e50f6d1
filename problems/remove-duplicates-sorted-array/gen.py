#!/usr/bin/env python3
"""Generator for remove-duplicates-sorted-array: gen.py N SEED MODE

Prints one line, nums, in LeetCode syntax: N integers in [-100, 100] in
non-decreasing order.

MODE:
  rand    N random values, sorted
  same    one value repeated N times (k = 1)
  spread  values spread evenly over [-100, 100]: all 201 values, each
          about N/201 times, when N >= 201
  runs    a few values with long runs of random lengths
  ends    only -100 and 100, half each
  tail    -100 repeated, then every other value once at the very end
Deterministic from its arguments.
"""
import random
import sys


def main():
    n, seed, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    if not 1 <= n <= 30000:
        sys.exit("need 1 <= N <= 30000")
    rng = random.Random(seed)
    if mode == "rand":
        a = sorted(rng.randint(-100, 100) for _ in range(n))
    elif mode == "same":
        a = [rng.randint(-100, 100)] * n
    elif mode == "spread":
        a = [-100 + i * 201 // n for i in range(n)]
    elif mode == "runs":
        vals = sorted(rng.sample(range(-100, 101), rng.randint(2, 10)))
        cuts = sorted(rng.sample(range(1, n), len(vals) - 1)) if n >= len(vals) else []
        a, start = [], 0
        for v, end in zip(vals, cuts + [n]):
            a += [v] * (end - start)
            start = end
        a = (a + [vals[-1]] * n)[:n]
    elif mode == "ends":
        a = [-100] * (n // 2) + [100] * (n - n // 2)
    elif mode == "tail":
        t = min(n - 1, 200)
        a = [-100] * (n - t) + list(range(-99, -99 + t))
    else:
        sys.exit("unknown MODE " + mode)
    assert len(a) == n and a == sorted(a) and all(-100 <= x <= 100 for x in a)
    sys.stdout.write("[%s]\n" % ",".join(map(str, a)))


if __name__ == "__main__":
    main()
