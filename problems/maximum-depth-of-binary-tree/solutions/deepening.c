/* O(n*h): iterative deepening: a fresh depth-limited walk for every depth d until no node is d deep (O(n^2) on a chain) */
/* Whether some node lies d levels down from node (node itself is level 1). */
static int reaches(struct TreeNode* node, int d) {
    if (!node) return 0;
    if (d == 1) return 1;
    return reaches(node->left, d - 1) || reaches(node->right, d - 1);
}

int maxDepth(struct TreeNode* root) {
    int d = 0;
    while (reaches(root, d + 1)) d++;
    return d;
}
