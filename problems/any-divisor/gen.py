#!/usr/bin/env python3
"""Generator for any-divisor: gen.py T SEED HARD

Prints T, then T integers n with 2 <= n <= 10^12, one per line, in random
order.  HARD of them are the worst case for trial division: primes just
below 10^12, products of two primes near 10^6, or squares of primes near
10^6.  The others are random, as large as the budget allows: the sum of
isqrt(n) over the test stays within 10^7, as the statement promises.
Deterministic from its arguments.
"""
import math
import random
import sys

MAXN = 10**12
BUDGET = 10**7


def is_prime(n):
    """Deterministic Miller-Rabin, exact for n < 3.3 * 10^24."""
    if n < 2:
        return False
    small = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def prime_below(rng, lo, hi):
    """A prime in [lo, hi], searching down from a random start."""
    while True:
        x = rng.randint(lo, hi)
        while x >= lo:
            if is_prime(x):
                return x
            x -= 1


def hard(rng, kind):
    if kind == 0:
        return prime_below(rng, MAXN - 10**8, MAXN)
    if kind == 1:
        while True:
            p = prime_below(rng, 900000, 10**6)
            q = prime_below(rng, 900000, 10**6)
            if p != q:
                return p * q
    p = prime_below(rng, 900000, 10**6)
    return p * p


def main():
    t, seed, nhard = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    if not 1 <= t <= 10**4 or not 0 <= nhard <= min(t, 10):
        sys.exit("need 1 <= T <= 10^4 and 0 <= HARD <= min(T, 10)")
    rng = random.Random(seed)
    ns = [hard(rng, i % 3) for i in range(nhard)]
    left = BUDGET - sum(math.isqrt(n) for n in ns)
    for i in range(t - nhard):
        cap = max(2, min(MAXN, (left // (t - nhard - i)) ** 2))
        n = rng.randint(2, cap)
        ns.append(n)
        left -= math.isqrt(n)
    assert left >= 0
    rng.shuffle(ns)
    sys.stdout.write("%d\n%s\n" % (t, "\n".join(map(str, ns))))


if __name__ == "__main__":
    main()
