# Wrong: groups by the set of letters, ignoring how often each occurs,
# so "aab" and "abb" end up together.
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = {}
        for s in strs:
            groups.setdefault(frozenset(s), []).append(s)
        return list(groups.values())
