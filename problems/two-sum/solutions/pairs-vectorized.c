/* O(n^2): for every element, scans all earlier ones for its complement (vectorized compare) */
#pragma GCC optimize("O3")

/* Whether x occurs in a[0..n-1]: no early exit, so the loop vectorizes. */
__attribute__((target_clones("avx2", "default")))
static int contains(const int *a, int n, int x) {
    int hit = 0;
    for (int i = 0; i < n; i++)
        hit |= a[i] == x;
    return hit;
}

int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    int *r = malloc(2 * sizeof(int));
    *returnSize = 0;
    for (int j = 1; j < numsSize; j++) {
        long long want = (long long)target - nums[j];
        if (want < INT_MIN || want > INT_MAX || !contains(nums, j, (int)want))
            continue;
        for (int i = 0; i < j; i++)
            if (nums[i] == want) {
                r[0] = i; r[1] = j;
                *returnSize = 2;
                return r;
            }
    }
    return r;
}
