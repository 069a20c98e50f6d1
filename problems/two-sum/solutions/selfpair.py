# Wrong: builds the whole value -> index map first and never checks that
# the partner is a different position, so it pairs a value with itself
# (e.g. nums = [0,10,-10], target = 0 gives [0,0]).
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        pos = {x: i for i, x in enumerate(nums)}
        for i, x in enumerate(nums):
            if target - x in pos:
                return [i, pos[target - x]]
        return []
