// O(n*k), O(n^2) with k = n/2: k rounds of finding the maximum and erasing it
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        int best = 0;
        for (int round = 0; round < k; round++) {
            auto it = max_element(nums.begin(), nums.end());
            best = *it;
            nums.erase(it);
        }
        return best;
    }
};
