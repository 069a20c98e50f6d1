/**
 * Note: The returned array must be malloced, assume caller calls free().
 */
static const int *two_sum_vals;

static int two_sum_cmp(const void *a, const void *b) {
    int x = two_sum_vals[*(const int *)a], y = two_sum_vals[*(const int *)b];
    return (x > y) - (x < y);
}

int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    int *idx = malloc(numsSize * sizeof(int));
    int *r = malloc(2 * sizeof(int));
    for (int i = 0; i < numsSize; i++) idx[i] = i;
    two_sum_vals = nums;
    qsort(idx, numsSize, sizeof(int), two_sum_cmp);
    int lo = 0, hi = numsSize - 1;
    *returnSize = 0;
    while (lo < hi) {
        long long s = (long long)nums[idx[lo]] + nums[idx[hi]];
        if (s == target) {
            r[0] = idx[lo]; r[1] = idx[hi];
            *returnSize = 2;
            break;
        }
        if (s < target) lo++; else hi--;
    }
    free(idx);
    return r;
}
