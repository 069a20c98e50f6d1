#!/usr/bin/env python3
"""Generator for number-of-islands: gen.py M N SEED PATTERN [PERCENT]

Prints one line: an M x N grid of "1" (land) and "0" (water) characters,
written as [["1","0",...],...].  PATTERN:
  random        each cell is land with probability PERCENT/100 (default 50)
  land          every cell is land: one island of M*N cells
  checkerboard  land where (row + col) is even: ceil(M*N/2) islands
  snake         one serpentine island: full rows joined at alternate ends,
                a path of about M*N/2 cells
  stripes       every other row is land: ceil(M/2) long islands
  comb          a full top row with a tooth of land down every other column
  blobs         random squares of land on water (many touching)
Deterministic from its arguments.
"""
import random
import sys


def main():
    if len(sys.argv) not in (5, 6):
        sys.exit("usage: gen.py M N SEED PATTERN [PERCENT]")
    m, n, seed, pat = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    pct = int(sys.argv[5]) if len(sys.argv) == 6 else 50
    if not (1 <= m <= 300 and 1 <= n <= 300 and 0 <= pct <= 100):
        sys.exit("need 1 <= M, N <= 300 and 0 <= PERCENT <= 100")
    rng = random.Random(seed)
    g = [[0] * n for _ in range(m)]
    if pat == "random":
        for i in range(m):
            for j in range(n):
                g[i][j] = 1 if rng.randrange(100) < pct else 0
    elif pat == "land":
        g = [[1] * n for _ in range(m)]
    elif pat == "checkerboard":
        g = [[(i + j + 1) % 2 for j in range(n)] for i in range(m)]
    elif pat == "snake":
        for i in range(m):
            if i % 2 == 0:
                g[i] = [1] * n
            else:
                g[i][n - 1 if i % 4 == 1 else 0] = 1
    elif pat == "stripes":
        for i in range(0, m, 2):
            g[i] = [1] * n
    elif pat == "comb":
        g[0] = [1] * n
        for i in range(1, m):
            for j in range(0, n, 2):
                g[i][j] = 1
    elif pat == "blobs":
        for _ in range(max(1, m * n // 60)):
            s = rng.randint(1, 6)
            r, c = rng.randrange(m), rng.randrange(n)
            for i in range(r, min(m, r + s)):
                for j in range(c, min(n, c + s)):
                    g[i][j] = 1
    else:
        sys.exit("unknown pattern %r" % pat)
    rows = ("[" + ",".join('"1"' if x else '"0"' for x in row) + "]" for row in g)
    sys.stdout.write("[" + ",".join(rows) + "]\n")


if __name__ == "__main__":
    main()
