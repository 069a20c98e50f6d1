#!/usr/bin/env python3
"""Generator for implement-trie: gen.py MODE SEED [N]

Prints the two lines of a design test: the operations (the constructor,
then at most 3*10^4 calls) and their arguments.  The inserted words have
at most 2*10^5 letters in all.  MODE:
  many    10^4 words of 5-20 letters, then 2*10^4 searches and
          startsWith, hits and misses
  dense   10^4 words over {a, b} only: deep, heavily shared prefixes
  long    100 words of 2000 letters sharing long prefixes, then 900
          queries of up to 2000 letters
  misses  10^4 words, then 2*10^4 startsWith that follow a word and
          leave it at the last letter: all misses
  mixed   3*10^4 calls with inserts and queries interleaved
  grow    for the complexity check: N calls, N/2 inserts of 5-letter
          words, then N/2 queries: 10% words, 10% prefixes, 80% random
          5-letter words (mostly misses: a scan of the words cannot stop
          early).  N is at most 2^17; past 3*10^4 calls (or 8*10^4, for
          the letters) that is beyond the statement's bounds
Deterministic from its arguments.
"""
import random
import string
import sys

LETTERS = string.ascii_lowercase
MAX_LETTERS = 2 * 10 ** 5


def main():
    mode, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    calls = []
    words = []
    total = 0

    def word(alpha, lo, hi):
        return "".join(rng.choice(alpha) for _ in range(rng.randint(lo, hi)))

    def insert(w):
        nonlocal total
        if total + len(w) > MAX_LETTERS:
            return
        total += len(w)
        words.append(w)
        calls.append(("insert", w))

    def other(c, alpha):
        return rng.choice([x for x in alpha if x != c])

    def query(alpha, lo, hi):
        x = rng.random()
        base = rng.choice(words)
        if x < 0.3:
            q = base                                   # a word
        elif x < 0.55:
            q = base[: rng.randint(1, len(base))]      # a prefix
        elif x < 0.8:
            k = rng.randint(1, len(base))              # a near miss
            q = base[: k - 1] + other(base[k - 1], alpha)
        else:
            q = word(alpha, lo, hi)                    # anything
        calls.append((rng.choice(("search", "startsWith")), q))

    if mode in ("many", "dense"):
        alpha, lo, hi = (LETTERS, 5, 20) if mode == "many" else ("ab", 8, 18)
        for _ in range(10 ** 4):
            insert(word(alpha, lo, hi))
        while len(calls) < 3 * 10 ** 4:
            query(alpha, lo, hi)
    elif mode == "long":
        stem = word(LETTERS, 2000, 2000)
        for _ in range(100):
            k = rng.randint(1000, 2000)
            insert(stem[:k] + word(LETTERS, 2000 - k, 2000 - k))
        for _ in range(900):
            query(LETTERS, 1500, 2000)
    elif mode == "misses":
        for _ in range(10 ** 4):
            insert(word(LETTERS, 5, 20))
        present = set()
        for w in words:
            for k in range(1, len(w) + 1):
                present.add(w[:k])
        while len(calls) < 3 * 10 ** 4:
            base = rng.choice(words)
            k = rng.randint(max(1, len(base) - 3), len(base))
            q = base[: k - 1] + other(base[k - 1], LETTERS)
            if q not in present:
                calls.append(("startsWith", q))
    elif mode == "grow":
        n = int(sys.argv[3])
        if not 2 <= n <= 2 ** 17:
            sys.exit("need 2 <= N <= 2^17")
        for _ in range(n // 2):
            w = word(LETTERS, 5, 5)
            words.append(w)
            calls.append(("insert", w))
        while len(calls) < n:
            x = rng.random()
            base = rng.choice(words)
            if x < 0.1:
                q = base                                # a word
            elif x < 0.2:
                q = base[: rng.randint(1, 5)]           # a prefix
            else:
                q = word(LETTERS, 5, 5)                 # a miss, most likely
            calls.append((rng.choice(("search", "startsWith")), q))
    elif mode == "mixed":
        insert(word(LETTERS, 1, 12))
        while len(calls) < 3 * 10 ** 4:
            if rng.random() < 0.4 and total < MAX_LETTERS - 12:
                insert(word("abcdef", 1, 12))
            else:
                query("abcdef", 1, 12)
    else:
        sys.exit("unknown MODE " + mode)
    names = ["Trie"] + [c[0] for c in calls]
    print("[" + ",".join('"%s"' % n for n in names) + "]")
    print("[[]," + ",".join('["%s"]' % c[1] for c in calls) + "]" if calls else "[[]]")


if __name__ == "__main__":
    main()
