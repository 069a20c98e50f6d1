# O(n^2): counts a value when none of the earlier values equals it
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    xs = list(map(int, data[1:n + 1]))
    count = 0
    for i in range(n):
        x = xs[i]
        seen = False
        for j in range(i):
            if xs[j] == x:
                seen = True
                break
        if not seen:
            count += 1
    print(count)


main()
