/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
static int countNodes(struct TreeNode* root) {
    /* iterative, so that a 10^4-node chain needs no deep recursion here */
    int n = 0, cap = 64, top = 0;
    struct TreeNode** st = malloc(cap * sizeof *st);
    if (root) st[top++] = root;
    while (top) {
        struct TreeNode* t = st[--top];
        n++;
        if (top + 2 > cap) { cap *= 2; st = realloc(st, cap * sizeof *st); }
        if (t->left) st[top++] = t->left;
        if (t->right) st[top++] = t->right;
    }
    free(st);
    return n;
}

int** levelOrder(struct TreeNode* root, int* returnSize, int** returnColumnSizes) {
    int n = countNodes(root);
    struct TreeNode** queue = malloc((n + 1) * sizeof *queue);
    int** rows = malloc((n + 1) * sizeof *rows);
    int* sizes = malloc((n + 1) * sizeof *sizes);
    int head = 0, tail = 0, levels = 0;
    if (root) queue[tail++] = root;
    while (head < tail) {
        int width = tail - head;
        int* row = malloc(width * sizeof *row);
        for (int i = 0; i < width; i++) {
            struct TreeNode* t = queue[head++];
            row[i] = t->val;
            if (t->left) queue[tail++] = t->left;
            if (t->right) queue[tail++] = t->right;
        }
        rows[levels] = row;
        sizes[levels] = width;
        levels++;
    }
    free(queue);
    *returnSize = levels;
    *returnColumnSizes = sizes;
    return rows;
}
