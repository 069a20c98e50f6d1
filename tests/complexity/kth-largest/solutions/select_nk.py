# O(n*k), O(n^2) with k = n/2: k rounds of finding the maximum and removing it
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        nums = list(nums)
        for _ in range(k - 1):
            nums.remove(max(nums))
        return max(nums)
