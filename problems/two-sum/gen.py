#!/usr/bin/env python3
"""Generator for two-sum: gen.py N SEED MODE

Prints two lines, nums and target, in LeetCode syntax.  Exactly one pair
of positions sums to target, and it is planted late in the array so that
a solution trying every pair does about N^2/2 work.

MODE:
  end   the pair at positions N-2 and N-1, random values in [-1e9, 1e9]
  late  the pair at two random positions in the last tenth
  dups  filler values are even and from a small range (many repeats), the
        target is odd; the pair is one odd value and its even partner
  neg   every value and the target are negative
  ext   values near -1e9 and 1e9, target 0 or near the extremes
Deterministic from its arguments.
"""
import random
import sys

LIM = 10**9


def filler(rng, n, target, draw):
    """n values from draw(), no two of them (and none twice) summing to target."""
    used = set()
    out = []
    while len(out) < n:
        x = draw()
        if 2 * x == target or (target - x) in used:
            continue
        used.add(x)
        out.append(x)
    return out, used


def main():
    n, seed, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    if not 2 <= n <= 100000:
        sys.exit("need 2 <= N <= 100000")
    rng = random.Random(seed)
    if mode in ("end", "late"):
        target = rng.randint(-LIM, LIM)
        draw = lambda: rng.randint(-LIM, LIM)
    elif mode == "dups":
        target = 2 * rng.randint(-1000, 1000) + 1
        draw = lambda: 2 * rng.randint(-5000, 5000)
    elif mode == "neg":
        target = rng.randint(-LIM, -LIM // 2)
        draw = lambda: rng.randint(-LIM, -1)
    elif mode == "ext":
        target = rng.choice([0, LIM - 7, -LIM + 7])
        draw = lambda: rng.choice([-1, 1]) * rng.randint(LIM - 10 * n, LIM)
    else:
        sys.exit("unknown MODE " + mode)
    rest, used = filler(rng, n - 2, target, draw)
    while True:
        if mode == "dups":
            a = 2 * rng.randint(-5000, 5000) + 1
        elif mode == "ext":
            a = rng.choice([-1, 1]) * rng.randint(LIM - 10 * n, LIM)
        elif mode == "neg":
            a = rng.randint(target + 1, -1)
        else:
            a = rng.randint(max(-LIM, target - LIM), min(LIM, target + LIM))
        b = target - a
        if a != b and -LIM <= b <= LIM and a not in used and b not in used \
                and (target - a) not in used and (target - b) not in used:
            break
    if mode == "end":
        i, j = n - 2, n - 1
    else:
        i, j = sorted(rng.sample(range(n - max(2, n // 10), n), 2))
    nums = rest[:i] + [a] + rest[i:]
    nums = nums[:j] + [b] + nums[j:]
    assert len(nums) == n and nums[i] == a and nums[j] == b
    sys.stdout.write("[%s]\n%d\n" % (",".join(map(str, nums)), target))


if __name__ == "__main__":
    main()
