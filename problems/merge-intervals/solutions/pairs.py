# Too slow: links every pair of overlapping spans, O(n^2), then collects
# the connected groups.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        n = len(intervals)
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for i in range(n):
            si, ei = intervals[i]
            for j in range(i + 1, n):
                sj, ej = intervals[j]
                if si <= ej and sj <= ei:
                    parent[find(i)] = find(j)
        groups = {}
        for i in range(n):
            r = find(i)
            s, e = intervals[i]
            if r in groups:
                g = groups[r]
                g[0] = min(g[0], s)
                g[1] = max(g[1], e)
            else:
                groups[r] = [s, e]
        return sorted(groups.values())
