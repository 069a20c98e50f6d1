// The recursive reversal in JavaScript: one call per node.  Node's default
// stack holds about 10^4 frames, so the 10^5-node lists overflow it:
// "RangeError: Maximum call stack size exceeded", a runtime error.
/**
 * @param {ListNode} head
 * @return {ListNode}
 */
var reverseList = function(head) {
    if (head === null || head.next === null) return head;
    const newHead = reverseList(head.next);
    head.next.next = head;
    head.next = null;
    return newHead;
};
