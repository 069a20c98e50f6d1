/* O(n^2): dp[i] = longest increasing subsequence ending at i, from every earlier j */
int lengthOfLIS(int* nums, int numsSize) {
    int* dp = malloc((numsSize > 0 ? numsSize : 1) * sizeof(int));
    int best = 0;
    for (int i = 0; i < numsSize; i++) {
        dp[i] = 1;
        for (int j = 0; j < i; j++)
            if (nums[j] < nums[i] && dp[j] + 1 > dp[i]) dp[i] = dp[j] + 1;
        if (dp[i] > best) best = dp[i];
    }
    free(dp);
    return best;
}
