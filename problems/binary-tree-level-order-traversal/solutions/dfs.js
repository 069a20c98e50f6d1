// Depth-first with the depth as an argument, in JavaScript: 10^4 calls
// deep on a chain, within Node's default stack.
/**
 * @param {TreeNode} root
 * @return {number[][]}
 */
var levelOrder = function(root) {
    const rows = [];
    const walk = (node, d) => {
        if (node === null) return;
        if (d === rows.length) rows.push([]);
        rows[d].push(node.val);
        walk(node.left, d + 1);
        walk(node.right, d + 1);
    };
    walk(root, 0);
    return rows;
};
