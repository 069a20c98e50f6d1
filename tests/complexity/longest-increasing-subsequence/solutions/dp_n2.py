# O(n^2): dp[i] = longest increasing subsequence ending at i, from every earlier j
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        n = len(nums)
        dp = [1] * n
        for i in range(n):
            x = nums[i]
            for j in range(i):
                if nums[j] < x and dp[j] + 1 > dp[i]:
                    dp[i] = dp[j] + 1
        return max(dp) if dp else 0
