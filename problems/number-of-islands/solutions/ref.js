/**
 * @param {character[][]} grid
 * @return {number}
 */
var numIslands = function(grid) {
    // Flood fill with an explicit stack: Node's default stack is too small
    // for a recursive fill of a 300 x 300 island.
    const m = grid.length, n = grid[0].length;
    let count = 0;
    const stack = [];
    for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
            if (grid[i][j] !== '1') continue;
            count++;
            grid[i][j] = '0';
            stack.push(i * n + j);
            while (stack.length > 0) {
                const c = stack.pop();
                const r = Math.floor(c / n), k = c % n;
                for (const [x, y] of [[r + 1, k], [r - 1, k], [r, k + 1], [r, k - 1]]) {
                    if (x >= 0 && x < m && y >= 0 && y < n && grid[x][y] === '1') {
                        grid[x][y] = '0';
                        stack.push(x * n + y);
                    }
                }
            }
        }
    }
    return count;
};
