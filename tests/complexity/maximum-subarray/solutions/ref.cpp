// O(n): Kadane's algorithm, best sum of a subarray ending at each index
class Solution {
public:
    int maxSubArray(vector<int>& nums) {
        int best = nums[0], cur = nums[0];
        for (size_t i = 1; i < nums.size(); i++) {
            cur = max(cur + nums[i], nums[i]);
            best = max(best, cur);
        }
        return best;
    }
};
