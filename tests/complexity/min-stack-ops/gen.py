#!/usr/bin/env python3
"""Generator for min-stack-ops: gen.py N SEED

Prints a design test: the constructor, then N calls: the first N/2 (at
least one) push random 32-bit values, the rest alternate getMin and top
on the full stack, so a getMin that scans the stack pays N/2 per call.
Deterministic from its arguments.
"""
import random
import sys


def main():
    n, seed = int(sys.argv[1]), int(sys.argv[2])
    if n < 1:
        sys.exit("need N >= 1")
    rng = random.Random(seed)
    pushes = max(1, n // 2)
    names = ["MinStack"]
    args = ["[]"]
    for _ in range(pushes):
        names.append("push")
        args.append("[%d]" % rng.randint(-2 ** 31, 2 ** 31 - 1))
    for i in range(n - pushes):
        names.append("getMin" if i % 2 == 0 else "top")
        args.append("[]")
    sys.stdout.write("[" + ",".join('"%s"' % s for s in names) + "]\n")
    sys.stdout.write("[" + ",".join(args) + "]\n")


if __name__ == "__main__":
    main()
