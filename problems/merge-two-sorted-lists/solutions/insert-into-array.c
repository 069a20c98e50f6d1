/* O(n*m): copies list1 into an array and inserts every value of list2 at its place (binary search, memmove to make room), then writes the array into the nodes */
struct ListNode* mergeTwoLists(struct ListNode* list1, struct ListNode* list2) {
    int m = 0, n = 0;
    for (struct ListNode* p = list1; p; p = p->next) m++;
    for (struct ListNode* p = list2; p; p = p->next) n++;
    int* vals = malloc(sizeof(int) * (size_t)(m + n + 1));
    int k = 0;
    for (struct ListNode* p = list1; p; p = p->next) vals[k++] = p->val;
    for (struct ListNode* p = list2; p; p = p->next) {
        int lo = 0, hi = k;
        while (lo < hi) {                 /* after the values <= p->val */
            int mid = (lo + hi) / 2;
            if (vals[mid] <= p->val) lo = mid + 1; else hi = mid;
        }
        memmove(vals + lo + 1, vals + lo, sizeof(int) * (size_t)(k - lo));
        vals[lo] = p->val;
        k++;
    }
    /* The nodes of list1, then those of list2, hold the merged values. */
    struct ListNode* head = list1 ? list1 : list2;
    if (list1) {
        struct ListNode* tail = list1;
        while (tail->next) tail = tail->next;
        tail->next = list2;
    }
    k = 0;
    for (struct ListNode* p = head; p; p = p->next) p->val = vals[k++];
    free(vals);
    return head;
}
