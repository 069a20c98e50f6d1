# Wrong: two pointers, but moves the taller board inward instead of the
# shorter one, which throws away pairs that may be the best.
class Solution:
    def maxArea(self, height: List[int]) -> int:
        i, j = 0, len(height) - 1
        best = 0
        while i < j:
            best = max(best, min(height[i], height[j]) * (j - i))
            if height[i] > height[j]:
                i += 1
            else:
                j -= 1
        return best
