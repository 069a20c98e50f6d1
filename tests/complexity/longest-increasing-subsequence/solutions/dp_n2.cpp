// O(n^2): dp[i] = longest increasing subsequence ending at i, from every earlier j
class Solution {
public:
    int lengthOfLIS(vector<int>& nums) {
        int n = (int)nums.size(), best = 0;
        vector<int> dp(n, 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++)
                if (nums[j] < nums[i]) dp[i] = max(dp[i], dp[j] + 1);
            best = max(best, dp[i]);
        }
        return best;
    }
};
