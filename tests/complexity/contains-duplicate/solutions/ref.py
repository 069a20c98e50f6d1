# O(n log n): sorts a copy, then compares neighbours
class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        a = sorted(nums)
        for i in range(1, len(a)):
            if a[i] == a[i - 1]:
                return True
        return False
