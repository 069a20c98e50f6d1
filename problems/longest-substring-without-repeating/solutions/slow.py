# Correct but O(n^3): tries every substring and checks it with a set.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        n = len(s)
        best = 0
        for i in range(n):
            for j in range(i + 1, n + 1):
                if len(set(s[i:j])) == j - i and j - i > best:
                    best = j - i
        return best
