/* O(n): Kadane's algorithm, best sum of a subarray ending at each index */
int maxSubArray(int* nums, int numsSize) {
    int best = nums[0], cur = nums[0];
    for (int i = 1; i < numsSize; i++) {
        cur = cur > 0 ? cur + nums[i] : nums[i];
        if (cur > best) best = cur;
    }
    return best;
}
