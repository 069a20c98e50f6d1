# Reference: Python integers never overflow.  Expected: AC.
import sys

a, b = map(int, sys.stdin.read().split())
print(a + b)
