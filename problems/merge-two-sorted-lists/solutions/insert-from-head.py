# Too slow: inserts each node of list2 into list1 by walking from the
# front every time, O(n * m) steps on 5*10^4-node lists.
class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode(0, list1)
        while list2:
            node, list2 = list2, list2.next
            prev = dummy
            while prev.next and prev.next.val <= node.val:
                prev = prev.next
            node.next = prev.next
            prev.next = node
        return dummy.next
