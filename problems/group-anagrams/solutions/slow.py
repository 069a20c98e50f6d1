# Correct but slow: compares each word with one word of every group found
# so far, sorting both every time: O(n * groups * L log L).
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = []
        for s in strs:
            for g in groups:
                if sorted(g[0]) == sorted(s):
                    g.append(s)
                    break
            else:
                groups.append([s])
        return groups
