/* O(n^2): for every start, extends the subarray keeping a running sum */
int maxSubArray(int* nums, int numsSize) {
    int best = nums[0];
    for (int i = 0; i < numsSize; i++) {
        int sum = 0;
        for (int j = i; j < numsSize; j++) {
            sum += nums[j];
            if (sum > best) best = sum;
        }
    }
    return best;
}
