#!/usr/bin/env python3
"""Generator for group-anagrams: gen.py N SEED MODE

Prints one line, strs, in LeetCode syntax: N lowercase words of length at
most 100.

MODE:
  mixed     about N/4 groups: each word is a shuffle of one of N/4 random
            base words of length 1..100
  distinct  N words, no two of them anagrams (N groups)
  one       N shuffles of a single 100-letter word (one group)
  short     words of length 0..3 over "ab": a handful of large groups,
            many repeated words and empty words
  counts    words of length 100 over "abc" that all use each of the three
            letters, with different counts (many groups sharing one
            letter set)
Deterministic from its arguments.
"""
import random
import string
import sys

ABC = string.ascii_lowercase


def shuffled(rng, w):
    c = list(w)
    rng.shuffle(c)
    return "".join(c)


def main():
    n, seed, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    if not 1 <= n <= 10000:
        sys.exit("need 1 <= N <= 10000")
    rng = random.Random(seed)
    words = []
    if mode == "mixed":
        bases = ["".join(rng.choice(ABC) for _ in range(rng.randint(1, 100)))
                 for _ in range(max(1, n // 4))]
        words = [shuffled(rng, rng.choice(bases)) for _ in range(n)]
    elif mode == "distinct":
        keys = set()
        while len(words) < n:
            w = "".join(rng.choice(ABC) for _ in range(rng.randint(1, 100)))
            k = "".join(sorted(w))
            if k not in keys:
                keys.add(k)
                words.append(w)
    elif mode == "one":
        base = "".join(rng.choice(ABC) for _ in range(100))
        words = [shuffled(rng, base) for _ in range(n)]
    elif mode == "short":
        words = ["".join(rng.choice("ab") for _ in range(rng.randint(0, 3)))
                 for _ in range(n)]
    elif mode == "counts":
        for _ in range(n):
            a = rng.randint(1, 98)
            b = rng.randint(1, 99 - a)
            words.append(shuffled(rng, "a" * a + "b" * b + "c" * (100 - a - b)))
    else:
        sys.exit("unknown MODE " + mode)
    sys.stdout.write("[%s]\n" % ",".join('"%s"' % w for w in words))


if __name__ == "__main__":
    main()
