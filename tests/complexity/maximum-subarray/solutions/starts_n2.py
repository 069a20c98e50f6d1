# O(n^2): for every start, extends the subarray keeping a running sum
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        n = len(nums)
        best = nums[0]
        for i in range(n):
            s = 0
            for j in range(i, n):
                s += nums[j]
                if s > best:
                    best = s
        return best
