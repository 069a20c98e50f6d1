#!/usr/bin/env python3
"""Generator for lru-cache: gen.py MODE CALLS SEED [CAPACITY]

Prints the two lines of a design test: the operations (the constructor,
then CALLS calls of get and put) and their arguments.  Keys are in
0..10^4, values in 0..10^5, CAPACITY defaults to 3000.  MODE:
  random  random keys, half gets and half puts
  hot     keys from a working set a little larger than the capacity,
          70% gets: many hits and a steady stream of evictions
  cyclic  puts cycle through CAPACITY+1 keys, so every put evicts and
          the gets (of the key evicted last) all miss
  fill    puts of CAPACITY+1 different keys, then gets of all of them
  puts    puts only, random keys
  grow    for the complexity check: like hot, but the capacity is CALLS/2
          (ignoring CAPACITY) and the keys come from max(10^4, 2*CALLS)
          values, so the cache grows with the number of calls; past
          6000 calls that is beyond the statement's bounds
Deterministic from its arguments.
"""
import random
import sys

KEYS = 10 ** 4
VALUES = 10 ** 5


def main():
    mode, calls, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    cap = int(sys.argv[4]) if len(sys.argv) > 4 else 3000
    if not 1 <= cap <= 3000 or not 0 <= calls <= 2 * 10 ** 5:
        sys.exit("need 1 <= CAPACITY <= 3000 and 0 <= CALLS <= 2*10^5")
    rng = random.Random(seed)
    ops = []  # (key,) for get, (key, value) for put

    def val():
        return rng.randint(0, VALUES)

    if mode == "random":
        for _ in range(calls):
            k = rng.randint(0, KEYS)
            ops.append((k,) if rng.random() < 0.5 else (k, val()))
    elif mode == "hot":
        working = rng.sample(range(KEYS + 1), min(KEYS + 1, cap + cap // 6 + 1))
        for _ in range(calls):
            k = rng.choice(working)
            ops.append((k,) if rng.random() < 0.7 else (k, val()))
    elif mode == "cyclic":
        ring = rng.sample(range(KEYS + 1), cap + 1)
        i = 0
        while len(ops) < calls:
            ops.append((ring[i % len(ring)], val()))
            if len(ops) < calls and i >= cap:
                ops.append((ring[(i + 1) % len(ring)],))
            i += 1
    elif mode == "fill":
        keys = rng.sample(range(KEYS + 1), min(KEYS + 1, cap + 1))
        for k in keys:
            ops.append((k, val()))
        rng.shuffle(keys)
        while len(ops) < calls:
            ops.extend((k,) for k in keys)
        ops = ops[:calls]
    elif mode == "puts":
        ops = [(rng.randint(0, KEYS), val()) for _ in range(calls)]
    elif mode == "grow":
        cap = max(1, calls // 2)
        working = rng.sample(range(max(KEYS + 1, 4 * cap)), cap + cap // 6 + 1)
        for _ in range(calls):
            k = rng.choice(working)
            ops.append((k,) if rng.random() < 0.7 else (k, val()))
    else:
        sys.exit("unknown MODE " + mode)
    names = ["LRUCache"] + ["get" if len(o) == 1 else "put" for o in ops]
    args = [[cap]] + [list(o) for o in ops]
    print("[" + ",".join('"%s"' % n for n in names) + "]")
    print("[" + ",".join("[" + ",".join(map(str, a)) + "]" for a in args) + "]")


if __name__ == "__main__":
    main()
