#!/usr/bin/env python3
"""Generator for longest-substring-without-repeating: gen.py N SEED MODE

Prints one line, s, as a JSON string: N printable ASCII characters
(codes 32..126; '"' and '\\' escaped).

MODE:
  any      uniform over all 95 printable characters
  letters  uniform over lowercase letters
  digits   uniform over the ten digits
  same     one character repeated
  full     one shuffle of all 95 characters, repeated (answer 95)
  late     random over "ab" except a shuffle of all 95 characters at the
           very end (the answer is found last)
  back     blocks "x y1..yk y1..yk x": a repeat whose earlier occurrence
           is already outside the window (defeats a left end that moves
           backwards)
Deterministic from its arguments.
"""
import json
import random
import string
import sys

PRINTABLE = [chr(c) for c in range(32, 127)]


def main():
    n, seed, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    if not 0 <= n <= 100000:
        sys.exit("need 0 <= N <= 100000")
    rng = random.Random(seed)
    if mode == "any":
        s = [rng.choice(PRINTABLE) for _ in range(n)]
    elif mode == "letters":
        s = [rng.choice(string.ascii_lowercase) for _ in range(n)]
    elif mode == "digits":
        s = [rng.choice(string.digits) for _ in range(n)]
    elif mode == "same":
        s = [rng.choice(PRINTABLE)] * n
    elif mode == "full":
        perm = PRINTABLE[:]
        rng.shuffle(perm)
        s = (perm * (n // 95 + 1))[:n]
    elif mode == "late":
        perm = PRINTABLE[:]
        rng.shuffle(perm)
        tail = perm[:min(n, 95)]
        s = [rng.choice("ab") for _ in range(n - len(tail))] + tail
    elif mode == "back":
        s = []
        while len(s) < n:
            pool = PRINTABLE[:]
            rng.shuffle(pool)
            x, ys = pool[0], pool[1:rng.randint(3, 40)]
            s += [x] + ys + ys + [x]
        s = s[:n]
    else:
        sys.exit("unknown MODE " + mode)
    sys.stdout.write(json.dumps("".join(s)) + "\n")


if __name__ == "__main__":
    main()
