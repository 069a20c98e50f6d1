// The recursive merge in JavaScript: one call per merged node.  Node's
// default stack holds about 10^4 frames, so merging two 5*10^4-node lists
// overflows it: "RangeError: Maximum call stack size exceeded".
/**
 * @param {ListNode} list1
 * @param {ListNode} list2
 * @return {ListNode}
 */
var mergeTwoLists = function(list1, list2) {
    if (list1 === null) return list2;
    if (list2 === null) return list1;
    if (list2.val < list1.val) [list1, list2] = [list2, list1];
    list1.next = mergeTwoLists(list1.next, list2);
    return list1;
};
