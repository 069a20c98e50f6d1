#!/usr/bin/env python3
"""Generator for min-stack: gen.py MODE CALLS SEED

Prints the two lines of a design test: the operations (the constructor,
then CALLS calls) and their arguments.  Values are 32-bit signed
integers; pop, top and getMin are only called on a non-empty stack.
MODE:
  random  pushes, pops, tops and getMins at random, values over the
          whole 32-bit range
  tall    pushes for the first half, then getMin and top on the full
          stack (defeats an O(n) getMin)
  down    decreasing values (every push a new minimum), then pops with a
          getMin after each
  dups    values from {-1, 0, 1} only: many equal minimums
  saw     rounds of pushes and pops, the stack staying tall
Deterministic from its arguments.
"""
import random
import sys

LO, HI = -2 ** 31, 2 ** 31 - 1


def main():
    mode, calls, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    if not 0 <= calls <= 3 * 10 ** 4:
        sys.exit("need 0 <= CALLS <= 3*10^4")
    rng = random.Random(seed)
    ops = []  # ("push", v) or (name,)
    size = 0

    def push(v):
        nonlocal size
        ops.append(("push", v))
        size += 1

    def pop():
        nonlocal size
        ops.append(("pop",))
        size -= 1

    if mode == "random" or mode == "dups":
        lo, hi = (LO, HI) if mode == "random" else (-1, 1)
        while len(ops) < calls:
            x = rng.random()
            if size == 0 or x < 0.4:
                push(rng.randint(lo, hi))
            elif x < 0.6:
                pop()
            else:
                ops.append((rng.choice(("top", "getMin")),))
    elif mode == "tall":
        for _ in range(calls // 2):
            push(rng.randint(LO, HI))
        if size == 0 and calls > 0:
            push(rng.randint(LO, HI))
        while len(ops) < calls:
            ops.append(("getMin",) if rng.random() < 0.8 else ("top",))
    elif mode == "down":
        v = HI
        for _ in range(calls // 2):
            v -= rng.randint(1, 100000)
            push(v)
        while len(ops) < calls and size > 0:
            ops.append(("getMin",))
            if len(ops) < calls and size > 1:
                pop()
        while len(ops) < calls:
            ops.append(("top",))
    elif mode == "saw":
        while len(ops) < calls:
            for _ in range(rng.randint(50, 400)):
                if len(ops) >= calls:
                    break
                push(rng.randint(LO, HI))
            for _ in range(rng.randint(10, 300)):
                if len(ops) >= calls or size <= 1:
                    break
                pop()
                if len(ops) < calls:
                    ops.append(("getMin",))
    else:
        sys.exit("unknown MODE " + mode)
    ops = ops[:calls]
    names = ["MinStack"] + [o[0] for o in ops]
    args = [[]] + [[o[1]] if o[0] == "push" else [] for o in ops]
    print("[" + ",".join('"%s"' % n for n in names) + "]")
    print("[" + ",".join("[" + ",".join(map(str, a)) + "]" for a in args) + "]")


if __name__ == "__main__":
    main()
