/* O(n log n): sorts a copy with qsort, then compares neighbours */
static int cmp_int(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    return (x > y) - (x < y);
}

bool containsDuplicate(int* nums, int numsSize) {
    int* a = malloc((numsSize > 0 ? numsSize : 1) * sizeof(int));
    memcpy(a, nums, numsSize * sizeof(int));
    qsort(a, numsSize, sizeof(int), cmp_int);
    bool dup = false;
    for (int i = 1; i < numsSize; i++) {
        if (a[i] == a[i - 1]) { dup = true; break; }
    }
    free(a);
    return dup;
}
