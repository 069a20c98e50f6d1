// Wrong: follows the left child when there is one (else the right), so it
// measures one root-to-leaf path, not the longest.
class Solution {
public:
    int maxDepth(TreeNode* root) {
        int d = 0;
        while (root) {
            d++;
            root = root->left ? root->left : root->right;
        }
        return d;
    }
};
