// Wrong: queues the right child before the left one, so every row comes
// out from right to left.
class Solution {
    public List<List<Integer>> levelOrder(TreeNode root) {
        List<List<Integer>> rows = new ArrayList<>();
        Deque<TreeNode> q = new ArrayDeque<>();
        if (root != null) q.offer(root);
        while (!q.isEmpty()) {
            List<Integer> row = new ArrayList<>();
            for (int width = q.size(); width > 0; width--) {
                TreeNode t = q.poll();
                row.add(t.val);
                if (t.right != null) q.offer(t.right);
                if (t.left != null) q.offer(t.left);
            }
            rows.add(row);
        }
        return rows;
    }
}
