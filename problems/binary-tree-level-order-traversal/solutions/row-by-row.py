# Too slow: collects row d with a fresh walk of the whole tree for every
# d, O(n * height): 10^8 steps on a 10^4-node chain.
class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        rows = []
        d = 0
        while True:
            row = []
            stack = [(root, 0)] if root else []
            while stack:
                node, k = stack.pop()
                if k == d:
                    row.append(node.val)
                    continue
                if node.right:
                    stack.append((node.right, k + 1))
                if node.left:
                    stack.append((node.left, k + 1))
            if not row:
                return rows
            rows.append(row)
            d += 1
