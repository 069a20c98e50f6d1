# O(n log n): reads everything, sorts, counts where the value changes
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    xs = sorted(map(int, data[1:n + 1]))
    count = 1
    for i in range(1, n):
        if xs[i] != xs[i - 1]:
            count += 1
    print(count)


main()
