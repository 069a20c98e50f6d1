#!/usr/bin/env python3
"""Generator for a-plus-b: gen.py MAG SEED

Prints one line "a b" with |a| <= 10^MAG and 10^(MAG-1) <= |b| <= 10^MAG,
signs chosen at random.  Deterministic from its arguments.
"""
import random
import sys


def main():
    mag, seed = int(sys.argv[1]), int(sys.argv[2])
    if not 1 <= mag <= 18:
        sys.exit("MAG must be between 1 and 18")
    rng = random.Random(seed)
    hi = 10 ** mag
    a = rng.randint(0, hi) * rng.choice((-1, 1))
    b = rng.randint(hi // 10, hi) * rng.choice((-1, 1))
    print(a, b)


if __name__ == "__main__":
    main()
