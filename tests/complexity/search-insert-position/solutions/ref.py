# O(log n): binary search (bisect_left) for the first index with nums[i] >= target
class Solution:
    def searchInsert(self, nums: List[int], target: int) -> int:
        return bisect_left(nums, target)
