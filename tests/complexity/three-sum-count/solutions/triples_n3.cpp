// O(n^3): checks every index triple i < j < k
class Solution {
public:
    long long countZeroTriplets(vector<int>& nums) {
        int n = (int)nums.size();
        long long count = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                for (int k = j + 1; k < n; k++)
                    if ((long long)nums[i] + nums[j] + nums[k] == 0) count++;
        return count;
    }
};
