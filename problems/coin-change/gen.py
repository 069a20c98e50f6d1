#!/usr/bin/env python3
"""Generator for coin-change: gen.py SEED MODE [AMOUNT]

Prints two lines: the coins (12 different values) and the amount
(default 10^4).  MODE:
  small   coins from 2..60, no coin 1
  spread  coins from 1..10^4
  even    even coins only, odd amount: the answer is -1
  big     coins from 300..5000 only, so most amounts have few ways to be paid
  huge    a few small coins and several up to 2^31-1
Deterministic from its arguments.
"""
import random
import sys

MAXC = 2 ** 31 - 1


def main():
    seed, mode = int(sys.argv[1]), sys.argv[2]
    amount = int(sys.argv[3]) if len(sys.argv) > 3 else 10 ** 4
    if not 0 <= amount <= 10 ** 4:
        sys.exit("need 0 <= AMOUNT <= 10^4")
    rng = random.Random(seed)
    if mode == "small":
        coins = rng.sample(range(2, 61), 12)
    elif mode == "spread":
        coins = rng.sample(range(1, 10 ** 4 + 1), 12)
    elif mode == "even":
        coins = [2 * x for x in rng.sample(range(1, 500), 12)]
        amount -= 1 - amount % 2
    elif mode == "big":
        coins = rng.sample(range(300, 5001), 12)
    elif mode == "huge":
        coins = rng.sample(range(13, 200), 4) + rng.sample(range(10 ** 4, MAXC + 1), 7) + [MAXC]
        coins = list(dict.fromkeys(coins))
    else:
        sys.exit("unknown MODE " + mode)
    rng.shuffle(coins)
    print("[" + ",".join(map(str, coins)) + "]")
    print(amount)


if __name__ == "__main__":
    main()
