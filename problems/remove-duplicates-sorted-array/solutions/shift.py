# Correct but O(n^2): every repeat shifts the whole tail left by one.
class Solution:
    def removeDuplicates(self, nums: List[int]) -> int:
        n = len(nums)
        i = 1
        while i < n:
            if nums[i] == nums[i - 1]:
                for j in range(i + 1, n):
                    nums[j - 1] = nums[j]
                n -= 1
            else:
                i += 1
        return n
