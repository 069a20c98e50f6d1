# Wrong: returns the right count but leaves nums as it was, so the first
# k elements are not the distinct values.
class Solution:
    def removeDuplicates(self, nums: List[int]) -> int:
        return len(set(nums))
