#!/usr/bin/env python3
"""Generator for maximum-depth-of-binary-tree: gen.py N SEED SHAPE

Prints one line: a binary tree of N nodes in level order with null,
values in [-VMAX, VMAX].  SHAPE:
  random       each new node takes a random free child slot (depth ~ log n)
  deep         each new node hangs below one of the last few nodes made
               (a long, bushy path: depth about n/2)
  left, right  a chain of N nodes: every node has only a left (right) child
  zigzag       a chain that alternates left and right children
  complete     a complete tree (heap order), the shallowest possible
  caterpillar  a left-going spine with a leaf hanging right off every node
Deterministic from its arguments.
"""
import random
import sys
from collections import deque

VMAX = 100
NMAX = 10000


def build(n, shape, rng):
    left, right = [-1] * n, [-1] * n
    if shape == "random":
        slots = [(0, 0), (0, 1)]
        for i in range(1, n):
            k = rng.randrange(len(slots))
            slots[k], slots[-1] = slots[-1], slots[k]
            p, side = slots.pop()
            (left if side == 0 else right)[p] = i
            slots += [(i, 0), (i, 1)]
    elif shape == "deep":
        free = {0: [0, 1]}
        recent = [0]
        for i in range(1, n):
            p = rng.choice(recent)
            side = free[p].pop(rng.randrange(len(free[p])))
            if not free[p]:
                recent.remove(p)
            (left if side == 0 else right)[p] = i
            free[i] = [0, 1]
            recent.append(i)
            if len(recent) > 3:
                recent.pop(0)
    elif shape in ("left", "right", "zigzag"):
        for i in range(1, n):
            side = {"left": 0, "right": 1}.get(shape, i % 2)
            (left if side == 0 else right)[i - 1] = i
    elif shape == "complete":
        for i in range(1, n):
            ((left if i % 2 == 1 else right))[(i - 1) // 2] = i
    elif shape == "caterpillar":
        spine = 0
        for i in range(1, n):
            if i % 2 == 1:
                right[spine] = i
            else:
                left[spine] = i
                spine = i
    else:
        sys.exit("unknown shape %r" % shape)
    return left, right


def serialize(vals, left, right):
    if not vals:
        return "[]"
    out = []
    q = deque([0])
    while q:
        i = q.popleft()
        if i < 0:
            out.append("null")
            continue
        out.append(str(vals[i]))
        q.append(left[i])
        q.append(right[i])
    while out[-1] == "null":
        out.pop()
    return "[" + ",".join(out) + "]"


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: gen.py N SEED SHAPE")
    n, seed, shape = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    if not 0 <= n <= NMAX:
        sys.exit("need 0 <= N <= %d" % NMAX)
    rng = random.Random(seed)
    left, right = build(n, shape, rng)
    vals = [rng.randint(-VMAX, VMAX) for _ in range(n)]
    sys.stdout.write(serialize(vals, left, right) + "\n")


if __name__ == "__main__":
    main()
