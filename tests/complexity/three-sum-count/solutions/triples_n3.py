# O(n^3): checks every index triple i < j < k
class Solution:
    def countZeroTriplets(self, nums: List[int]) -> int:
        n = len(nums)
        count = 0
        for i in range(n):
            for j in range(i + 1, n):
                s = nums[i] + nums[j]
                for k in range(j + 1, n):
                    if s + nums[k] == 0:
                        count += 1
        return count
