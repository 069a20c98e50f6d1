/* O(n log n): sorts with qsort and picks the element k from the end */
static int kth_cmp(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

int findKthLargest(int* nums, int numsSize, int k) {
    qsort(nums, numsSize, sizeof(int), kth_cmp);
    return nums[numsSize - k];
}
