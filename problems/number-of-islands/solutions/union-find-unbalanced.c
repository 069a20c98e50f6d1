/* O(m*n*n) on a grid of land, O((m*n)^2) at worst: union-find over the land cells without union by size or path compression; each new cell becomes the root, so the trees grow into long paths */
static int uf_find(const int* parent, int x) {
    while (parent[x] != x) x = parent[x];
    return x;
}

/* Joins the sets of a and b; whether they were apart. */
static int uf_unite(int* parent, int a, int b) {
    a = uf_find(parent, a);
    b = uf_find(parent, b);
    if (a == b) return 0;
    parent[b] = a;
    return 1;
}

int numIslands(char** grid, int gridSize, int* gridColSize) {
    int m = gridSize, n = gridColSize[0], count = 0;
    int* parent = malloc(sizeof(int) * (size_t)m * n);
    for (int i = 0; i < m * n; i++) parent[i] = i;
    for (int i = 0; i < m; i++)
        for (int j = 0; j < n; j++) {
            if (grid[i][j] != '1') continue;
            count++;
            if (i > 0 && grid[i - 1][j] == '1') count -= uf_unite(parent, i * n + j, (i - 1) * n + j);
            if (j > 0 && grid[i][j - 1] == '1') count -= uf_unite(parent, i * n + j, i * n + j - 1);
        }
    free(parent);
    return count;
}
