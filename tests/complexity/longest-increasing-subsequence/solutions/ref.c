/* O(n log n): patience sorting, tails[k] = least tail of an increasing subsequence of length k+1, binary search per element */
int lengthOfLIS(int* nums, int numsSize) {
    int* tails = malloc((numsSize > 0 ? numsSize : 1) * sizeof(int));
    int len = 0;
    for (int i = 0; i < numsSize; i++) {
        int lo = 0, hi = len;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (tails[mid] < nums[i]) lo = mid + 1;
            else hi = mid;
        }
        tails[lo] = nums[i];
        if (lo == len) len++;
    }
    free(tails);
    return len;
}
