# Too slow: floods the whole island again from every land cell and counts
# the cell only when it is the island's first cell in reading order:
# O((m*n)^2) on a grid that is one big island.
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        count = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] != "1":
                    continue
                seen = {(i, j)}
                stack = [(i, j)]
                first = (i, j)
                while stack:
                    a, b = stack.pop()
                    first = min(first, (a, b))
                    for x, y in ((a + 1, b), (a - 1, b), (a, b + 1), (a, b - 1)):
                        if 0 <= x < m and 0 <= y < n and grid[x][y] == "1" and (x, y) not in seen:
                            seen.add((x, y))
                            stack.append((x, y))
                if first == (i, j):
                    count += 1
        return count
