/* O(n*h): collects row d with a fresh depth-limited walk from the root for every d (O(n^2) on a chain) */
/* Appends the values d levels below node (node is level 0), left to right. */
static void collect(struct TreeNode* node, int d, int* row, int* len) {
    if (!node) return;
    if (d == 0) { row[(*len)++] = node->val; return; }
    collect(node->left, d - 1, row, len);
    collect(node->right, d - 1, row, len);
}

static int count(struct TreeNode* node) {
    return node ? 1 + count(node->left) + count(node->right) : 0;
}

int** levelOrder(struct TreeNode* root, int* returnSize, int** returnColumnSizes) {
    int n = count(root);
    int** rows = malloc(sizeof(int*) * (n + 1));
    int* sizes = malloc(sizeof(int) * (n + 1));
    int* row = malloc(sizeof(int) * (n + 1));
    int levels = 0;
    for (;;) {
        int len = 0;
        collect(root, levels, row, &len);
        if (len == 0) break;
        rows[levels] = malloc(sizeof(int) * len);
        memcpy(rows[levels], row, sizeof(int) * len);
        sizes[levels] = len;
        levels++;
    }
    free(row);
    *returnSize = levels;
    *returnColumnSizes = sizes;
    return rows;
}
