# Wrong: joins cells that touch at a corner too (eight neighbours).
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        count = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] != "1":
                    continue
                count += 1
                grid[i][j] = "0"
                stack = [(i, j)]
                while stack:
                    a, b = stack.pop()
                    for x in (a - 1, a, a + 1):
                        for y in (b - 1, b, b + 1):
                            if 0 <= x < m and 0 <= y < n and grid[x][y] == "1":
                                grid[x][y] = "0"
                                stack.append((x, y))
        return count
