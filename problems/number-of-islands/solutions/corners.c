/* Wrong: counts the land cells with no land above and none to the left,
 * taking each as an island's top-left corner.  A shape like
 *   0 1
 *   1 1
 * has two such cells but is one island. */
int numIslands(char** grid, int gridSize, int* gridColSize) {
    int count = 0;
    for (int i = 0; i < gridSize; i++)
        for (int j = 0; j < gridColSize[i]; j++)
            if (grid[i][j] == '1' && (i == 0 || grid[i - 1][j] != '1') &&
                (j == 0 || grid[i][j - 1] != '1'))
                count++;
    return count;
}
