/* O(n^2): inserts every value at the front of an array (memmove shifts the rest), then writes the array back into the nodes */
struct ListNode* reverseList(struct ListNode* head) {
    int n = 0, cap = 16;
    int* vals = malloc(sizeof(int) * cap);
    for (struct ListNode* p = head; p; p = p->next) {
        if (n == cap) {
            cap *= 2;
            vals = realloc(vals, sizeof(int) * cap);
        }
        memmove(vals + 1, vals, sizeof(int) * (size_t)n);
        vals[0] = p->val;
        n++;
    }
    int i = 0;
    for (struct ListNode* p = head; p; p = p->next) p->val = vals[i++];
    free(vals);
    return head;
}
