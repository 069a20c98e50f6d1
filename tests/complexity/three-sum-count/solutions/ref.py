# O(n^2): sorts a copy, then for each first element moves two pointers inward (values are distinct)
class Solution:
    def countZeroTriplets(self, nums: List[int]) -> int:
        a = sorted(nums)
        n = len(a)
        count = 0
        for i in range(n - 2):
            x = a[i]
            lo, hi = i + 1, n - 1
            while lo < hi:
                s = x + a[lo] + a[hi]
                if s == 0:
                    count += 1
                    lo += 1
                    hi -= 1
                elif s < 0:
                    lo += 1
                else:
                    hi -= 1
        return count
