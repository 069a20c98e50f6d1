# Too slow: tries every way to pay by plain recursion, without
# remembering the amounts already solved: exponential time.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        def fewest(left):
            if left == 0:
                return 0
            best = -1
            for c in coins:
                if c <= left:
                    r = fewest(left - c)
                    if r >= 0 and (best < 0 or r + 1 < best):
                        best = r + 1
            return best
        return fewest(amount)
