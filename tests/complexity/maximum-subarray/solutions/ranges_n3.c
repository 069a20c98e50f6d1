/* O(n^3): for every start and end, sums the subarray from scratch */
int maxSubArray(int* nums, int numsSize) {
    int best = nums[0];
    for (int i = 0; i < numsSize; i++) {
        for (int j = i; j < numsSize; j++) {
            int sum = 0;
            for (int k = i; k <= j; k++) sum += nums[k];
            if (sum > best) best = sum;
        }
    }
    return best;
}
