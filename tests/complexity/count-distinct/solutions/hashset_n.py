# O(n) expected: puts every value in a set and prints its size
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    print(len(set(map(int, data[1:n + 1]))))


main()
