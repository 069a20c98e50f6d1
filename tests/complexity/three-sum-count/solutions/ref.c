/* O(n^2): sorts a copy, then for each first element moves two pointers inward (values are distinct) */
static int cmp_int(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    return (x > y) - (x < y);
}

long long countZeroTriplets(int* nums, int numsSize) {
    int n = numsSize;
    int* a = malloc((n > 0 ? n : 1) * sizeof(int));
    memcpy(a, nums, n * sizeof(int));
    qsort(a, n, sizeof(int), cmp_int);
    long long count = 0;
    for (int i = 0; i + 2 < n; i++) {
        int lo = i + 1, hi = n - 1;
        while (lo < hi) {
            long long s = (long long)a[i] + a[lo] + a[hi];
            if (s == 0) { count++; lo++; hi--; }
            else if (s < 0) lo++;
            else hi--;
        }
    }
    free(a);
    return count;
}
