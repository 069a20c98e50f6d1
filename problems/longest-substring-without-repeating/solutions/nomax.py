# Wrong: on a repeat it moves the window's left end to just after the
# previous occurrence even when that occurrence is already outside the
# window, so the left end can move backwards ("abba" gives 3, not 2).
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        left = best = 0
        for i, c in enumerate(s):
            if c in last:
                left = last[c] + 1
            last[c] = i
            best = max(best, i - left + 1)
        return best
