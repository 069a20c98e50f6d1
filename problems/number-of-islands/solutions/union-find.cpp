// Union-find over the land cells, with path halving and union by size.
class Solution {
    vector<int> parent, sz;
    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
    bool unite(int a, int b) {
        a = find(a), b = find(b);
        if (a == b) return false;
        if (sz[a] < sz[b]) swap(a, b);
        parent[b] = a;
        sz[a] += sz[b];
        return true;
    }
public:
    int numIslands(vector<vector<char>>& grid) {
        int m = grid.size(), n = grid[0].size(), count = 0;
        parent.resize(m * n);
        sz.assign(m * n, 1);
        iota(parent.begin(), parent.end(), 0);
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) {
                if (grid[i][j] != '1') continue;
                count++;
                if (i > 0 && grid[i - 1][j] == '1' && unite(i * n + j, (i - 1) * n + j)) count--;
                if (j > 0 && grid[i][j - 1] == '1' && unite(i * n + j, i * n + j - 1)) count--;
            }
        return count;
    }
};
