/* O(3^(m+n)) at worst: plain recursion over the three edits, nothing remembered */
static int ed_rec(const char* a, const char* b) {
    if (*a == '\0') return strlen(b);
    if (*b == '\0') return strlen(a);
    if (*a == *b) return ed_rec(a + 1, b + 1);
    int best = ed_rec(a + 1, b + 1);        /* replace */
    int del = ed_rec(a + 1, b);             /* delete */
    int ins = ed_rec(a, b + 1);             /* insert */
    if (del < best) best = del;
    if (ins < best) best = ins;
    return best + 1;
}

int minDistance(char* word1, char* word2) {
    return ed_rec(word1, word2);
}
