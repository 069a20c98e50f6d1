# Wrong: builds the answer in a new list and rebinds the local name, which
# does not change the caller's list.
class Solution:
    def removeDuplicates(self, nums: List[int]) -> int:
        nums = sorted(set(nums))
        return len(nums)
