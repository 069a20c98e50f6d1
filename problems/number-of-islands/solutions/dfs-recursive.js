// The recursive flood fill in JavaScript.  Node's default stack holds
// about 10^4 frames; filling a 300 x 300 island goes 9*10^4 deep:
// "RangeError: Maximum call stack size exceeded", a runtime error.
/**
 * @param {character[][]} grid
 * @return {number}
 */
var numIslands = function(grid) {
    const m = grid.length, n = grid[0].length;
    const sink = (i, j) => {
        if (i < 0 || i >= m || j < 0 || j >= n || grid[i][j] !== '1') return;
        grid[i][j] = '0';
        sink(i + 1, j);
        sink(i - 1, j);
        sink(i, j + 1);
        sink(i, j - 1);
    };
    let count = 0;
    for (let i = 0; i < m; i++)
        for (let j = 0; j < n; j++)
            if (grid[i][j] === '1') {
                count++;
                sink(i, j);
            }
    return count;
};
