# O(n^2): compares every pair
class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        n = len(nums)
        for i in range(n):
            x = nums[i]
            for j in range(i + 1, n):
                if nums[j] == x:
                    return True
        return False
