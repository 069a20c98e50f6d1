# Too slow: builds the reversed list by walking from the head to the
# k-th node for every k, O(n^2) steps.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        n = 0
        node = head
        while node:
            n += 1
            node = node.next
        dummy = ListNode()
        tail = dummy
        for k in range(n - 1, -1, -1):
            node = head
            for _ in range(k):
                node = node.next
            tail.next = ListNode(node.val)
            tail = tail.next
        return dummy.next
