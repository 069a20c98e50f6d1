# O(n^3): for every start and end, sums the subarray from scratch
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        n = len(nums)
        best = nums[0]
        for i in range(n):
            for j in range(i, n):
                s = 0
                for k in range(i, j + 1):
                    s += nums[k]
                if s > best:
                    best = s
        return best
