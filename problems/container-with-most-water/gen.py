#!/usr/bin/env python3
"""Generator for container-with-most-water: gen.py N SEED MODE

Prints one line, height, in LeetCode syntax: N integers in [0, 10^4].

MODE:
  rand    uniform in [0, 10^4]
  same    every board 10^4 (the largest possible answer)
  inc     non-decreasing
  dec     non-increasing
  spikes  mostly low boards (0..100) with a few tall ones anywhere
  valley  tall at both ends, falling towards the middle, with noise
  mountain low at both ends, rising towards the middle, with noise
Deterministic from its arguments.
"""
import random
import sys

H = 10**4


def main():
    n, seed, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    if not 2 <= n <= 100000:
        sys.exit("need 2 <= N <= 100000")
    rng = random.Random(seed)
    if mode == "rand":
        h = [rng.randint(0, H) for _ in range(n)]
    elif mode == "same":
        h = [H] * n
    elif mode == "inc":
        h = sorted(rng.randint(0, H) for _ in range(n))
    elif mode == "dec":
        h = sorted((rng.randint(0, H) for _ in range(n)), reverse=True)
    elif mode == "spikes":
        h = [rng.randint(0, 100) for _ in range(n)]
        for _ in range(rng.randint(2, 20)):
            h[rng.randrange(n)] = rng.randint(H // 2, H)
    elif mode in ("valley", "mountain"):
        h = []
        for i in range(n):
            d = abs(2 * i - (n - 1)) / max(1, n - 1)    # 1 at the ends, 0 mid
            base = d if mode == "valley" else 1 - d
            h.append(max(0, min(H, int(base * H) + rng.randint(-300, 300))))
    else:
        sys.exit("unknown MODE " + mode)
    sys.stdout.write("[%s]\n" % ",".join(map(str, h)))


if __name__ == "__main__":
    main()
